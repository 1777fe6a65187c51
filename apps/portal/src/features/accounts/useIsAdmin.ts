import { useMyAccounts } from './useAccounts';

/**
 * Whether the person administers the account: members see the pages but not the actions the
 * server refuses them (ADMIN_REQUIRED). Unknown (still loading) counts as not an admin.
 */
export function useIsAdmin(accountId: string): boolean {
  const accounts = useMyAccounts();
  return accounts.data?.items.some((a) => a.id === accountId && a.role === 'admin' && a.status === 'active') ?? false;
}
