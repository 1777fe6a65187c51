import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useSearchParams } from 'react-router';

type Changes = Record<string, string | null | undefined>;

/**
 * The state of a server-paged list (filters, sort, search, page) kept in the URL, so a list can be
 * bookmarked and Back works; the one hook of every server-paged table. Changing anything but the
 * page goes back to page 1, unless `keepPage` (e.g. opening a row's dialog).
 */
export function usePagedUrlState() {
  const [params, setParams] = useSearchParams();
  const get = (key: string) => params.get(key) ?? '';
  const page = Math.max(1, Number(params.get('page') ?? 1) || 1);
  const update = (changes: Changes, options: { keepPage?: boolean } = {}) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(changes)) {
          if (v === null || v === undefined || v === '') next.delete(k);
          else next.set(k, v);
        }
        if (!('page' in changes) && !options.keepPage) next.delete('page');
        return next;
      },
      { replace: true },
    );
  const setPage = (p: number) => update({ page: p === 1 ? null : String(p) });
  return { params, get, page, update, setPage };
}

/**
 * A search box over a paged list: the field answers at once, the URL's `key` follows it (back to
 * page 1), and the query uses the trimmed value once typing pauses.
 */
export function useUrlSearch(list: ReturnType<typeof usePagedUrlState>, key = 'search', delay = 300) {
  const [value, setValue] = useState(list.get(key));
  const [debounced] = useDebouncedValue(value.trim(), delay);
  const onChange = (next: string) => {
    setValue(next);
    list.update({ [key]: next });
  };
  return { value, onChange, term: debounced };
}
