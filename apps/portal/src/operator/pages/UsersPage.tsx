import { Anchor, Badge, Card, Stack, Table, TextInput, Title } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { keepPreviousData } from '@tanstack/react-query';
import { Link } from 'react-router';
import { identityApi } from '../../api/clients';
import { Pager } from '../../layout/Pager';
import { QueryState } from '../../layout/QueryState';
import { EmptyState } from '../components/EmptyState';
import { formatDate } from '../components/format';
import { usePagedUrlState, useUrlSearch } from '../../layout/usePagedUrlState';

const PAGE_SIZE = 20;

/** Find users by part of their email or name. */
export function UsersPage() {
  const url = usePagedUrlState();
  const search = useUrlSearch(url);
  const debounced = search.term;
  const list = identityApi.useQuery(
    'get',
    '/operator/users',
    { params: { query: { search: debounced || undefined, page: url.page, pageSize: PAGE_SIZE } } },
    { placeholderData: keepPreviousData },
  );
  return (
    <Stack>
      <Title order={2}>Users</Title>
      <TextInput
        label="Find a user"
        description="Part of the email or name"
        leftSection={<IconSearch size={16} />}
        value={search.value}
        onChange={(e) => search.onChange(e.currentTarget.value)}
        maw={480}
      />
      <QueryState query={list}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={debounced ? `No user matches "${debounced}"` : 'No users yet'}>{debounced ? 'Try part of the email address or the last name.' : undefined}</EmptyState>
          ) : (
            <Card withBorder padding={0}>
              <Table.ScrollContainer minWidth={560}>
                <Table striped highlightOnHover aria-label="Users">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Name</Table.Th>
                      <Table.Th>Email</Table.Th>
                      <Table.Th>Role</Table.Th>
                      <Table.Th ta="right">Accounts</Table.Th>
                      <Table.Th>Signed up</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((u) => (
                      <Table.Tr key={u.id}>
                        <Table.Td>
                          <Anchor component={Link} to={`/operator/users/${u.id}`} fw={600}>
                            {u.firstName} {u.lastName}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{u.email}</Table.Td>
                        <Table.Td>{u.role === 'operator' ? <Badge color="grape">Operator</Badge> : 'Customer'}</Table.Td>
                        <Table.Td ta="right">{u.accountCount}</Table.Td>
                        <Table.Td>{formatDate(u.createdAt)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Card>
          )
        }
      </QueryState>
      {list.data && <Pager total={list.data.total} page={url.page} pageSize={PAGE_SIZE} onChange={url.setPage} noun="user" aria-label="User pages" />}
    </Stack>
  );
}
