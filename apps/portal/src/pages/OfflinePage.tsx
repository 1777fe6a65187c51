import '@mantine/dropzone/styles.css';
import { Alert, Anchor, Breadcrumbs, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconCircleCheck, IconDownload, IconFileUpload, IconX } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { ActivationComponents } from '#api-client';
import { activationApi, licensingApi } from '../api/clients';
import { errorCode, errorMessage } from '../api/errors';
import { useIsAdmin } from '../features/accounts/useIsAdmin';
import { saveFile } from '../features/files/download';
import { NOT_A_REQUEST_FILE, OFFLINE_REFUSALS } from '../features/offline/refusals';
import { ProductLinks } from '../features/product/ProductLinks';
import { formatDate } from '../features/subscriptions/format';

type RequestFile = ActivationComponents['schemas']['OfflineRequestFileDto'];
type Answer = ActivationComponents['schemas']['OfflineUploadResponseDto'];
type Outcome = { kind: 'answer'; file: string; answer: Answer } | { kind: 'refused'; file: string; title: string; message: string };

/** A signed request as the proxy saves it: `{ payload, alg, kid, signature }`. */
function asRequestFile(value: unknown): RequestFile | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const ok = typeof v.payload === 'object' && v.payload !== null && typeof v.alg === 'string' && typeof v.kid === 'string' && typeof v.signature === 'string';
  return ok ? (value as RequestFile) : null;
}

const ANSWER_FILES: Record<string, { name: string; label: string; next: string }> = {
  'offline-activation': {
    name: 'license-activation.json',
    label: 'Download the license activation file',
    next: 'In the Activate License dialog of the Configuration Manager console, click Browse and choose this file, then click Next and Activate.',
  },
  'subscription-information': {
    name: 'subscription-information.json',
    label: 'Download the subscription information file',
    next: 'In the License Information dialog of the console, specify this file: the local subscription information is updated from it.',
  },
};

/**
 * The guide's Offline Activation and Validation page: one place for the three request files
 * (activation, refresh, deactivation). The file's own type decides what it is; the answer file is
 * downloaded, a deactivation is confirmed, and each refusal says what to do.
 */
