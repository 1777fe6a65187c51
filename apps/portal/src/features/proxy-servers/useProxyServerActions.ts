import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { activation, activationApi } from '../../api/clients';
import { errorMessage } from '../../api/errors';
import { attachmentName, saveFile } from '../files/download';
import type { ProxyColumn, ProxyFilter, ProxySort } from './columns';

export interface ListState {
  filter: ProxyFilter;
  search: string;
  sort: ProxySort;
  order: 'asc' | 'desc';
  columns: ProxyColumn[];
}

const plural = (n: number) => (n === 1 ? '1 server' : `${n} servers`);

/** Deactivating servers (one or many) and exporting them to CSV, each with its progress and result. */
export function useProxyServerActions(accountId: string) {
  const queryClient = useQueryClient();
  const deactivate = activationApi.useMutation('post', '/accounts/{accountId}/installations/deactivate');
  const [exporting, setExporting] = useState(false);

  const deactivateMany = (ids: string[], onDone?: () => void) =>
    deactivate.mutate(
      { params: { path: { accountId } }, body: { installationIds: ids } },
      {
        onSuccess: async (result) => {
          await queryClient.invalidateQueries();
          const parts = [];
          if (result.deactivated.length > 0) parts.push(`${plural(result.deactivated.length)} deactivated`);
          if (result.alreadyDeactivated.length > 0) parts.push(`${plural(result.alreadyDeactivated.length)} already deactivated`);
          notifications.show({ color: 'green', title: 'Deactivation done', message: `${parts.join(', ')}. Each proxy learns it at its next refresh.` });
          onDone?.();
        },
        onError: (error) => notifications.show({ color: 'red', title: 'Could not deactivate', message: errorMessage(error) }),
      },
    );

  /** The selected servers (ids), or every server matching the list's search and filter (no ids). */
  const exportCsv = async (list: ListState, ids?: string[]) => {
    setExporting(true);
    try {
      const columns = list.columns;
      const sorting = { sort: list.sort, order: list.order };
      const { data, error, response } = ids
        ? await activation.POST('/accounts/{accountId}/installations/export', {
            params: { path: { accountId } },
            body: { installationIds: ids, filter: 'all', columns, ...sorting },
            parseAs: 'blob',
          })
        : await activation.GET('/accounts/{accountId}/installations/export', {
            params: {
              path: { accountId },
              query: { filter: list.filter, search: list.search || undefined, columns: columns.join(','), ...sorting },
            },
            parseAs: 'blob',
          });
      if (error !== undefined || !(data instanceof Blob)) throw error ?? new Error('The export is empty');
      const filename = attachmentName(response, 'proxy-servers.csv');
      saveFile(data, filename);
      notifications.show({ color: 'green', title: 'Export ready', message: `${filename} is downloaded${ids ? ` with ${plural(ids.length)}` : ''}.` });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not export', message: errorMessage(error) });
    } finally {
      setExporting(false);
    }
  };

  return { deactivateMany, deactivating: deactivate.isPending, exportCsv, exporting };
}
