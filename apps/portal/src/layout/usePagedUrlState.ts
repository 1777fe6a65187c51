import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

type Changes = Record<string, string | null | undefined>;

/**
 * The state of a server-paged list (filters, sort, search, page) kept in the URL, so a list can be
 * bookmarked and Back works; the one hook of every server-paged table. Changing anything but the
 * page goes back to page 1, unless `keepPage` (e.g. opening a row's dialog).
 *
 * Where two lists share one page, the second gives a `prefix`: its keys are then `<prefix>Page`,
 * `<prefix>Search`… (`get`, `update` and `page` take and answer the plain names), so the lists'
 * keys do not collide and changing one list's filters leaves the other's page alone.
 */
export function usePagedUrlState(prefix = '') {
  const [params, setParams] = useSearchParams();
  const name = (key: string) => (prefix ? `${prefix}${key.charAt(0).toUpperCase()}${key.slice(1)}` : key);
  const get = (key: string) => params.get(name(key)) ?? '';
  const page = Math.max(1, Number(params.get(name('page')) ?? 1) || 1);
  const update = (changes: Changes, options: { keepPage?: boolean } = {}) => {
    // From the URL as it is now, not as last rendered (react-router hands a function updater the
    // last render's params): a change made while the one before is still rendering (a filter, then
    // at once a search or the other list's page) must not undo it.
    const next = new URLSearchParams(window.location.search);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === undefined || v === '') next.delete(name(k));
      else next.set(name(k), v);
    }
    if (!('page' in changes) && !options.keepPage) next.delete(name('page'));
    setParams(next, { replace: true });
  };
  const setPage = (p: number) => update({ page: p === 1 ? null : String(p) });
  return { params, get, page, update, setPage };
}

/**
 * Back to the last page when the list shrank under the page shown (the last row of page 2 revoked,
 * or an old link's page), instead of an empty page that says the list is empty.
 */
export function useLastPageClamp(list: ReturnType<typeof usePagedUrlState>, total: number | undefined, pageSize: number) {
  const last = total === undefined ? undefined : Math.max(1, Math.ceil(total / pageSize));
  const { page, setPage } = list;
  useEffect(() => {
    if (last !== undefined && page > last) setPage(last);
  }, [last, page, setPage]);
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
