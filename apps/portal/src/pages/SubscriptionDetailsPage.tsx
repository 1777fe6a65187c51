import { ActionIcon, Anchor, Badge, Breadcrumbs, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPencil } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { licensingApi } from '../api/clients';
import { formatDate, statusColor, statusLabel } from '../features/subscriptions/format';
import { LicenseKeysTable } from '../features/subscriptions/LicenseKeysTable';
import { RenameSubscriptionDialog } from '../features/subscriptions/RenameSubscriptionDialog';
import { QueryState } from '../layout/QueryState';

const ORDER_KINDS: Record<string, string> = {
  purchase: 'Purchase',
  trial: 'Trial',
  upgrade: 'Upgrade',
  renewal: 'Renewal',
  suspension: 'Suspension',
  reactivation: 'Reactivation',
  cancellation: 'Cancellation',
};

export function SubscriptionDetailsPage() {
  const { accountId, subscriptionId } = useParams() as { accountId: string; subscriptionId: string };
  const path = { accountId, subscriptionId };
  const details = licensingApi.useQuery('get', '/accounts/{accountId}/subscriptions/{subscriptionId}', { params: { path } });
  const keys = licensingApi.useQuery('get', '/accounts/{accountId}/subscriptions/{subscriptionId}/license-keys', { params: { path, query: { pageSize: 200 } } });
  const [renaming, rename] = useDisclosure(false);

  return (
    <QueryState query={details}>
      {(s) => (
        <Stack>
          <Breadcrumbs>
            <Anchor component={Link} to={`/accounts/${accountId}/dashboard`}>
              Dashboard
            </Anchor>
            <Anchor component={Link} to={`/accounts/${accountId}/subscriptions`}>
              Subscriptions
            </Anchor>
          </Breadcrumbs>
          <Group gap="xs">
            <Title order={2}>{s.name}</Title>
            <ActionIcon variant="subtle" aria-label="Rename subscription" onClick={rename.open}>
              <IconPencil size={18} />
            </ActionIcon>
          </Group>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Card withBorder>
              <Table variant="vertical" aria-label="Subscription">
                <Table.Tbody>
                  <Table.Tr>
                    <Table.Th w={200}>Status</Table.Th>
                    <Table.Td>
                      <Badge color={statusColor(s.status)}>{statusLabel(s.status)}</Badge> {s.isTrial && <Badge variant="outline">Trial</Badge>}
                    </Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>Subscription renewal</Table.Th>
                    <Table.Td>{s.renewalEnabled ? 'On' : 'Off'}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>Activation date</Table.Th>
                    <Table.Td>{formatDate(s.startsOn)}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>Expiration date</Table.Th>
                    <Table.Td>{formatDate(s.endsOn)}</Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              </Table>
            </Card>
            <Card withBorder>
              <Table aria-label="Products">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Products</Table.Th>
                    <Table.Th ta="right">Qty</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  <Table.Tr>
                    <Table.Td>{s.product.name}</Table.Td>
                    <Table.Td ta="right">{s.quantity}</Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              </Table>
            </Card>
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Card withBorder>
              <Title order={3} fz="md" mb="xs">
                Orders history
              </Title>
              <Table.ScrollContainer minWidth={360}>
                <Table aria-label="Orders history">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Date</Table.Th>
                      <Table.Th>Order</Table.Th>
                      <Table.Th ta="right">Licenses</Table.Th>
                      <Table.Th>Reference</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {s.orders.map((o) => (
                      <Table.Tr key={o.id}>
                        <Table.Td>{formatDate(o.createdAt)}</Table.Td>
                        <Table.Td>{ORDER_KINDS[o.kind] ?? o.kind}</Table.Td>
                        <Table.Td ta="right">{o.quantityChange ? `+${o.quantityChange}` : '—'}</Table.Td>
                        <Table.Td>{o.reference ?? '—'}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Card>
            <Card withBorder>
              <Title order={3} fz="md" mb="xs">
                Contract details
              </Title>
              <Stack gap={4}>
                <Text size="sm">Contract number: {s.contract.contractNumber ?? '—'}</Text>
                <Text size="sm">Sales channel: {s.contract.salesChannel === 'reseller' ? `Reseller ${s.contract.resellerName ?? ''}` : 'Direct'}</Text>
                {s.contract.terms && <Text size="sm">Terms: {s.contract.terms}</Text>}
              </Stack>
            </Card>
          </SimpleGrid>
          <Card withBorder>
            <Title order={3} fz="md" mb="xs">
              License Keys{keys.data ? ` (${keys.data.total})` : ''}
            </Title>
            <QueryState query={keys}>{(k) => <LicenseKeysTable keys={k.items} />}</QueryState>
          </Card>
          <RenameSubscriptionDialog accountId={accountId} subscriptionId={subscriptionId} name={s.name} opened={renaming} onClose={rename.close} />
        </Stack>
      )}
    </QueryState>
  );
}
