import { Anchor, Breadcrumbs, Button, Group, Menu, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconChevronDown, IconDownload, IconPlugConnectedX, IconSearch } from '@tabler/icons-react';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { activationApi } from '../api/clients';
import { useIsAdmin } from '../features/accounts/useIsAdmin';
import { ProductLinks } from '../features/product/ProductLinks';
import { ColumnsMenu } from '../features/proxy-servers/ColumnsMenu';
import { FILTERS, filterCount, loadColumns, saveColumns, type ProxyColumn, type ProxyFilter, type ProxySort } from '../features/proxy-servers/columns';
import { DeactivateConfirm } from '../features/proxy-servers/DeactivateConfirm';
import { ProxyServerDialog } from '../features/proxy-servers/ProxyServerDialog';
import { ProxyServersTable } from '../features/proxy-servers/ProxyServersTable';
import { useProxyServerActions } from '../features/proxy-servers/useProxyServerActions';
import { usePagedUrlState, useUrlSearch } from '../layout/usePagedUrlState';
import { QueryState } from '../layout/QueryState';

const SORTS: ProxySort[] = ['serverName', 'siteCode', 'activatedAt', 'lastReportedAt', 'used'];
const PAGE_SIZES = ['10', '25', '50', '100', '200'];

/**
 * Proxy servers: display filter with counts, search, sort by column heading, server-side pages,
 * columns chosen with the gear icon, selection with Actions (deactivate, export to CSV), and the
 * details dialog. The list's state lives in the URL, so a reload or a shared link shows the same.
 */
export function ProxyServersPage() {
  const accountId = useParams().accountId!;
  const url = usePagedUrlState();
  const { params, page, update, setPage } = url;
  const filter = (FILTERS.some((f) => f.value === params.get('filter')) ? params.get('filter') : 'all') as ProxyFilter;
  const sort = (SORTS as string[]).includes(params.get('sort') ?? '') ? (params.get('sort') as ProxySort) : 'activatedAt';
  const order = params.get('order') === 'asc' ? 'asc' : 'desc';
  const pageSize = PAGE_SIZES.includes(params.get('pageSize') ?? '') ? Number(params.get('pageSize')) : 50;
  const search = useUrlSearch(url, 'search', 250);
  const debouncedSearch = search.term;
  const openId = params.get('server');

  const [columns, setColumns] = useState<ProxyColumn[]>(loadColumns);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const isAdmin = useIsAdmin(accountId);
  const actions = useProxyServerActions(accountId);

  const summary = activationApi.useQuery('get', '/accounts/{accountId}/installations/summary', { params: { path: { accountId } } });
  const list = activationApi.useQuery(
    'get',
    '/accounts/{accountId}/installations',
    {
      params: {
        path: { accountId },
        // The id and status always come; the server sends only the chosen columns.
        query: { filter, search: debouncedSearch || undefined, sort, order, page, pageSize, columns: columns.join(',') },
      },
    },
    { placeholderData: keepPreviousData },
  );

  const changeList = (changes: Record<string, string | null>) => {
    setSelected(new Set());
    update(changes);
  };
  const changeColumns = (next: ProxyColumn[]) => {
    saveColumns(next);
    setColumns(next);
  };
  const listState = { filter, search: debouncedSearch, sort, order, columns } as const;
  const ids = [...selected];

  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Breadcrumbs>
          <Anchor component={Link} to={`/accounts/${accountId}/dashboard`}>
            Dashboard
          </Anchor>
          <Text>Proxy Servers</Text>
        </Breadcrumbs>
        <ProductLinks accountId={accountId} />
      </Group>
      <Group justify="space-between" wrap="wrap" align="end">
        <TextInput
          aria-label="Search proxy servers"
          placeholder="Search"
          leftSection={<IconSearch size={16} />}
          value={search.value}
          onChange={(e) => {
            setSelected(new Set());
            search.onChange(e.currentTarget.value);
          }}
          w={{ base: '100%', sm: 280 }}
        />
        <Select
          label="Display"
          data={FILTERS.map((f) => ({ value: f.value, label: `${f.label}${summary.data ? ` (${filterCount(summary.data, f.value)})` : ''}` }))}
          value={filter}
          onChange={(v) => changeList({ filter: v === 'all' ? null : v, page: null })}
          allowDeselect={false}
          w={{ base: '100%', sm: 260 }}
        />
      </Group>
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>Proxy Servers{list.data ? ` (${list.data.total})` : ''}</Title>
        <Group gap="xs">
          {selected.size > 0 && (
            <Text size="sm" c="dimmed" aria-live="polite">
              {selected.size} selected
            </Text>
          )}
          <Menu position="bottom-end">
            <Menu.Target>
              <Button variant="default" rightSection={<IconChevronDown size={14} />} loading={actions.exporting || actions.deactivating}>
                Actions
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>{selected.size > 0 ? `${selected.size} selected` : 'Select servers with the checkboxes'}</Menu.Label>
              {isAdmin && (
                <Menu.Item leftSection={<IconPlugConnectedX size={16} />} disabled={selected.size === 0} onClick={() => setConfirming(true)} color="red">
                  Deactivate selected
                </Menu.Item>
              )}
              <Menu.Item leftSection={<IconDownload size={16} />} disabled={selected.size === 0} onClick={() => void actions.exportCsv(listState, ids)}>
                Export selected to CSV
              </Menu.Item>
              <Menu.Divider />
              <Menu.Item leftSection={<IconDownload size={16} />} onClick={() => void actions.exportCsv(listState)}>
                Export all shown to CSV
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
          <ColumnsMenu value={columns} onChange={changeColumns} />
        </Group>
      </Group>
      <QueryState query={list}>
        {(data) =>
          data.total === 0 ? (
            <EmptyState filtered={Boolean(debouncedSearch) || filter !== 'all'} />
          ) : (
            <ProxyServersTable
              data={data}
              columns={columns}
              sort={sort}
              order={order}
              page={page}
              pageSize={pageSize}
              selected={selected}
              onSelect={setSelected}
              onSort={(s, o) => changeList({ sort: s, order: o, page: null })}
              onPage={setPage}
              onPageSize={(size) => changeList({ pageSize: size === 50 ? null : String(size), page: null })}
              onOpen={(id) => update({ server: id }, { keepPage: true })}
              pageSizes={PAGE_SIZES}
            />
          )
        }
      </QueryState>
      <DeactivateConfirm
        count={selected.size}
        opened={confirming}
        loading={actions.deactivating}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          actions.deactivateMany(ids, () => {
            setConfirming(false);
            setSelected(new Set());
          })
        }
      />
      <ProxyServerDialog accountId={accountId} installationId={openId} isAdmin={isAdmin} onClose={() => update({ server: null }, { keepPage: true })} />
    </Stack>
  );
}

function EmptyState({ filtered }: { filtered: boolean }) {
  return filtered ? (
    <Text c="dimmed">No proxy server matches. Change the search or the display filter.</Text>
  ) : (
    <Stack gap={4}>
      <Text fw={600}>No proxy servers yet</Text>
      <Text c="dimmed" size="sm">
        Activate Parallels Mac Management in the Configuration Manager console with the license key of your subscription (online, or offline with
        the Offline Activation and Validation page); the activated proxy servers are listed here.
      </Text>
    </Stack>
  );
}
