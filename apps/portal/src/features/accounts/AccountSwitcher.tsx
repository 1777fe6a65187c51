import { Button, Menu, Text } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { useSession } from '../../session/useSession';
import { useCurrentAccountId, useMyAccounts } from './useAccounts';

/** "My Company, Inc. (Business Account)" / "Ada Lovelace (Personal Account)", as the guide shows it. */
export function AccountSwitcher() {
  const state = useSession();
  const navigate = useNavigate();
  const accounts = useMyAccounts();
  const currentId = useCurrentAccountId();
  const items = accounts.data?.items ?? [];
  const current = items.find((a) => a.id === currentId);
  const personalName = state.status === 'signedIn' ? `${state.user.firstName} ${state.user.lastName}` : '';
  const label = current ? `${current.companyName} (Business Account)` : `${personalName} (Personal Account)`;

  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <Button variant="subtle" color="dark" rightSection={<IconChevronDown size={16} />} aria-label={`Account: ${label}`} px="xs">
          <Text fw={600} truncate maw={{ base: 180, sm: 360 }}>
            {label}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Personal account</Menu.Label>
        <Menu.Item onClick={() => navigate('/personal')}>{personalName}</Menu.Item>
        <Menu.Label>Business accounts</Menu.Label>
        {items.length === 0 && <Menu.Item disabled>Register a key to create one</Menu.Item>}
        {items.map((account) => (
          <Menu.Item key={account.id} onClick={() => navigate(`/accounts/${account.id}/dashboard`)}>
            {account.companyName}
            {account.status === 'blocked' ? ' (blocked)' : ''}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
