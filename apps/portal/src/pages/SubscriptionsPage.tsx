import { Anchor, Badge, Card, Group, SegmentedControl, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { keepPreviousData } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { licensingApi } from '../api/clients';
import { formatDate, statusColor, statusLabel } from '../features/subscriptions/format';
import { QueryState } from '../layout/QueryState';
import { Pager } from '../layout/Pager';
import { usePagedUrlState, useUrlSearch } from '../layout/usePagedUrlState';

const STATUSES = ['all', 'active', 'expired', 'suspended', 'cancelled'] as const;
type Status = (typeof STATUSES)[number];
const PAGE_SIZE = 20;

/** Subscriptions: display filter with counts, arrange by end date, search; state kept in the URL. */
export function SubscriptionsPage() {
  const accountId = useParams().accountId!;
  const url = usePagedUrlState();
  const { params, page, update } = url;
  const status = (STATUSES as readonly string[]).includes(params.get('status') ?? '') ? (params.get('status') as Status) : 'all';
  const order = params.get('order') === 'desc' ? 'desc' : 'asc';
  const productId = params.get('productId') ?? undefined;
  const search = useUrlSearch(url, 'search', 250);
  const debouncedSearch = search.term;

  const list = licensingApi.useQuery(
    'get',
    '/accounts/{accountId}/subscriptions',
    {
      params: {
        path: { accountId },
        query: { status, order, search: debouncedSearch || undefined, productId, page, pageSize: PAGE_SIZE },
      },
    },
    { placeholderData: keepPreviousData },
  );
  const counts = list.data?.counts;

  return (
    <Stack>
      <Title order={2}>Subscriptions</Title>
      <Group wrap="wrap" align="end">
        <TextInput
          aria-label="Search subscriptions"
          placeholder="Search"
          leftSection={<IconSearch size={16} />}
          value={search.value}
          onChange={(e) => search.onChange(e.currentTarget.value)}
          w={{ base: '100%', sm: 260 }}
        />
        <Select
          label="Arrange by"
          data={[
            { value: 'asc', label: 'End date, soonest first' },
            { value: 'desc', label: 'End date, latest first' },
          ]}
          value={order}
          onChange={(v) => update({ order: v === 'desc' ? 'desc' : null })}
          allowDeselect={false}
          w={{ base: '100%', sm: 230 }}
        />
      </Group>
      <SegmentedControl
        aria-label="Display"
        value={status}
        onChange={(v) => update({ status: v === 'all' ? null : v })}
        data={STATUSES.map((s) => ({ value: s, label: `${statusLabel(s)}${counts ? ` (${counts[s]})` : ''}` }))}
        style={{ overflowX: 'auto' }}
      />
      <QueryState query={list}>
        {(data) =>
          data.items.length === 0 ? (
            <Text c="dimmed">{debouncedSearch || status !== 'all' ? 'No subscription matches. Change the search or the display filter.' : 'No subscriptions yet. Click Register Key to add one.'}</Text>
          ) : (
            <Stack gap="xs">
              {data.items.map((s) => (
                <Card key={s.id} withBorder padding="sm" component="article" aria-label={s.name}>
                  <Group justify="space-between" wrap="wrap">
                    <Stack gap={2}>
                      <Anchor component={Link} to={`/accounts/${accountId}/subscriptions/${s.id}`} fw={600}>
                        {s.name}
                      </Anchor>
                      <Text size="sm" c="dimmed">
                        {s.product.name} · valid until {formatDate(s.endsOn)}
                      </Text>
                    </Stack>
                    <Group gap="xs">
                      {s.isTrial && <Badge variant="outline">Trial</Badge>}
                      {s.expiringSoon && s.status === 'active' && <Badge color="orange">Expires soon</Badge>}
                      <Badge color={statusColor(s.status)}>{statusLabel(s.status)}</Badge>
                      <Text size="sm">For {s.quantity} managed computers</Text>
                    </Group>
                  </Group>
                </Card>
              ))}
              <Pager total={data.total} page={page} pageSize={PAGE_SIZE} onChange={url.setPage} noun="subscription" aria-label="Subscription pages" />
            </Stack>
          )
        }
      </QueryState>
    </Stack>
  );
}
