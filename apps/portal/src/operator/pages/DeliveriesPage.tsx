import { Badge, Button, Card, Select, SimpleGrid, Stack, Table, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useDebouncedValue } from '@mantine/hooks';
import { IconRefresh } from '@tabler/icons-react';
import { keepPreviousData, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { NotificationComponents } from '#api-client';
import { notificationApi } from '../../api/clients';
import { Pager } from '../../layout/Pager';
import { QueryState } from '../../layout/QueryState';
import { EmptyState } from '../components/EmptyState';
import { formatDateTime } from '../components/format';
import { notifyDone, notifyFailed } from '../components/notify';
import { usePagedUrlState } from '../../layout/usePagedUrlState';

type Delivery = NotificationComponents['schemas']['DeliveryResponseDto'];
const STATUSES = ['queued', 'sent', 'failed', 'dead'] as const;
type Status = (typeof STATUSES)[number];
const COLORS: Record<string, string> = { queued: 'blue', sent: 'green', failed: 'orange', dead: 'red' };
const PAGE_SIZE = 20;

/** The email delivery log, newest first: filter by status, template, recipient and day; retry what failed. */
export function DeliveriesPage() {
  const url = usePagedUrlState();
  const [recipient, setRecipient] = useState(url.get('recipient'));
  const [template, setTemplate] = useState(url.get('template'));
  const [debouncedRecipient] = useDebouncedValue(recipient.trim(), 400);
  const [debouncedTemplate] = useDebouncedValue(template.trim(), 400);
  const status = (STATUSES as readonly string[]).includes(url.get('status')) ? (url.get('status') as Status) : undefined;
  const fromDay = url.get('from');
  const toDay = url.get('to');
  const list = notificationApi.useQuery(
    'get',
    '/deliveries',
    {
      params: {
        query: {
          status,
          recipient: debouncedRecipient.includes('@') ? debouncedRecipient : undefined,
          template: debouncedTemplate || undefined,
          from: fromDay ? dayjs(fromDay).startOf('day').toISOString() : undefined,
          to: toDay ? dayjs(toDay).add(1, 'day').startOf('day').toISOString() : undefined,
          page: url.page,
          pageSize: PAGE_SIZE,
        },
      },
    },
    {
      placeholderData: keepPreviousData,
      // While something shown is queued, follow it until it is sent or fails again.
      refetchInterval: (query) => (query.state.data?.items.some((d) => d.status === 'queued') ? 1500 : false),
    },
  );

  return (
    <Stack>
      <Title order={2}>Email deliveries</Title>
      <Card withBorder component="section" aria-label="Filters">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }}>
          <Select
            label="Status"
            placeholder="Any status"
            clearable
            data={STATUSES.map((s) => ({ value: s, label: s.charAt(0).toUpperCase() + s.slice(1) }))}
            value={status ?? null}
            onChange={(v) => url.update({ status: v })}
          />
          <TextInput
            label="Recipient"
            description="The full address"
            placeholder="ada@example.com"
            value={recipient}
            onChange={(e) => {
              setRecipient(e.currentTarget.value);
              url.update({ recipient: e.currentTarget.value });
            }}
          />
          <TextInput
            label="Template"
            placeholder="subscription-expiring"
            value={template}
            onChange={(e) => {
              setTemplate(e.currentTarget.value);
              url.update({ template: e.currentTarget.value });
            }}
          />
          <DateInput label="From day" placeholder="YYYY-MM-DD" valueFormat="YYYY-MM-DD" clearable value={fromDay || null} onChange={(v) => url.update({ from: v })} />
          <DateInput label="Until day" placeholder="YYYY-MM-DD" valueFormat="YYYY-MM-DD" clearable value={toDay || null} onChange={(v) => url.update({ to: v })} />
        </SimpleGrid>
      </Card>
      <QueryState query={list}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title="No email matches">{status || debouncedRecipient || debouncedTemplate || fromDay || toDay ? 'Change the filters.' : 'Emails appear here as the services send them.'}</EmptyState>
          ) : (
            <Card withBorder padding={0}>
              <Table.ScrollContainer minWidth={900}>
                <Table striped aria-label="Email deliveries">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Created</Table.Th>
                      <Table.Th>Recipient</Table.Th>
                      <Table.Th>Subject</Table.Th>
                      <Table.Th>Template</Table.Th>
                      <Table.Th>Status</Table.Th>
                      <Table.Th ta="right">Attempts</Table.Th>
                      <Table.Th>Last error</Table.Th>
                      <Table.Th>
                        <Text span size="sm" fw={600}>
                          Action
                        </Text>
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((d) => (
                      <DeliveryRow key={d.id} delivery={d} />
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Card>
          )
        }
      </QueryState>
      {list.data && <Pager total={list.data.total} page={url.page} pageSize={PAGE_SIZE} onChange={url.setPage} noun="email" aria-label="Email pages" />}
    </Stack>
  );
}

function DeliveryRow({ delivery: d }: { delivery: Delivery }) {
  const queryClient = useQueryClient();
  const retry = notificationApi.useMutation('post', '/deliveries/{id}/retry');
  const retryable = d.status === 'failed' || d.status === 'dead';
  return (
    <Table.Tr>
      <Table.Td>{formatDateTime(d.createdAt)}</Table.Td>
      <Table.Td>{d.recipient}</Table.Td>
      <Table.Td maw={260}>{d.subject ?? '—'}</Table.Td>
      <Table.Td ff="monospace" fz="xs">
        {d.template}
      </Table.Td>
      <Table.Td>
        <Badge color={COLORS[d.status] ?? 'gray'}>{d.status}</Badge>
      </Table.Td>
      <Table.Td ta="right">{d.attempts}</Table.Td>
      <Table.Td maw={240} style={{ overflowWrap: 'anywhere' }}>
        <Text size="xs" c={d.lastError ? 'red' : 'dimmed'}>
          {d.lastError ?? '—'}
        </Text>
      </Table.Td>
      <Table.Td>
        {retryable ? (
          <Tooltip label="Queue it again with the data it was planned with">
            <Button
              size="xs"
              variant="light"
              leftSection={<IconRefresh size={14} />}
              loading={retry.isPending}
              aria-label={`Retry the email to ${d.recipient}`}
              onClick={() =>
                retry.mutate(
                  { params: { path: { id: d.id } } },
                  {
                    onSuccess: async () => {
                      notifyDone(`The email to ${d.recipient} is queued again`);
                      await queryClient.invalidateQueries();
                    },
                    onError: notifyFailed,
                  },
                )
              }
            >
              Retry
            </Button>
          </Tooltip>
        ) : (
          <Text size="xs" c="dimmed">
            {d.status === 'sent' ? formatDateTime(d.sentAt) : '—'}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
