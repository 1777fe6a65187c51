import { Alert, Badge, Button, Group, Modal, Stack, Table, Tabs, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import type { ActivationComponents } from '#api-client';
import { activationApi } from '../../api/clients';
import { errorMessage, fieldErrors } from '../../api/errors';
import { PageLoader } from '../../layout/PageLoader';
import { QueryState } from '../../layout/QueryState';
import { formatDate } from '../subscriptions/format';
import { STATUS_COLORS, STATUS_LABELS } from './columns';
import { DeactivateConfirm } from './DeactivateConfirm';

// The chart library is large: it loads when the Usage tab is first shown.
const UsageTab = lazy(() => import('./UsageTab').then((m) => ({ default: m.UsageTab })));

type Details = ActivationComponents['schemas']['InstallationDetailsResponseDto'];

/** The guide's Proxy server details dialog: General (facts, notes, deactivate) and Usage. */
export function ProxyServerDialog(props: { accountId: string; installationId: string | null; isAdmin: boolean; onClose: () => void }) {
  const details = activationApi.useQuery(
    'get',
    '/accounts/{accountId}/installations/{installationId}',
    { params: { path: { accountId: props.accountId, installationId: props.installationId ?? '' } } },
    { enabled: Boolean(props.installationId) },
  );
  const title = details.data?.general.serverName ?? 'Proxy server';
  return (
    <Modal opened={Boolean(props.installationId)} onClose={props.onClose} title={title} size="lg">
      {props.installationId && (
        <QueryState query={details}>
          {(d) => (
            <Tabs defaultValue="general" keepMounted={false}>
              <Tabs.List>
                <Tabs.Tab value="general">General</Tabs.Tab>
                <Tabs.Tab value="usage">Usage</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="general" pt="md">
                <GeneralTab key={d.general.id} accountId={props.accountId} details={d} isAdmin={props.isAdmin} onClose={props.onClose} />
              </Tabs.Panel>
              <Tabs.Panel value="usage" pt="md">
                <Suspense fallback={<PageLoader />}>
                  <UsageTab usage={d.usage} licenses={d.general.quota} />
                </Suspense>
              </Tabs.Panel>
            </Tabs>
          )}
        </QueryState>
      )}
    </Modal>
  );
}

const REASONS: Record<string, string> = {
  proxy: 'by the proxy',
  portal: 'in My Account',
  'offline-file': 'with an offline deactivation file',
  'sublicense-deleted': 'its sublicense was deleted',
};

function GeneralTab({ accountId, details, isAdmin, onClose }: { accountId: string; details: Details; isAdmin: boolean; onClose: () => void }) {
  const g = details.general;
  const queryClient = useQueryClient();
  const [notes, setNotes] = useState(g.notes ?? '');
  const [notesError, setNotesError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const path = { accountId, installationId: g.id };
  const saveNotes = activationApi.useMutation('patch', '/accounts/{accountId}/installations/{installationId}/notes');
  const deactivate = activationApi.useMutation('post', '/accounts/{accountId}/installations/{installationId}/deactivate');
  const running = g.status !== 'deactivated';

  const save = () =>
    saveNotes.mutate(
      { params: { path }, body: { notes: notes.trim() ? notes : null } },
      {
        onSuccess: async () => {
          await queryClient.invalidateQueries();
          notifications.show({ color: 'green', message: 'Notes saved' });
          onClose();
        },
        onError: (error) => setNotesError(fieldErrors(error).notes ?? errorMessage(error)),
      },
    );
  const confirmDeactivate = () =>
    deactivate.mutate(
      { params: { path } },
      {
        onSuccess: async () => {
          setConfirming(false);
          await queryClient.invalidateQueries();
          notifications.show({ color: 'green', title: `${g.serverName} deactivated`, message: 'Its license key is released; the proxy learns it at its next refresh.' });
        },
        onError: (error) => {
          setConfirming(false);
          notifications.show({ color: 'red', title: 'Could not deactivate', message: errorMessage(error) });
        },
      },
    );

  const rows: [string, string][] = [
    ['Server name', g.serverName],
    ['Site code', g.siteCode],
    ['Site description', g.siteDescription ?? '—'],
    ['Offline use', g.offlineAllowed ? 'Allowed' : 'Not allowed'],
    ['Activated', g.activatedOffline ? 'Offline, with files' : 'Online'],
    ['App version', g.appVersion],
    ['Activation key', g.licenseKey ?? 'Deleted'],
    ['Key valid until', formatDate(g.licenseKeyEndsOn)],
    ['Activation date', formatDate(g.activatedAt)],
    ['Last report date', formatDate(g.lastReportedAt)],
    ['Max. managed computers', String(g.quota)],
    ['Registered computers', String(g.used)],
  ];

  return (
    <Stack>
      <Group justify="space-between">
        <Group gap="xs">
          <Badge color={STATUS_COLORS[g.status]}>{running ? STATUS_LABELS[g.status] : 'Deactivated'}</Badge>
          {!running && g.deactivatedAt && (
            <Text size="sm" c="dimmed">
              on {formatDate(g.deactivatedAt)}
              {g.deactivationReason ? `, ${REASONS[g.deactivationReason] ?? g.deactivationReason}` : ''}
            </Text>
          )}
        </Group>
        {isAdmin && running && (
          <Button color="red" variant="light" onClick={() => setConfirming(true)} loading={deactivate.isPending}>
            Deactivate
          </Button>
        )}
      </Group>
      <Table variant="vertical" aria-label="Proxy server">
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={200}>{label}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Textarea
        label="Your notes"
        autosize
        minRows={3}
        maxLength={2000}
        value={notes}
        onChange={(e) => {
          setNotes(e.currentTarget.value);
          setNotesError(null);
        }}
        readOnly={!isAdmin}
        description={isAdmin ? undefined : 'Only the account administrators can edit the notes'}
        error={notesError}
      />
      {saveNotes.error && !notesError && <Alert color="red">{errorMessage(saveNotes.error)}</Alert>}
      {isAdmin && (
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={save} loading={saveNotes.isPending}>
            Save
          </Button>
        </Group>
      )}
      <DeactivateConfirm count={1} name={g.serverName} opened={confirming} loading={deactivate.isPending} onCancel={() => setConfirming(false)} onConfirm={confirmDeactivate} />
    </Stack>
  );
}
