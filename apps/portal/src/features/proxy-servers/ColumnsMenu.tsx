import { ActionIcon, Checkbox, Popover, Stack, Text } from '@mantine/core';
import { IconSettings } from '@tabler/icons-react';
import { COLUMNS, type ProxyColumn } from './columns';

/** The gear icon: which columns the list shows (Server Name always, it opens the details). */
export function ColumnsMenu({ value, onChange }: { value: ProxyColumn[]; onChange: (columns: ProxyColumn[]) => void }) {
  const toggle = (key: ProxyColumn, on: boolean) => onChange(COLUMNS.map((c) => c.key).filter((k) => (k === key ? on : value.includes(k))));
  return (
    <Popover position="bottom-end" shadow="md" trapFocus>
      <Popover.Target>
        <ActionIcon variant="default" size="lg" aria-label="Choose columns">
          <IconSettings size={18} />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <Text size="sm" fw={600} mb="xs" id="columns-title">
          Columns
        </Text>
        <Stack gap={6} role="group" aria-labelledby="columns-title">
          {COLUMNS.map((c) => (
            <Checkbox
              key={c.key}
              label={c.label}
              checked={value.includes(c.key)}
              disabled={c.key === 'serverName'}
              onChange={(e) => toggle(c.key, e.currentTarget.checked)}
            />
          ))}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
