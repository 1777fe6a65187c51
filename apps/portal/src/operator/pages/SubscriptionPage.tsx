import { Anchor, Badge, Breadcrumbs, Button, Card, Group, SimpleGrid, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { licensingApi } from '../../api/clients';
import { WholeLicenseKeysTable } from '../../features/subscriptions/LicenseKeysTable';
import { QueryState } from '../../layout/QueryState';
import { formatDate, formatDateTime, ORDER_KINDS, statusColor, statusLabel } from '../components/format';
import { notifyDone, notifyFailed } from '../components/notify';
import { EditSubscriptionDialog } from '../components/EditSubscriptionDialog';
import { SubscriptionActions } from '../components/SubscriptionActions';

/** A subscription in the back office: its account, state, actions, order history and keys in full. */
export function OperatorSubscriptionPage() {
  const subscriptionId = useParams().subscriptionId!;
  const sub = licensingApi.useQuery('get', '/operator/subscriptions/{subscriptionId}', { params: { path: { subscriptionId } } });
  const queryClient = useQueryClient();
  const update = licensingApi.useMutation('patch', '/operator/subscriptions/{subscriptionId}');
  const [editing, edit] = useDisclosure(false);

  return (
    <QueryState query={sub}>
      {(s) => (
        <Stack>
          <Breadcrumbs>
            <Anchor component={Link} to="/operator/subscriptions">
              Subscriptions
            </Anchor>
            {s.account && (
              <Anchor component={Link} to={`/operator/accounts/${s.account.id}`}>
                {s.account.companyName}
              </Anchor>
            )}
          </Breadcrumbs>
          <Group gap="xs" wrap="wrap">
            <Title order={2}>{s.name}</Title>
            <Badge color={statusColor(s.status)} size="lg">
              {statusLabel(s.status)}
            </Badge>
            {s.isTrial && <Badge variant="outline">Trial</Badge>}
          </Group>
          <SubscriptionActions subscription={s} />
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Card withBorder>
              <Table variant="vertical" aria-label="Subscription">
                <Table.Tbody>
                  <Table.Tr>
                    <Table.Th w={180}>Account</Table.Th>
                    <Table.Td>
                      {s.account ? (
                        <Anchor component={Link} to={`/operator/accounts/${s.account.id}`}>
                          {s.account.companyName} ({s.account.supportCode})
                        </Anchor>
                      ) : (
                        'Not registered yet'
                      )}
                    </Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>Status</Table.Th>
                    <Table.Td>{statusLabel(s.status)}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>Product</Table.Th>
                    <Table.Td>{s.product.name}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>Licenses</Table.Th>
                    <Table.Td>{s.quantity}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>Activation date</Table.Th>
                    <Table.Td>{formatDate(s.startsOn)}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>Expiration date</Table.Th>
                    <Table.Td>{formatDate(s.endsOn)}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>Registered</Table.Th>
                    <Table.Td>{formatDateTime(s.registeredAt)}</Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              </Table>
            </Card>
            <Card withBorder>
              <Stack gap="xs">
                <Group justify="space-between">
                  <Title order={3} fz="md">
                    Contract details
                  </Title>
                  {s.storedStatus !== 'cancelled' && (
                    <Button size="xs" variant="subtle" leftSection={<IconPencil size={14} aria-hidden />} onClick={edit.open}>
                      Edit details
                    </Button>
                  )}
                </Group>
                <Text size="sm">Contract number: {s.contract.contractNumber ?? '—'}</Text>
                <Text size="sm">Sales channel: {s.contract.salesChannel === 'reseller' ? `Reseller ${s.contract.resellerName ?? ''}` : 'Direct'}</Text>
                {s.contract.terms && <Text size="sm">Terms: {s.contract.terms}</Text>}
                <Switch
                  label="Renews automatically"
                  checked={s.renewalEnabled}
                  disabled={update.isPending || s.storedStatus === 'cancelled'}
                  onChange={(e) => {
                    const renewalEnabled = e.currentTarget.checked;
                    update.mutate(
                      { params: { path: { subscriptionId } }, body: { renewalEnabled } },
                      {
                        onSuccess: async () => {
                          notifyDone(renewalEnabled ? 'Renewal turned on' : 'Renewal turned off');
                          await queryClient.invalidateQueries();
                        },
                        onError: notifyFailed,
                      },
                    );
                  }}
                />
              </Stack>
            </Card>
          </SimpleGrid>
          <Card withBorder component="section" aria-labelledby="orders-title">
            <Title order={3} fz="md" mb="xs" id="orders-title">
              Order history
            </Title>
            <Table.ScrollContainer minWidth={560}>
              <Table aria-label="Order history">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Date</Table.Th>
                    <Table.Th>Order</Table.Th>
                    <Table.Th ta="right">Licenses</Table.Th>
                    <Table.Th>End date</Table.Th>
                    <Table.Th>Reference</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {s.orders.map((o) => (
                    <Table.Tr key={o.id}>
                      <Table.Td>{formatDateTime(o.createdAt)}</Table.Td>
                      <Table.Td>{ORDER_KINDS[o.kind] ?? o.kind}</Table.Td>
                      <Table.Td ta="right">{o.quantityChange ? `+${o.quantityChange}` : '—'}</Table.Td>
                      <Table.Td>{o.endsOnAfter && o.endsOnAfter !== o.endsOnBefore ? `${formatDate(o.endsOnBefore)} → ${formatDate(o.endsOnAfter)}` : '—'}</Table.Td>
                      <Table.Td>{o.reference ?? '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Card>
          <Card withBorder component="section" aria-labelledby="keys-title">
            <Title order={3} fz="md" mb="xs" id="keys-title">
              License keys ({s.licenseKeys.length})
            </Title>
            <WholeLicenseKeysTable keys={s.licenseKeys} />
          </Card>
          {editing && <EditSubscriptionDialog subscription={s} onClose={edit.close} />}
        </Stack>
      )}
    </QueryState>
  );
}
