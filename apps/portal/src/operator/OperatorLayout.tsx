import '@mantine/dates/styles.css';
import { Alert, Anchor, AppShell, Burger, Container, Group, Menu, NavLink, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBuilding, IconCertificate, IconListDetails, IconLogout, IconMail, IconPackage, IconUser, IconUsers } from '@tabler/icons-react';
import { Suspense } from 'react';
import { Link, NavLink as RouterNavLink, Outlet } from 'react-router';
import { identity } from '../api/clients';
import { session } from '../api/session';
import { PageLoader } from '../layout/PageLoader';
import { useSession } from '../session/useSession';

const LINKS = [
  { to: '/operator/accounts', label: 'Accounts', icon: IconBuilding },
  { to: '/operator/users', label: 'Users', icon: IconUsers },
  { to: '/operator/subscriptions', label: 'Subscriptions', icon: IconListDetails },
  { to: '/operator/products', label: 'Products', icon: IconPackage },
  { to: '/operator/deliveries', label: 'Email deliveries', icon: IconMail },
  { to: '/operator/mdm-certificate', label: 'MDM certificate', icon: IconCertificate },
];

/** The operators' back office: its own frame and navigation, shown to operators only. */
export function OperatorLayout() {
  const [navOpen, nav] = useDisclosure(false);
  const state = useSession();

  const signOut = async () => {
    await identity.POST('/auth/sign-out').catch(() => undefined);
    session.signedOut('signedOut');
  };

  if (state.status === 'signedIn' && state.user.role !== 'operator') {
    return (
      <Container size={560} py="xl" component="main">
        <Alert color="red" role="alert" title="The back office is for operators">
          <Stack gap="xs">
            <Text size="sm">You are signed in as {state.user.email}, who is not one of the vendor&apos;s operators.</Text>
            <Anchor component={Link} to="/">
              Go to My Account
            </Anchor>
          </Stack>
        </Alert>
      </Container>
    );
  }

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navOpen } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Burger opened={navOpen} onClick={nav.toggle} hiddenFrom="sm" size="sm" aria-label="Menu" />
            <Text fw={800} c="red.9">
              Back office
            </Text>
          </Group>
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
              <Menu.Item leftSection={<IconLogout size={16} />} onClick={signOut}>
                Sign out
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Back office sections">
        <Stack gap={2}>
          {LINKS.map((link) => (
            <NavLink key={link.to} component={RouterNavLink} to={link.to} label={link.label} leftSection={<link.icon size={18} />} onClick={nav.close} />
          ))}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}

