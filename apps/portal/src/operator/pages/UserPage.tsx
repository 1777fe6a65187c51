import { Anchor, Badge, Breadcrumbs, Card, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { identityApi } from '../../api/clients';
import { QueryState } from '../../layout/QueryState';
import { EmptyState } from '../components/EmptyState';
import { formatDate } from '../components/format';

/** A user and the business accounts they belong to. */
export function UserPage() {
  const userId = useParams().userId!;
  const user = identityApi.useQuery('get', '/operator/users/{userId}', { params: { path: { userId } } });
  return (
    <QueryState query={user}>
      {(u) => (
        <Stack>
          <Breadcrumbs>
            <Anchor component={Link} to="/operator/users">
              Users
            </Anchor>
            <Text size="sm">{u.email}</Text>
          </Breadcrumbs>
          <Title order={2}>
            {u.firstName} {u.lastName}
          </Title>
          <Text c="dimmed" size="sm">
            {u.email} · {u.role === 'operator' ? 'Operator' : 'Customer'} · signed up {formatDate(u.createdAt)}
          </Text>
          <Card withBorder component="section" aria-labelledby="memberships-title">
            <Title order={3} fz="lg" mb="sm" id="memberships-title">
              Business accounts
            </Title>
            {u.memberships.length === 0 ? (
              <EmptyState title="No business accounts">This person has only a personal account (no key registered, no invitation accepted).</EmptyState>
            ) : (
              <Table.ScrollContainer minWidth={520}>
                <Table striped aria-label="Business accounts">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Company</Table.Th>
                      <Table.Th>Support code</Table.Th>
                      <Table.Th>Role</Table.Th>
                      <Table.Th>Status</Table.Th>
                      <Table.Th>Member since</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {u.memberships.map((m) => (
                      <Table.Tr key={m.accountId}>
                        <Table.Td>
                          <Anchor component={Link} to={`/operator/accounts/${m.accountId}`}>
                            {m.companyName}
                          </Anchor>
                        </Table.Td>
                        <Table.Td ff="monospace">{m.supportCode}</Table.Td>
                        <Table.Td>{m.role === 'admin' ? 'Admin' : 'Member'}</Table.Td>
                        <Table.Td>
                          <Badge color={m.status === 'active' ? 'green' : 'red'}>{m.status}</Badge>
                        </Table.Td>
                        <Table.Td>{formatDate(m.memberSince)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Card>
        </Stack>
      )}
    </QueryState>
  );
}
