import { Anchor, Badge, Checkbox, Group, Select, Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import type { ActivationComponents } from '#api-client';
import { Pager } from '../../layout/Pager';
import { COLUMNS, STATUS_COLORS, STATUS_LABELS, type ProxyColumn, type ProxySort } from './columns';
import { ProxyServerCell } from './ProxyServerCell';

type ListResponse = ActivationComponents['schemas']['InstallationListResponseDto'];

export interface ProxyServersTableProps {
  data: ListResponse;
  columns: ProxyColumn[];
  sort: ProxySort;
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
  pageSizes: string[];
  selected: Set<string>;
  onSelect: (next: Set<string>) => void;
  onSort: (sort: ProxySort, order: 'asc' | 'desc') => void;
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
  onOpen: (id: string) => void;
}

/** One server-side page of proxy servers: checkboxes, sortable headings, the chosen columns, paging. */
export function ProxyServersTable(props: ProxyServersTableProps) {
  const { data, selected } = props;
  const shown = COLUMNS.filter((c) => props.columns.includes(c.key));
  const pageIds = data.items.map((r) => r.id);
  const selectedOnPage = pageIds.filter((id) => selected.has(id)).length;

  const toggleAll = (on: boolean) => {
    const next = new Set(selected);
    for (const id of pageIds) {
      if (on) next.add(id);
      else next.delete(id);
    }
    props.onSelect(next);
  };
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    props.onSelect(next);
  };

  return (
    <>
      <Table.ScrollContainer minWidth={Math.max(480, 140 * shown.length)}>
        <Table striped highlightOnHover aria-label="Proxy servers">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>
                <Checkbox
                  aria-label="Select all servers on this page"
                  checked={selectedOnPage > 0 && selectedOnPage === pageIds.length}
                  indeterminate={selectedOnPage > 0 && selectedOnPage < pageIds.length}
                  onChange={(e) => toggleAll(e.currentTarget.checked)}
                />
              </Table.Th>
              {shown.map((c) => {
                const active = props.sort === c.sort;
                const ariaSort = active ? (props.order === 'asc' ? 'ascending' : 'descending') : c.sort ? 'none' : undefined;
                const Icon = active ? (props.order === 'asc' ? IconArrowUp : IconArrowDown) : IconSelector;
                return (
                  <Table.Th key={c.key} ta={c.numeric ? 'right' : undefined} aria-sort={ariaSort}>
                    {c.sort ? (
                      <UnstyledButton
                        fw={600}
                        fz="sm"
                        onClick={() => props.onSort(c.sort!, active && props.order === 'asc' ? 'desc' : active ? 'asc' : c.sort === 'serverName' || c.sort === 'siteCode' ? 'asc' : 'desc')}
                      >
                        <Group gap={4} wrap="nowrap" justify={c.numeric ? 'flex-end' : undefined}>
                          {c.label}
                          <Icon size={14} aria-hidden />
                        </Group>
                      </UnstyledButton>
                    ) : (
                      c.label
                    )}
                  </Table.Th>
                );
              })}
              <Table.Th>Status</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.items.map((row) => (
              <Table.Tr key={row.id} bg={selected.has(row.id) ? 'var(--mantine-primary-color-light)' : undefined}>
                <Table.Td>
                  <Checkbox aria-label={`Select ${row.serverName ?? row.id}`} checked={selected.has(row.id)} onChange={(e) => toggle(row.id, e.currentTarget.checked)} />
                </Table.Td>
                {shown.map((c) => (
                  <Table.Td key={c.key} ta={c.numeric ? 'right' : undefined}>
                    {c.key === 'serverName' ? (
                      <Anchor component="button" type="button" fz="sm" ta="left" style={{ whiteSpace: 'nowrap' }} onClick={() => props.onOpen(row.id)}>
                        {row.serverName}
                      </Anchor>
                    ) : (
                      <ProxyServerCell row={row} column={c.key} />
                    )}
                  </Table.Td>
                ))}
                <Table.Td>
                  <Badge color={STATUS_COLORS[row.status]} variant="light">
                    {STATUS_LABELS[row.status]}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Pager total={data.total} page={props.page} pageSize={props.pageSize} onChange={props.onPage} noun="proxy server" aria-label="Proxy server pages">
        <Select
          aria-label="Servers per page"
          data={props.pageSizes.map((s) => ({ value: s, label: `${s} per page` }))}
          value={String(props.pageSize)}
          onChange={(v) => v && props.onPageSize(Number(v))}
          allowDeselect={false}
          w={140}
        />
      </Pager>
    </>
  );
}
