import { Anchor, Badge, Button, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconKey, IconSearch } from '@tabler/icons-react';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { identityApi, licensingApi } from '../../api/clients';
import { errorMessage } from '../../api/errors';
import { Pager } from '../../layout/Pager';
import { QueryState } from '../../layout/QueryState';
import { EmptyState } from '../components/EmptyState';
import { formatDate } from '../components/format';
import { usePagedUrlState, useUrlSearch } from '../../layout/usePagedUrlState';

const PAGE_SIZE = 20;

/** Find business accounts by company name, support code or a member's email; or a subscription by license key. */
export function AccountsPage() {
  const url = usePagedUrlState();
  const search = useUrlSearch(url);
  const term = search.term;
  const list = identityApi.useQuery(
    'get',
    '/operator/accounts',
    { params: { query: { search: term || undefined, page: url.page, pageSize: PAGE_SIZE } } },
    { placeholderData: keepPreviousData },
  );

  return (
    <Stack>
      <Title order={2}>Accounts</Title>
      <TextInput
        label="Find an account"
        description="Company name, support code or a member's email"
        placeholder="19240-41140"
        leftSection={<IconSearch size={16} />}
        value={search.value}
        onChange={(e) => search.onChange(e.currentTarget.value)}
        maw={480}
      />
      <QueryState query={list}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={term ? `No account matches "${term}"` : 'No business accounts yet'}>
              {term ? 'Check the support code (two groups of five digits), or search by company name or a member\'s email.' : 'Accounts appear here when customers register a license key.'}
            </EmptyState>
          ) : (
            <Card withBorder padding={0}>
              <Table.ScrollContainer minWidth={560}>
                <Table striped highlightOnHover aria-label="Accounts">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Company</Table.Th>
                      <Table.Th>Support code</Table.Th>
                      <Table.Th>Country</Table.Th>
                      <Table.Th ta="right">Members</Table.Th>
                      <Table.Th>Created</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((a) => (
                      <Table.Tr key={a.id}>
                        <Table.Td>
                          <Anchor component={Link} to={`/operator/accounts/${a.id}`} fw={600}>
                            {a.companyName}
                          </Anchor>
                        </Table.Td>
                        <Table.Td ff="monospace">{a.supportCode}</Table.Td>
                        <Table.Td>{a.country}</Table.Td>
                        <Table.Td ta="right">{a.memberCount}</Table.Td>
                        <Table.Td>{formatDate(a.createdAt)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Card>
          )
        }
      </QueryState>
      {list.data && <Pager total={list.data.total} page={url.page} pageSize={PAGE_SIZE} onChange={url.setPage} noun="account" aria-label="Account pages" />}
      <KeyLookup />
      <SingleSignOnAccounts />
    </Stack>
  );
}

/** The accounts that connected their own provider, and whether their members must sign in through it. */
function SingleSignOnAccounts() {
  const [page, setPage] = useState(1);
  const list = identityApi.useQuery('get', '/operator/sso-accounts', { params: { query: { page, pageSize: PAGE_SIZE } } }, { placeholderData: keepPreviousData });
  return (
    <Card withBorder component="section" aria-labelledby="sso-accounts-title">
      <Title order={3} fz="lg" mb="sm" id="sso-accounts-title">
        Single sign-on
      </Title>
      <QueryState query={list}>
        {(data) =>
          data.items.length === 0 ? (
            <Text size="sm" c="dimmed">
              No business account has connected its own sign-in provider.
            </Text>
          ) : (
            <>
              <Table.ScrollContainer minWidth={560}>
                <Table striped aria-label="Accounts with single sign-on">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Company</Table.Th>
                      <Table.Th>Support code</Table.Th>
                      <Table.Th>Provider</Table.Th>
                      <Table.Th>Email domains</Table.Th>
                      <Table.Th>Members</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((a) => (
                      <Table.Tr key={a.accountId}>
                        <Table.Td>
                          <Anchor component={Link} to={`/operator/accounts/${a.accountId}`}>
                            {a.companyName}
                          </Anchor>
                        </Table.Td>
                        <Table.Td ff="monospace">{a.supportCode}</Table.Td>
                        <Table.Td>{a.issuer}</Table.Td>
                        <Table.Td>{a.allowedDomains.join(', ')}</Table.Td>
                        <Table.Td>{a.required ? <Badge color="orange">Must use it</Badge> : <Badge color="gray">May use it</Badge>}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Pager total={data.total} page={page} pageSize={PAGE_SIZE} onChange={setPage} noun="SSO account" aria-label="SSO account pages" />
            </>
          )
        }
      </QueryState>
    </Card>
  );
}

/** A license key (primary or sublicense) → its subscription. A POST, so the key stays out of URLs. */
function KeyLookup() {
  const navigate = useNavigate();
  const [key, setKey] = useState('');
  const lookup = licensingApi.useMutation('post', '/operator/lookup/license-key');
  return (
    <Card withBorder component="section" aria-label="Find by license key" maw={560}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          lookup.mutate({ body: { key: key.trim() } }, { onSuccess: (data) => navigate(`/operator/subscriptions/${data.subscription.id}`) });
        }}
      >
        <Group align="end" wrap="wrap">
          <TextInput
            label="Find by license key"
            placeholder="ABCDE-FGHJK-LMNPQ-RSTUV-WXYZ2"
            leftSection={<IconKey size={16} />}
            value={key}
            onChange={(e) => setKey(e.currentTarget.value)}
            error={lookup.error ? errorMessage(lookup.error) : undefined}
            style={{ flex: 1, minWidth: 240 }}
          />
          <Button type="submit" loading={lookup.isPending} disabled={!key.trim()}>
            Find
          </Button>
        </Group>
        {lookup.isPending && <Text size="sm" c="dimmed">Looking up the key…</Text>}
      </form>
    </Card>
  );
}
