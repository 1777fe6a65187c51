import { Group, Pagination, Text } from '@mantine/core';

/** "N results" and the page links of a server-paged list. */
export function Pager({ total, page, pageSize, onChange, noun }: { total: number; page: number; pageSize: number; onChange: (page: number) => void; noun: string }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <Group justify="space-between" wrap="wrap" mt="sm">
      <Text size="sm" c="dimmed" aria-live="polite">
        {total === 1 ? `1 ${noun}` : `${total} ${noun}s`}
        {pages > 1 ? ` · page ${page} of ${pages}` : ''}
      </Text>
      {pages > 1 && <Pagination total={pages} value={page} onChange={onChange} size="sm" />}
    </Group>
  );
}
