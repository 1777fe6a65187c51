import { ActionIcon, Anchor, Badge, Breadcrumbs, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import type { LicensingComponents } from '#api-client';
import { Link, useParams } from 'react-router';
import { licensingApi } from '../api/clients';
import { formatDate, statusColor, statusLabel } from '../features/subscriptions/format';
import { LICENSE_KEY_COLUMNS, LicenseKeysTable, type LicenseKeyColumn } from '../features/subscriptions/LicenseKeysTable';
import { RenameSubscriptionDialog } from '../features/subscriptions/RenameSubscriptionDialog';
import { useIsAdmin } from '../features/accounts/useIsAdmin';
import { ProductLinks } from '../features/product/ProductLinks';
import { SublicenseDialog } from '../features/sublicenses/SublicenseDialog';
import { Pager } from '../layout/Pager';
import { QueryState } from '../layout/QueryState';
import { useLastPageClamp, usePagedUrlState } from '../layout/usePagedUrlState';

const ORDER_KINDS: Record<string, string> = {
  purchase: 'Purchase',
  trial: 'Trial',
  upgrade: 'Upgrade',
  renewal: 'Renewal',
  suspension: 'Suspension',
  reactivation: 'Reactivation',
  cancellation: 'Cancellation',
};

/** License keys a page. */
const KEYS_PAGE = 20;

export function SubscriptionDetailsPage() {
  const { accountId, subscriptionId } = useParams() as { accountId: string; subscriptionId: string };
  const path = { accountId, subscriptionId };
  const details = licensingApi.useQuery('get', '/accounts/{accountId}/subscriptions/{subscriptionId}', { params: { path } });
  // The keys a page at a time, sorted by the server; the page and sort are in the URL.
  const url = usePagedUrlState();
  const column = (LICENSE_KEY_COLUMNS as readonly string[]).includes(url.get('sort')) ? (url.get('sort') as LicenseKeyColumn) : null;
  const sort = column ? { column, desc: url.get('order') === 'desc' } : null;
  const onSort = (next: LicenseKeyColumn) => url.update({ sort: next, order: sort?.column === next && !sort.desc ? 'desc' : 'asc' });
  const keysPath = '/accounts/{accountId}/subscriptions/{subscriptionId}/license-keys' as const;
  const keys = licensingApi.useQuery(
    'get',
    keysPath,
    { params: { path, query: { page: url.page, pageSize: KEYS_PAGE, ...(sort ? { sort: sort.column, order: sort.desc ? 'desc' : 'asc' } : {}) } } },
    { placeholderData: keepPreviousData },
  );
  useLastPageClamp(url, keys.isPlaceholderData ? undefined : keys.data?.total, KEYS_PAGE);
  // The primary key, whatever page is shown: first in the default order. Its vacant licenses bound a new sublicense.
  const first = licensingApi.useQuery('get', keysPath, { params: { path, query: { pageSize: 1 } } });
  const [renaming, rename] = useDisclosure(false);
  const isAdmin = useIsAdmin(accountId);
  // The sublicense dialog: closed, creating ('new') or modifying one key.
  const [editing, setEditing] = useState<LicensingComponents['schemas']['LicenseKeyResponseDto'] | 'new' | null>(null);
  const primary = first.data?.items.find((k) => k.keyKind === 'primary');
  const sublicenses = (first.data?.total ?? 0) - (primary ? 1 : 0);

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
          <ProductLinks accountId={accountId} />
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
            <Group justify="space-between" mb="xs">
              <Title order={3} fz="md">
                License Keys{keys.data ? ` (${keys.data.total})` : ''}
              </Title>
              {isAdmin && s.status === 'active' && (
                <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={() => setEditing('new')} disabled={!primary || primary.vacant === 0}>
                  Create License Key
                </Button>
              )}
            </Group>
            {isAdmin && s.status === 'active' && primary && primary.vacant === 0 && (
              <Text size="sm" c="dimmed" mb="xs">
                Every license of the primary key is in use: free some (or upgrade the subscription) before creating a sublicense.
              </Text>
            )}
            <QueryState query={keys}>
              {(k) => (
                <>
                  <LicenseKeysTable keys={k.items} sort={sort} onSort={onSort} onModify={isAdmin && s.status === 'active' ? setEditing : undefined} />
                  <Pager total={k.total} page={url.page} pageSize={KEYS_PAGE} onChange={url.setPage} noun="license key" aria-label="License key pages" />
                </>
              )}
            </QueryState>
          </Card>
          <SublicenseDialog
            accountId={accountId}
            subscriptionId={subscriptionId}
            subscriptionEndsOn={s.endsOn}
            primaryVacant={primary?.vacant ?? 0}
            sublicense={editing === 'new' ? null : editing}
            defaultName={`License Key ${sublicenses + 1}`}
            opened={editing !== null}
            onClose={() => setEditing(null)}
          />
          <RenameSubscriptionDialog accountId={accountId} subscriptionId={subscriptionId} name={s.name} opened={renaming} onClose={rename.close} />
        </Stack>
      )}
    </QueryState>
  );
}
