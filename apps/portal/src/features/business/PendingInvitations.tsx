import { Button, Card, Group, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { keepPreviousData, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { identity, identityApi } from '../../api/clients';
import { errorMessage } from '../../api/errors';
import { Pager } from '../../layout/Pager';
import { useLastPageClamp, usePagedUrlState } from '../../layout/usePagedUrlState';
import { formatDate } from '../subscriptions/format';

const PAGE_SIZE = 10;

/**
 * Invitations not yet accepted, with Resend (a new link) and Revoke for administrators; server-paged,
 * its page in the URL as `invitationsPage` (the page's members list has the plain keys).
 */
export function PendingInvitations({ accountId, canManage }: { accountId: string; canManage: boolean }) {
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState<string | null>(null);
  const list = usePagedUrlState('invitations');
  const { page, setPage } = list;
  const invitations = identityApi.useQuery(
    'get',
    '/accounts/{accountId}/invitations',
    { params: { path: { accountId }, query: { status: 'pending', page, pageSize: PAGE_SIZE } } },
    { placeholderData: keepPreviousData },
  );
  const items = invitations.data?.items ?? [];
  const total = invitations.data?.total ?? 0;
  useLastPageClamp(list, invitations.isPlaceholderData ? undefined : invitations.data?.total, PAGE_SIZE);

  const act = async (key: string, call: () => Promise<{ response: Response; error?: unknown }>, done: string, email: string) => {
    setBusy(key);
    const { response, error } = await call();
    setBusy(null);
    if (!response.ok) return notifications.show({ color: 'red', title: 'That did not work', message: errorMessage(error) });
    notifications.show({ color: 'green', title: done, message: email });
    await queryClient.invalidateQueries();
  };

  return (
    <Card withBorder component="section" aria-label="Pending invitations">
      <Title order={3} fz="md" mb="xs">
        Pending invitations ({total})
      </Title>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {invitations.isPending ? 'Loading…' : 'No invitation is waiting. Click Invite Users to invite someone.'}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table aria-label="Pending invitations">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Email</Table.Th>
                <Table.Th>Invited by</Table.Th>
                <Table.Th>Sent</Table.Th>
                <Table.Th>Expires</Table.Th>
                {canManage && <Table.Th>Actions</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((inv) => {
                const path = { params: { path: { accountId, invitationId: inv.id } } };
                return (
                  <Table.Tr key={inv.id}>
                    <Table.Td>{inv.email}</Table.Td>
                    <Table.Td>{inv.invitedByName ?? '—'}</Table.Td>
                    <Table.Td>{formatDate(inv.sentAt)}</Table.Td>
                    <Table.Td>{formatDate(inv.expiresAt)}</Table.Td>
                    {canManage && (
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <Button
                            size="xs"
                            variant="light"
                            aria-label={`Resend the invitation to ${inv.email}`}
                            loading={busy === `resend-${inv.id}`}
                            onClick={() => act(`resend-${inv.id}`, () => identity.POST('/accounts/{accountId}/invitations/{invitationId}/resend', path), 'Invitation sent again', inv.email)}
                          >
                            Resend
                          </Button>
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red"
                            aria-label={`Revoke the invitation to ${inv.email}`}
                            loading={busy === `revoke-${inv.id}`}
                            onClick={() => act(`revoke-${inv.id}`, () => identity.DELETE('/accounts/{accountId}/invitations/{invitationId}', path), 'Invitation revoked', inv.email)}
                          >
                            Revoke
                          </Button>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Pager total={total} page={page} pageSize={PAGE_SIZE} onChange={setPage} noun="invitation" aria-label="Invitation pages" />
    </Card>
  );
}
