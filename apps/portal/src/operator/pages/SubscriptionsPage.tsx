import { Button, Card, Checkbox, Group, SegmentedControl, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { keepPreviousData } from '@tanstack/react-query';
import { licensingApi } from '../../api/clients';
import { Pager } from '../../layout/Pager';
import { QueryState } from '../../layout/QueryState';
import { CreateSubscriptionDialog } from '../components/CreateSubscriptionDialog';
import { EmptyState } from '../components/EmptyState';
import { statusLabel } from '../components/format';
import { SubscriptionsTable } from '../components/SubscriptionsTable';
import { usePagedUrlState, useUrlSearch } from '../../layout/usePagedUrlState';

const STATUSES = ['all', 'active', 'expired', 'suspended', 'cancelled'] as const;
type Status = (typeof STATUSES)[number];
const SORTS = [
  { value: 'endsOn', label: 'End date' },
  { value: 'startsOn', label: 'Start date' },
  { value: 'createdAt', label: 'Created' },
  { value: 'name', label: 'Name' },
] as const;
type Sort = (typeof SORTS)[number]['value'];
const PAGE_SIZE = 25;

/** Every subscription of every account: by status, end date, expiring soon, product; searched, sorted, paged. */
export function OperatorSubscriptionsPage() {
  const url = usePagedUrlState();
  const [creating, create] = useDisclosure(false);
  const search = useUrlSearch(url);
  const debounced = search.term;
  const status: Status = (STATUSES as readonly string[]).includes(url.get('status')) ? (url.get('status') as Status) : 'all';
  const sort: Sort = SORTS.some((s) => s.value === url.get('sort')) ? (url.get('sort') as Sort) : 'endsOn';
  const order = url.get('order') === 'desc' ? 'desc' : 'asc';
  const products = licensingApi.useQuery('get', '/operator/products', { params: { query: { pageSize: 200 } } });
  const list = licensingApi.useQuery(
    'get',
    '/operator/subscriptions',
    {
      params: {
        query: {
          status,
          search: debounced || undefined,
          productId: url.get('productId') || undefined,
          expiringSoon: url.get('expiringSoon') === 'true' ? true : undefined,
          endsFrom: url.get('endsFrom') || undefined,
          endsTo: url.get('endsTo') || undefined,
          sort,
          order,
          page: url.page,
          pageSize: PAGE_SIZE,
        },
      },
    },
    { placeholderData: keepPreviousData },
  );
  const counts = list.data?.counts;
  const filtered = Boolean(debounced || status !== 'all' || url.get('productId') || url.get('expiringSoon') || url.get('endsFrom') || url.get('endsTo'));

  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>Subscriptions</Title>
        <Button leftSection={<IconPlus size={16} />} onClick={create.open}>
          New subscription
        </Button>
      </Group>
      <Card withBorder component="section" aria-label="Filters">
        <Stack gap="sm">
          <SegmentedControl
            aria-label="Status"
            value={status}
            onChange={(v) => url.update({ status: v === 'all' ? null : v })}
            data={STATUSES.map((s) => ({ value: s, label: `${statusLabel(s)}${counts ? ` (${counts[s]})` : ''}` }))}
            style={{ overflowX: 'auto' }}
          />
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
            <TextInput
              label="Search"
              placeholder="Name, company or support code"
              leftSection={<IconSearch size={16} />}
              value={search.value}
              onChange={(e) => search.onChange(e.currentTarget.value)}
            />
            <Select
              label="Product"
              placeholder="All products"
              clearable
              data={(products.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
              value={url.get('productId') || null}
              onChange={(v) => url.update({ productId: v })}
            />
            <DateInput label="Ending from" placeholder="YYYY-MM-DD" valueFormat="YYYY-MM-DD" clearable value={url.get('endsFrom') || null} onChange={(v) => url.update({ endsFrom: v })} />
            <DateInput label="Ending until" placeholder="YYYY-MM-DD" valueFormat="YYYY-MM-DD" clearable value={url.get('endsTo') || null} onChange={(v) => url.update({ endsTo: v })} />
            <Select
              label="Sort by"
              data={SORTS.map((s) => ({ ...s }))}
              value={sort}
              allowDeselect={false}
              onChange={(v) => url.update({ sort: v === 'endsOn' ? null : v })}
            />
            <Select
              label="Order"
              data={[
                { value: 'asc', label: 'Ascending' },
                { value: 'desc', label: 'Descending' },
              ]}
              value={order}
              allowDeselect={false}
              onChange={(v) => url.update({ order: v === 'desc' ? 'desc' : null })}
            />
            <Checkbox
              label="Expiring soon (active, within 30 days)"
              checked={url.get('expiringSoon') === 'true'}
              onChange={(e) => url.update({ expiringSoon: e.currentTarget.checked ? 'true' : null })}
              mt={{ base: 0, lg: 'xl' }}
            />
          </SimpleGrid>
        </Stack>
      </Card>
      <QueryState query={list}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={filtered ? 'No subscription matches' : 'No subscriptions yet'}>
              {filtered ? 'Change the search or the filters.' : 'Click New subscription to issue the first one.'}
            </EmptyState>
          ) : (
            <Card withBorder padding={0}>
              <SubscriptionsTable items={data.items} />
            </Card>
          )
        }
      </QueryState>
      {list.data && <Pager total={list.data.total} page={url.page} pageSize={PAGE_SIZE} onChange={url.setPage} noun="subscription" aria-label="Subscription pages" />}
      <CreateSubscriptionDialog opened={creating} onClose={create.close} />
    </Stack>
  );
}
