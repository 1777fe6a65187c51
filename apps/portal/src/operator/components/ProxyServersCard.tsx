import { Badge, Card, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { activationApi } from '../../api/clients';
import { Pager } from '../../layout/Pager';
import { QueryState } from '../../layout/QueryState';
import { EmptyState } from './EmptyState';
import { formatDateTime } from './format';

const PAGE_SIZE = 10;
const FILTERS = [
  { value: 'all', label: 'All' },
  { value: 'active', label: 'Active' },
  { value: 'expiring_soon', label: 'Expiring soon' },
  { value: 'over_limit', label: 'Over limit' },
  { value: 'expired', label: 'Expired' },
  { value: 'suspended', label: 'Suspended' },
  { value: 'cancelled', label: 'Cancelled' },
  { value: 'deactivated', label: 'Deactivated' },
] as const;
type Filter = (typeof FILTERS)[number]['value'];
const STATUS_COLORS: Record<string, string> = { active: 'green', over_limit: 'orange', expired: 'gray', suspended: 'yellow', cancelled: 'red', deactivated: 'gray' };

/** An account's proxy servers, read-only, server-paged, with the customers' search and display filter. */
export function ProxyServersCard({ accountId }: { accountId: string }) {
  const [page, setPage] = useState(1);
  const [filter, setFilter] = useState<Filter>('all');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const list = activationApi.useQuery(
    'get',
    '/operator/accounts/{accountId}/installations',
    { params: { path: { accountId }, query: { page, pageSize: PAGE_SIZE, filter, search: debounced || undefined } } },
    { placeholderData: keepPreviousData },
  );
  return (
    <Card withBorder component="section" aria-labelledby="proxy-servers-title">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={3} fz="lg" id="proxy-servers-title">
            Proxy servers
          </Title>
          <Group gap="xs" wrap="wrap">
            <TextInput aria-label="Search proxy servers" placeholder="Server, site code" leftSection={<IconSearch size={16} />} value={search} onChange={(e) => { setSearch(e.currentTarget.value); setPage(1); }} />
            <Select aria-label="Display" data={FILTERS.map((f) => ({ ...f }))} value={filter} onChange={(v) => { setFilter((v as Filter | null) ?? 'all'); setPage(1); }} allowDeselect={false} w={170} />
          </Group>
        </Group>
        <QueryState query={list}>
          {(data) =>
            data.items.length === 0 ? (
              <EmptyState title={debounced || filter !== 'all' ? 'No proxy server matches' : 'No proxy servers yet'}>
                {debounced || filter !== 'all' ? 'Change the search or the display filter.' : 'Servers appear here once the customer activates a proxy with one of the account\'s keys.'}
              </EmptyState>
            ) : (
              <Table.ScrollContainer minWidth={720}>
                <Table striped aria-label="Proxy servers">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Server name</Table.Th>
                      <Table.Th>Status</Table.Th>
                      <Table.Th>Site code</Table.Th>
                      <Table.Th>License key</Table.Th>
                      <Table.Th>Version</Table.Th>
                      <Table.Th>Last report</Table.Th>
                      <Table.Th ta="right">Computers</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((i) => (
                      <Table.Tr key={i.id}>
                        <Table.Td>{i.serverName}</Table.Td>
                        <Table.Td>
                          <Badge color={STATUS_COLORS[i.status] ?? 'gray'}>{i.status.replace('_', ' ')}</Badge>
                        </Table.Td>
                        <Table.Td>{i.siteCode}</Table.Td>
                        <Table.Td ff="monospace" fz="xs">
                          {i.licenseKey ?? '—'}
                        </Table.Td>
                        <Table.Td>{i.appVersion}</Table.Td>
                        <Table.Td>{formatDateTime(i.lastReportedAt)}</Table.Td>
                        <Table.Td ta="right">
                          {i.used ?? 0} / {i.quota ?? 0}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )
          }
        </QueryState>
        {list.data && <Pager total={list.data.total} page={page} pageSize={PAGE_SIZE} onChange={setPage} noun="proxy server" aria-label="Proxy server pages" />}
        {list.isFetching && !list.isPending && <Text size="xs" c="dimmed">Updating…</Text>}
      </Stack>
    </Card>
  );
}
