import { Accordion, Anchor, Badge, Breadcrumbs, Button, Card, Group, SimpleGrid, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { keepPreviousData, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { identityApi, licensingApi } from '../../api/clients';
import { WholeLicenseKeysTable } from '../../features/subscriptions/LicenseKeysTable';
import { Pager } from '../../layout/Pager';
import { QueryState } from '../../layout/QueryState';
import { CreateSubscriptionDialog } from '../components/CreateSubscriptionDialog';
import { EmptyState } from '../components/EmptyState';
import { formatDate } from '../components/format';
import { notifyDone, notifyFailed } from '../components/notify';
import { ProxyServersCard } from '../components/ProxyServersCard';
import { SubscriptionsTable } from '../components/SubscriptionsTable';

/** One business account: details and members (identity), subscriptions, keys and offline operations (licensing), proxy servers (activation). */
export function AccountPage() {
  const accountId = useParams().accountId!;
  const path = { accountId };
  const details = identityApi.useQuery('get', '/operator/accounts/{accountId}', { params: { path } });
  const offline = licensingApi.useQuery('get', '/operator/accounts/{accountId}/offline-operations', { params: { path } });
  const [creating, create] = useDisclosure(false);

  return (
    <QueryState query={details}>
      {(a) => (
        <Stack>
          <Breadcrumbs>
            <Anchor component={Link} to="/operator/accounts">
              Accounts
            </Anchor>
            <Text size="sm">{a.companyName}</Text>
          </Breadcrumbs>
          <Group justify="space-between" wrap="wrap">
            <Stack gap={0}>
              <Title order={2}>{a.companyName}</Title>
              <Text c="dimmed" size="sm">
                Support code <Text span ff="monospace">{a.supportCode}</Text>
              </Text>
            </Stack>
            <Button leftSection={<IconPlus size={16} />} onClick={create.open}>
              New subscription
            </Button>
          </Group>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Card withBorder component="section" aria-label="Business details">
              <Table variant="vertical">
                <Table.Tbody>
                  <Row label="Address" value={[a.street, a.city, a.state, a.zip, a.country].filter(Boolean).join(', ')} />
                  <Row label="Phone" value={a.phone} />
                  <Row label="Members" value={String(a.memberCount)} />
                  <Row label="Created" value={formatDate(a.createdAt)} />
                </Table.Tbody>
              </Table>
            </Card>
            <QueryState query={offline}>{(o) => <OfflineOperationsCard accountId={accountId} enabled={o.offlineOperationsEnabled} />}</QueryState>
          </SimpleGrid>
          <Card withBorder component="section" aria-labelledby="subscriptions-title">
            <Title order={3} fz="lg" mb="sm" id="subscriptions-title">
              Subscriptions
            </Title>
            <AccountSubscriptions accountId={accountId} />
          </Card>
          <ProxyServersCard accountId={accountId} />
          <Card withBorder component="section" aria-labelledby="members-title">
            <Title order={3} fz="lg" mb="sm" id="members-title">
              Members
            </Title>
            {a.members.length === 0 ? (
              <EmptyState title="No members" />
            ) : (
              <Table.ScrollContainer minWidth={560}>
                <Table striped aria-label="Members">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Name</Table.Th>
                      <Table.Th>Email</Table.Th>
                      <Table.Th>Role</Table.Th>
                      <Table.Th>Status</Table.Th>
                      <Table.Th>Member since</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {a.members.map((m) => (
                      <Table.Tr key={m.id}>
                        <Table.Td>
                          <Anchor component={Link} to={`/operator/users/${m.userId}`}>
                            {m.firstName} {m.lastName}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{m.email}</Table.Td>
                        <Table.Td>{m.role === 'admin' ? 'Admin' : 'Member'}</Table.Td>
                        <Table.Td>
                          <Badge color={m.status === 'active' ? 'green' : 'red'}>{m.status}</Badge>
                        </Table.Td>
                        <Table.Td>{formatDate(m.memberSince)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Card>
          <CreateSubscriptionDialog opened={creating} onClose={create.close} account={{ id: a.id, companyName: a.companyName }} />
        </Stack>
      )}
    </QueryState>
  );
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <Table.Tr>
      <Table.Th w={140}>{label}</Table.Th>
      <Table.Td>{value || '—'}</Table.Td>
    </Table.Tr>
  );
}

/** The switch that allows offline activation files for the account; turning it on emails its admins. */
function OfflineOperationsCard({ accountId, enabled }: { accountId: string; enabled: boolean }) {
  const queryClient = useQueryClient();
  const set = licensingApi.useMutation('put', '/operator/accounts/{accountId}/offline-operations');
  return (
    <Card withBorder component="section" aria-labelledby="offline-title">
      <Stack gap="xs">
        <Title order={3} fz="lg" id="offline-title">
          Offline operations
        </Title>
        <Text size="sm" c="dimmed">
          Lets the customer activate, refresh and deactivate proxy servers with request and answer files. Turning it on emails the account&apos;s admins.
        </Text>
        <Switch
          label={enabled ? 'Offline operations are on' : 'Offline operations are off'}
          checked={enabled}
          disabled={set.isPending}
          onChange={(e) => {
            const next = e.currentTarget.checked;
            set.mutate(
              { params: { path: { accountId } }, body: { enabled: next } },
              {
                onSuccess: async () => {
                  notifyDone(next ? 'Offline operations turned on; the admins are emailed' : 'Offline operations turned off');
                  await queryClient.invalidateQueries();
                },
                onError: notifyFailed,
              },
            );
          }}
        />
        {set.isPending && <Text size="sm" c="dimmed">Saving…</Text>}
      </Stack>
    </Card>
  );
}

const SUBSCRIPTIONS_PAGE = 10;

/** The account's subscriptions (server-paged), each with its keys one click away. */
function AccountSubscriptions({ accountId }: { accountId: string }) {
  const [page, setPage] = useState(1);
  const list = licensingApi.useQuery(
    'get',
    '/operator/subscriptions',
    { params: { query: { accountId, sort: 'endsOn', order: 'asc', page, pageSize: SUBSCRIPTIONS_PAGE } } },
    { placeholderData: keepPreviousData },
  );
  return (
    <QueryState query={list}>
      {(data) =>
        data.items.length === 0 ? (
          <EmptyState title="No subscriptions">Click New subscription to issue one (or a trial) for this account.</EmptyState>
        ) : (
          <Stack>
            <SubscriptionsTable items={data.items} showAccount={false} />
            <Pager total={data.total} page={page} pageSize={SUBSCRIPTIONS_PAGE} onChange={setPage} noun="subscription" aria-label="Subscription pages" />
            <KeysAccordion subscriptions={data.items} />
          </Stack>
        )
      }
    </QueryState>
  );
}

/** Each subscription's keys in full, loaded when its panel is opened. */
function KeysAccordion({ subscriptions }: { subscriptions: Array<{ id: string; name: string }> }) {
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Accordion value={open} onChange={setOpen} variant="contained">
      {subscriptions.map((s) => (
        <Accordion.Item key={s.id} value={s.id}>
          <Accordion.Control>License keys of {s.name}</Accordion.Control>
          <Accordion.Panel>{open === s.id && <SubscriptionKeys subscriptionId={s.id} />}</Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}

function SubscriptionKeys({ subscriptionId }: { subscriptionId: string }) {
  const sub = licensingApi.useQuery('get', '/operator/subscriptions/{subscriptionId}', { params: { path: { subscriptionId } } });
  return <QueryState query={sub}>{(s) => <WholeLicenseKeysTable keys={s.licenseKeys} />}</QueryState>;
}
