import { useParams } from 'react-router';
import { identityApi } from '../../api/clients';

/** The business accounts the person belongs to (the account switcher's list). */
export function useMyAccounts() {
  return identityApi.useQuery('get', '/accounts');
}

/** The business account in the URL, or null on the personal account's pages. */
export function useCurrentAccountId(): string | null {
  return useParams().accountId ?? null;
}
