import { Anchor, Badge, Box, Button, Card, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconSearch, IconUserPlus } from '@tabler/icons-react';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import type { IdentityComponents } from '#api-client';
import { identityApi } from '../api/clients';
import { BusinessTabs, ROLE_LABELS, STATUS_LABELS } from '../features/business/BusinessTabs';
import { InviteUsersDialog } from '../features/business/InviteUsersDialog';
import { MemberDialog } from '../features/business/MemberDialog';
import { PendingInvitations } from '../features/business/PendingInvitations';
import { useMyAccounts } from '../features/accounts/useAccounts';
import { QueryState } from '../layout/QueryState';
import { Pager } from '../layout/Pager';
import { useLastPageClamp, usePagedUrlState, useUrlSearch } from '../layout/usePagedUrlState';

type Member = IdentityComponents['schemas']['MemberResponseDto'];
const PAGE = 20;
const ROLES = ['all', 'admin', 'member'] as const satisfies readonly ('all' | Member['role'])[];
const STATUSES = ['all', 'active', 'blocked'] as const satisfies readonly ('all' | Member['status'])[];
const oneOf = <T extends string>(values: readonly T[], value: string): T => (values as readonly string[]).includes(value) ? (value as T) : values[0]!;

/**
 * Business Account Users: search, Role and Status filters with counts, the list, Invite Users,
 * pending invitations. The list's search, filters and page are in the URL (the pending
 * invitations keep theirs under their own prefix).
 */
export function BusinessUsersPage() {
  const accountId = useParams().accountId!;
  const accounts = useMyAccounts();
  const canManage = accounts.data?.items.find((a) => a.id === accountId)?.role === 'admin';
  const url = usePagedUrlState();
  const { page, setPage, update } = url;
  const search = useUrlSearch(url, 'search', 250);
  const debounced = search.term;
  const role = oneOf(ROLES, url.get('role'));
  const status = oneOf(STATUSES, url.get('status'));
  const [selected, setSelected] = useState<Member | null>(null);
  const [inviteOpen, invite] = useDisclosure(false);
  const members = identityApi.useQuery(
    'get',
    '/accounts/{accountId}/members',
    {
      params: {
        path: { accountId },
        query: {
          page,
          pageSize: PAGE,
          ...(debounced ? { search: debounced } : {}),
          ...(role !== 'all' ? { role } : {}),
          ...(status !== 'all' ? { status } : {}),
        },
      },
    },
    { placeholderData: keepPreviousData },
  );
  useLastPageClamp(url, members.isPlaceholderData ? undefined : members.data?.total, PAGE);
  const counts = members.data?.counts;
  const filtered = debounced !== '' || role !== 'all' || status !== 'all';

  return (
    <Stack maw={1100}>
      <BusinessTabs accountId={accountId} active="users" />
      <Group justify="space-between" wrap="wrap" gap="sm">
        <TextInput
          aria-label="Search users"
          placeholder="Search"
          leftSection={<IconSearch size={16} />}
          value={search.value}
          onChange={(e) => search.onChange(e.currentTarget.value)}
          w={{ base: '100%', sm: 260 }}
        />
        <Group gap="sm" wrap="wrap">
          <Select
            aria-label="Role"
            w={230}
            allowDeselect={false}
            value={role}
            onChange={(v) => update({ role: v === 'all' ? null : v })}
            data={[
              { value: 'all', label: `Role: All (${counts?.role.all ?? 0})` },
              { value: 'admin', label: `Role: ${ROLE_LABELS.admin} (${counts?.role.admin ?? 0})` },
              { value: 'member', label: `Role: ${ROLE_LABELS.member} (${counts?.role.member ?? 0})` },
            ]}
          />
          <Select
            aria-label="Status"
            w={190}
            allowDeselect={false}
            value={status}
            onChange={(v) => update({ status: v === 'all' ? null : v })}
            data={[
              { value: 'all', label: `Status: All (${counts?.status.all ?? 0})` },
              { value: 'active', label: `Status: Active (${counts?.status.active ?? 0})` },
              { value: 'blocked', label: `Status: Blocked (${counts?.status.blocked ?? 0})` },
            ]}
          />
          {canManage && (
            <Button leftSection={<IconUserPlus size={16} />} onClick={invite.open}>
              Invite Users
            </Button>
          )}
        </Group>
      </Group>
      <QueryState query={members}>
        {(data) => (
          <Card withBorder padding={0}>
            <Text fw={600} p="sm">
              Business Account Users ({data.total})
            </Text>
            {data.items.length === 0 ? (
              <Text p="sm" c="dimmed">
                {filtered ? 'No user matches. Change the search or the filters.' : 'No users yet. Click Invite Users to invite your colleagues.'}
              </Text>
            ) : (
              <Table.ScrollContainer minWidth={600}>
                <Table aria-label="Business account users" highlightOnHover>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>User Name</Table.Th>
                      <Table.Th>Email</Table.Th>
                      <Table.Th>Role</Table.Th>
                      <Table.Th>Status</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((m) => (
                      <Table.Tr key={m.id}>
                        <Table.Td>
                          <Anchor component="button" type="button" onClick={() => setSelected(m)}>
                            {m.firstName} {m.lastName}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{m.email}</Table.Td>
                        <Table.Td>{ROLE_LABELS[m.role]}</Table.Td>
                        <Table.Td>
                          <Badge color={m.status === 'active' ? 'green' : 'gray'} variant="dot">
                            {STATUS_LABELS[m.status]}
                          </Badge>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            {data.total > 0 && (
              <Box px="sm" pb="sm">
                <Pager total={data.total} page={page} pageSize={PAGE} onChange={setPage} noun="user" aria-label="User pages" />
              </Box>
            )}
          </Card>
        )}
      </QueryState>
      <PendingInvitations accountId={accountId} canManage={canManage} />
      {selected && <MemberDialog accountId={accountId} member={selected} canManage={canManage} onClose={() => setSelected(null)} />}
      <InviteUsersDialog accountId={accountId} opened={inviteOpen} onClose={invite.close} />
    </Stack>
  );
}
