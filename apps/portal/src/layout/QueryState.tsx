import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';
import { errorMessage, isApiError } from '../api/errors';
import { isSsoRequired, SsoRequiredNotice } from '../features/social/SsoRequiredNotice';
import { PageLoader } from './PageLoader';

/** Loading and error states of one query, so pages only render their data. */
export function QueryState<T>({ query, children }: { query: { data?: T; error: unknown; isPending: boolean }; children: (data: T) => ReactNode }) {
  if (query.isPending) return <PageLoader />;
  if (query.data === undefined && isApiError(query.error) && query.error.code === 'MEMBERSHIP_BLOCKED') {
    return (
      <Alert color="orange" role="alert" title="Your access to this business account is blocked">
        An administrator of the account blocked your membership. Ask them to unblock you; meanwhile you can use your personal account and your other business accounts.
      </Alert>
    );
  }
  if (query.data === undefined && isSsoRequired(query.error)) {
    const accountId = query.error.details?.accountId;
    if (accountId) return <SsoRequiredNotice accountId={accountId} />;
  }
  if (query.data === undefined) {
    return (
      <Alert color="red" role="alert" title="Could not load this page">
        {errorMessage(query.error)}
      </Alert>
    );
  }
  return <>{children(query.data)}</>;
}
