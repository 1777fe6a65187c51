import { Badge, Group, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { LicensingComponents } from '#api-client';
import { formatDate } from './format';

type LicenseKey = LicensingComponents['schemas']['LicenseKeyResponseDto'];
type Column = 'name' | 'keyKind' | 'quota' | 'used' | 'vacant' | 'expiresOn';
const COLUMNS: { key: Column; label: string; numeric?: boolean }[] = [
  { key: 'name', label: 'Name' },
  { key: 'keyKind', label: 'Type' },
  { key: 'quota', label: 'Quota', numeric: true },
  { key: 'used', label: 'Used', numeric: true },
  { key: 'vacant', label: 'Vacant', numeric: true },
  { key: 'expiresOn', label: 'Expires On' },
];

/** License keys, sortable by clicking a column heading (primary key first until then). */
export function LicenseKeysTable({ keys }: { keys: LicenseKey[] }) {
  const [sort, setSort] = useState<{ column: Column; desc: boolean } | null>(null);
  const rows = useMemo(() => {
    if (!sort) return keys;
    const sorted = [...keys].sort((a, b) => {
      const x = a[sort.column];
      const y = b[sort.column];
      return typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    });
    return sort.desc ? sorted.reverse() : sorted;
  }, [keys, sort]);

  const toggle = (column: Column) => setSort((s) => (s?.column === column ? { column, desc: !s.desc } : { column, desc: false }));

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
                  <UnstyledButton onClick={() => toggle(c.key)} fw={600} fz="sm">
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
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((k) => (
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
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
