import { Group, Pagination, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface PagerProps {
  total: number;
  page: number;
  pageSize: number;
  onChange: (page: number) => void;
  /** What the list counts, singular ("user"): "1 user", "12 users · page 1 of 2". */
  noun: string;
  /** The page links' name ("User pages"): tests and screen readers find a list's pager by it. */
  'aria-label': string;
  /** More controls beside the page links (e.g. a rows-per-page choice). */
  children?: ReactNode;
}

/**
 * The count and page links under every server-paged list, customer and back office alike: "N things
 * · page X of Y" on the left, the named page links on the right (only when there is more than one
 * page). Nothing when the list is empty: the list's own empty state says so.
 */
export function Pager({ total, page, pageSize, onChange, noun, 'aria-label': label, children }: PagerProps) {
  if (total === 0) return null;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <Group justify="space-between" wrap="wrap" mt="sm">
      <Text size="sm" c="dimmed" aria-live="polite">
        {total === 1 ? `1 ${noun}` : `${total} ${noun}s`}
        {pages > 1 ? ` · page ${page} of ${pages}` : ''}
      </Text>
      {(pages > 1 || children) && (
        <Group gap="xs" wrap="wrap">
          {children}
          {pages > 1 && <Pagination total={pages} value={page} onChange={onChange} size="sm" role="navigation" aria-label={label} />}
        </Group>
      )}
    </Group>
  );
}
