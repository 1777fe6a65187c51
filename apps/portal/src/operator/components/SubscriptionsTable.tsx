import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { LicensingComponents } from '#api-client';
import { formatDate, statusColor, statusLabel } from './format';

type Summary = LicensingComponents['schemas']['OperatorSubscriptionSummaryResponseDto'];

/** Subscriptions as rows: name (to its page), account, product, status, licenses, dates. */
export function SubscriptionsTable({ items, showAccount = true, label = 'Subscriptions' }: { items: Summary[]; showAccount?: boolean; label?: string }) {
  return (
    <Table.ScrollContainer minWidth={showAccount ? 820 : 640}>
      <Table striped highlightOnHover aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            {showAccount && <Table.Th>Account</Table.Th>}
            <Table.Th>Product</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th ta="right">Licenses</Table.Th>
            <Table.Th>Starts</Table.Th>
            <Table.Th>Ends</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>
                <Anchor component={Link} to={`/operator/subscriptions/${s.id}`} fw={600}>
                  {s.name}
                </Anchor>
              </Table.Td>
              {showAccount && (
                <Table.Td>
                  {s.account ? (
                    <Anchor component={Link} to={`/operator/accounts/${s.account.id}`} size="sm">
                      {s.account.companyName} <Text span ff="monospace" size="xs" c="dimmed">{s.account.supportCode}</Text>
                    </Anchor>
                  ) : (
                    <Text size="sm" c="dimmed">
                      Not registered yet
                    </Text>
                  )}
                </Table.Td>
              )}
              <Table.Td>{s.product.name}</Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Badge color={statusColor(s.status)}>{statusLabel(s.status)}</Badge>
                  {s.isTrial && <Badge variant="outline">Trial</Badge>}
                  {s.expiringSoon && s.status === 'active' && <Badge color="orange">Expires soon</Badge>}
                </Group>
              </Table.Td>
              <Table.Td ta="right">{s.quantity}</Table.Td>
              <Table.Td>{formatDate(s.startsOn)}</Table.Td>
              <Table.Td>{formatDate(s.endsOn)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
