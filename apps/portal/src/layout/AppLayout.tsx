import { AppShell, Burger, Button, Group, Menu, NavLink, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBuilding, IconCertificate, IconDownload, IconFileImport, IconHelp, IconKey, IconLayoutDashboard, IconListDetails, IconLogout, IconServer, IconShieldLock, IconUser, IconUserCircle } from '@tabler/icons-react';
import { Suspense } from 'react';
import { NavLink as RouterNavLink, Outlet } from 'react-router';
import { identity } from '../api/clients';
import { session } from '../api/session';
import { AccountSwitcher } from '../features/accounts/AccountSwitcher';
import { useCurrentAccountId } from '../features/accounts/useAccounts';
import { RegisterKeyDialog } from '../features/register/RegisterKeyDialog';
import { useSession } from '../session/useSession';
import { PageLoader } from './PageLoader';

export function AppLayout() {
  const [navOpen, nav] = useDisclosure(false);
  const [registerOpen, register] = useDisclosure(false);
  const state = useSession();
  const accountId = useCurrentAccountId();

  const signOut = async () => {
    await identity.POST('/auth/sign-out').catch(() => undefined);
    // RequireSession then shows the sign-in page with "You are signed out".
    session.signedOut('signedOut');
  };

  const links = accountId
    ? [
        { to: `/accounts/${accountId}/dashboard`, label: 'Dashboard', icon: IconLayoutDashboard },
        { to: `/accounts/${accountId}/subscriptions`, label: 'Subscriptions', icon: IconListDetails },
        { to: `/accounts/${accountId}/proxy-servers`, label: 'Proxy servers', icon: IconServer },
        { to: `/accounts/${accountId}/offline`, label: 'Offline activation', icon: IconFileImport },
        { to: `/accounts/${accountId}/mdm-certificate`, label: 'MDM certificate', icon: IconCertificate },
        { to: `/accounts/${accountId}/profile`, label: 'Business Profile', icon: IconBuilding },
        { to: `/accounts/${accountId}/downloads`, label: 'Downloads', icon: IconDownload },
        { to: `/accounts/${accountId}/support`, label: 'Support', icon: IconHelp },
      ]
    : [{ to: '/personal', label: 'Personal account', icon: IconUser }];

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navOpen } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Burger opened={navOpen} onClick={nav.toggle} hiddenFrom="sm" size="sm" aria-label="Menu" />
            <Text fw={800} c="red.9" visibleFrom="xs">
              My Account
            </Text>
            <AccountSwitcher />
          </Group>
          <Group gap="xs" wrap="nowrap">
            <Button leftSection={<IconKey size={16} />} variant="light" onClick={register.open}>
              Register Key
            </Button>
            <Menu position="bottom-end">
              <Menu.Target>
                <UnstyledButton aria-label="Your profile and sign out">
                  <IconUser size={22} />
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                {state.status === 'signedIn' && (
                  <Menu.Label>
                    {state.user.firstName} {state.user.lastName} · {state.user.email}
                  </Menu.Label>
                )}
                <Menu.Item component={RouterNavLink} to="/profile" leftSection={<IconUserCircle size={16} />}>
                  Personal Profile
                </Menu.Item>
                <Menu.Item component={RouterNavLink} to="/security" leftSection={<IconShieldLock size={16} />}>
                  Security Settings
                </Menu.Item>
                <Menu.Item leftSection={<IconLogout size={16} />} onClick={signOut}>
                  Sign out
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Sections">
        <Stack gap={2}>
          {links.map((link) => (
            <NavLink
              key={link.to}
              component={RouterNavLink}
              to={link.to}
              end={link.label === 'Subscriptions' ? false : true}
              label={link.label}
              leftSection={<link.icon size={18} />}
              onClick={nav.close}
            />
          ))}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
      <RegisterKeyDialog opened={registerOpen} onClose={register.close} />
    </AppShell>
  );
}
