import { ActionIcon, Badge, Group, Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector, IconSettings } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { LicensingComponents, LicensingPaths } from '#api-client';
import { formatDate } from './format';

type LicenseKey = LicensingComponents['schemas']['LicenseKeyResponseDto'];
type ListQuery = NonNullable<LicensingPaths['/accounts/{accountId}/subscriptions/{subscriptionId}/license-keys']['get']['parameters']['query']>;
/** A sortable column: the list's `sort` parameter, as the server names it. */
export type LicenseKeyColumn = NonNullable<ListQuery['sort']>;
export type LicenseKeySort = { column: LicenseKeyColumn; desc: boolean } | null;
const COLUMNS: { key: LicenseKeyColumn; label: string; numeric?: boolean }[] = [
  { key: 'name', label: 'Name' },
  { key: 'keyKind', label: 'Type' },
  { key: 'quota', label: 'Quota', numeric: true },
  { key: 'used', label: 'Used', numeric: true },
  { key: 'vacant', label: 'Vacant', numeric: true },
  { key: 'expiresOn', label: 'Expires On' },
];
export const LICENSE_KEY_COLUMNS: readonly LicenseKeyColumn[] = COLUMNS.map((c) => c.key);

/**
 * One page of license keys, sorted by the server by the column whose heading was clicked (the
 * primary key first, then the sublicenses by creation, until one is).
 */
export function LicenseKeysTable({
  keys,
  sort,
  onSort,
  onModify,
}: {
  keys: LicenseKey[];
  sort: LicenseKeySort;
  /** A heading clicked: that column ascending, or the other way round when it is the current one. */
  onSort: (column: LicenseKeyColumn) => void;
  /** Admins modify sublicenses with the gear icon at the end of the row. */
  onModify?: (key: LicenseKey) => void;
}) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover aria-label="License keys">
        <Table.Thead>
          <Table.Tr>
            {COLUMNS.map((c) => {
              const active = sort?.column === c.key;
              const Icon = active ? (sort.desc ? IconArrowDown : IconArrowUp) : IconSelector;
              return (
                <Table.Th key={c.key} ta={c.numeric ? 'right' : undefined} aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
                  <UnstyledButton onClick={() => onSort(c.key)} fw={600} fz="sm">
                    <Group gap={4} wrap="nowrap" justify={c.numeric ? 'flex-end' : undefined}>
                      {c.label}
                      <Icon size={14} aria-hidden />
                    </Group>
                  </UnstyledButton>
                </Table.Th>
              );
            })}
            <Table.Th>Key</Table.Th>
            <Table.Th>Proxy server</Table.Th>
            {onModify && (
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {keys.map((k) => (
            <Table.Tr key={k.id}>
              <Table.Td>{k.name}</Table.Td>
              <Table.Td>{k.keyKind === 'primary' ? 'Primary' : 'Reserved'}</Table.Td>
              <Table.Td ta="right">{k.quota}</Table.Td>
              <Table.Td ta="right">{k.used}</Table.Td>
              <Table.Td ta="right">{k.vacant}</Table.Td>
              <Table.Td>
                {formatDate(k.expiresOn)} {k.expired && <Badge color="gray">Expired</Badge>}
              </Table.Td>
              <Table.Td>
                <Text ff="monospace" size="sm">
                  {k.key}
                </Text>
              </Table.Td>
              <Table.Td>{k.installation ? k.installation.serverName : '—'}</Table.Td>
              {onModify && (
                <Table.Td>
                  {k.keyKind === 'reserved' && (
                    <ActionIcon variant="subtle" color="gray" aria-label={`Modify ${k.name}`} onClick={() => onModify(k)}>
                      <IconSettings size={18} />
                    </ActionIcon>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * The table for a list held whole (the back office's subscription carries all its keys): sorted
 * here, by the same columns and the same way round as the server sorts a page.
 */
export function WholeLicenseKeysTable({ keys, onModify }: { keys: LicenseKey[]; onModify?: (key: LicenseKey) => void }) {
  const [sort, setSort] = useState<LicenseKeySort>(null);
  const rows = useMemo(() => {
    if (!sort) return keys;
    const sorted = [...keys].sort((a, b) => {
      const x = a[sort.column];
      const y = b[sort.column];
      return typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    });
    return sort.desc ? sorted.reverse() : sorted;
  }, [keys, sort]);
  const onSort = (column: LicenseKeyColumn) => setSort((s) => (s?.column === column ? { column, desc: !s.desc } : { column, desc: false }));
  return <LicenseKeysTable keys={rows} sort={sort} onSort={onSort} onModify={onModify} />;
}