export function OfflinePage() {
  const accountId = useParams().accountId!;
  const queryClient = useQueryClient();
  const isAdmin = useIsAdmin(accountId);
  const dashboard = licensingApi.useQuery('get', '/accounts/{accountId}/dashboard', { params: { path: { accountId } } });
  const upload = activationApi.useMutation('post', '/accounts/{accountId}/offline/requests');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const openRef = useRef<() => void>(null);
  const enabled = dashboard.data ? dashboard.data.products.some((p) => p.offlineOperationsEnabled) : undefined;

  const submit = async (file: File) => {
    setOutcome(null);
    let parsed: RequestFile | null;
    try {
      parsed = asRequestFile(JSON.parse(await file.text()));
    } catch {
      parsed = null;
    }
    if (!parsed) {
      setOutcome({ kind: 'refused', file: file.name, ...NOT_A_REQUEST_FILE });
      return;
    }
    upload.mutate(
      { params: { path: { accountId } }, body: parsed },
      {
        onSuccess: async (answer) => {
          setOutcome({ kind: 'answer', file: file.name, answer });
          await queryClient.invalidateQueries();
        },
        onError: (error) => {
          const known = OFFLINE_REFUSALS[errorCode(error) ?? ''];
          setOutcome({ kind: 'refused', file: file.name, title: known?.title ?? 'The file was refused', message: known ? `${known.message} (${errorMessage(error)})` : errorMessage(error) });
        },
      },
    );
  };

  return (
    <Stack maw={880}>
      <Group justify="space-between" wrap="wrap">
        <Breadcrumbs>
          <Anchor component={Link} to={`/accounts/${accountId}/dashboard`}>
            Dashboard
          </Anchor>
          <Text>Offline Activation and Validation</Text>
        </Breadcrumbs>
        <ProductLinks accountId={accountId} />
      </Group>
      <Title order={2}>Offline Activation and Validation</Title>
      <Text size="sm">
        For a Parallels Proxy without Internet access: submit the offline request file saved in the Configuration Manager console (activation, license
        refresh or deactivation), then take the answer file back to the console.
      </Text>
      {enabled === false && (
        <Alert color="yellow" title="Offline operations are not enabled" role="status">
          Offline activation is disabled for this business account by default. Contact your sales representative or a sales engineer to enable it.
        </Alert>
      )}
      {!isAdmin && enabled && (
        <Alert color="yellow" title="Administrators only" role="status">
          Only an administrator of this business account can submit offline files.
        </Alert>
      )}
      <Dropzone
        onDrop={(files) => files[0] && void submit(files[0])}
        onReject={() => setOutcome({ kind: 'refused', file: '', ...NOT_A_REQUEST_FILE })}
        maxFiles={1}
        multiple={false}
        maxSize={256 * 1024}
        loading={upload.isPending}
        disabled={enabled === false || !isAdmin}
        openRef={openRef}
        activateOnClick={false}
        aria-label="Offline request file"
      >
        <Group justify="center" gap="lg" mih={140} style={{ pointerEvents: 'none' }} wrap="nowrap">
          <IconFileUpload size={44} stroke={1.4} aria-hidden />
          <Stack gap={4}>
            <Text fw={600}>Drag the offline request file here</Text>
            <Text size="sm" c="dimmed">
              or click Select File and browse for it (the .json file the console saved)
            </Text>
          </Stack>
        </Group>
      </Dropzone>
      <Group>
        <Button onClick={() => openRef.current?.()} disabled={enabled === false || !isAdmin} loading={upload.isPending} leftSection={<IconFileUpload size={16} />}>
          Select File
        </Button>
        {upload.isPending && (
          <Text size="sm" c="dimmed" role="status">
            Checking the file…
          </Text>
        )}
      </Group>
      {outcome && <OutcomeView outcome={outcome} />}
    </Stack>
  );
}

function OutcomeView({ outcome }: { outcome: Outcome }) {
  if (outcome.kind === 'refused') {
    return (
      <Alert color="red" title={outcome.title} icon={<IconX />} role="alert">
        {outcome.file && <Text size="sm" fw={600}>{outcome.file}</Text>}
        <Text size="sm">{outcome.message}</Text>
      </Alert>
    );
  }
  const { answer } = outcome;
  if (answer.deactivation) {
    const d = answer.deactivation;
    return (
      <Alert color="green" title="Deactivation complete" icon={<IconCircleCheck />} role="status">
        <Text size="sm">
          {d.serverName} {d.alreadyDeactivated ? 'was already deactivated' : 'is deactivated'} (on {formatDate(d.deactivatedAt)}). Its license key is released and
          can activate another installation.
        </Text>
      </Alert>
    );
  }
  const file = ANSWER_FILES[answer.answerType];
  const payload = answer.document?.payload;
  return (
    <Card withBorder>
      <Stack>
        <Group gap="xs">
          <IconCircleCheck color="var(--mantine-color-green-7)" aria-hidden />
          <Title order={3} fz="lg">
            {answer.requestType === 'activation-request' ? 'Activation request accepted' : 'Refresh request accepted'}
          </Title>
        </Group>
        {payload && (
          <List size="sm" spacing={2}>
            <List.Item>License status: {payload.status}</List.Item>
            <List.Item>
              Licenses: {payload.quota} ({payload.used} used, {payload.vacant} vacant)
            </List.Item>
            <List.Item>
              Valid {formatDate(payload.startsOn)} – {formatDate(payload.endsOn)}
            </List.Item>
          </List>
        )}
        {file && answer.document && (
          <>
            <Group>
              <Button
                leftSection={<IconDownload size={16} />}
                onClick={() => saveFile(new Blob([`${JSON.stringify(answer.document, null, 2)}\n`], { type: 'application/json' }), file.name)}
              >
                {file.label}
              </Button>
            </Group>
            <Text size="sm">{file.next}</Text>
          </>
        )}
      </Stack>
    </Card>
  );
}
