import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';
import { errorMessage } from '../api/errors';
import { PageLoader } from './PageLoader';

/** Loading and error states of one query, so pages only render their data. */
export function QueryState<T>({ query, children }: { query: { data?: T; error: unknown; isPending: boolean }; children: (data: T) => ReactNode }) {
  if (query.isPending) return <PageLoader />;
  if (query.data === undefined) {
    return (
      <Alert color="red" role="alert" title="Could not load this page">
        {errorMessage(query.error)}
      </Alert>
    );
  }
  return <>{children(query.data)}</>;
}
