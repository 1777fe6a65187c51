import { Anchor, Breadcrumbs, Group, Tabs, Title } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { identityApi } from '../../api/clients';

/** "Dashboard > Business Profile" with the General / Users (N) switch, as the guide shows it. */
export function BusinessTabs({ accountId, active }: { accountId: string; active: 'general' | 'users' }) {
  const navigate = useNavigate();
  const members = identityApi.useQuery('get', '/accounts/{accountId}/members', { params: { path: { accountId }, query: { pageSize: 1 } } });
  const count = members.data?.counts.role.all;
  return (
    <>
      <Breadcrumbs>
        <Anchor component={Link} to={`/accounts/${accountId}/dashboard`}>
          Dashboard
        </Anchor>
        <span>Business Profile</span>
      </Breadcrumbs>
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>{active === 'general' ? 'Business Profile' : 'Business Account Users'}</Title>
        <Tabs value={active} onChange={(v) => navigate(`/accounts/${accountId}/${v === 'users' ? 'users' : 'profile'}`)} variant="pills">
          <Tabs.List>
            <Tabs.Tab value="general">General</Tabs.Tab>
            <Tabs.Tab value="users">Users{count === undefined ? '' : ` (${count})`}</Tabs.Tab>
          </Tabs.List>
        </Tabs>
      </Group>
    </>
  );
}

export const ROLE_LABELS = { admin: 'Account Administrator', member: 'Regular Member' } as const;
export const STATUS_LABELS = { active: 'Active', blocked: 'Blocked' } as const;
