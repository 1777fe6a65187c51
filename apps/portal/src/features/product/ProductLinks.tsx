import { Anchor, Button, Group, Menu } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { licensingApi } from '../../api/clients';

/**
 * The product header links of the guide ("Proxy Servers (1) · Subscriptions · More ▾"), with the
 * More menu leading to Offline Activation and Validation and MDM Certificate Signing.
 */
export function ProductLinks({ accountId }: { accountId: string }) {
  const navigate = useNavigate();
  const dashboard = licensingApi.useQuery('get', '/accounts/{accountId}/dashboard', { params: { path: { accountId } } });
  const servers = dashboard.data?.products.reduce((sum, card) => sum + card.registeredProxyServers, 0);
  const base = `/accounts/${accountId}`;
  return (
    <Group gap="md" wrap="wrap" justify="flex-end" aria-label="Product pages" component="nav">
      <Anchor component={Link} to={`${base}/proxy-servers`} size="sm">
        Proxy Servers{servers === undefined ? '' : ` (${servers})`}
      </Anchor>
      <Anchor component={Link} to={`${base}/subscriptions`} size="sm">
        Subscriptions
      </Anchor>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button variant="subtle" size="compact-sm" rightSection={<IconChevronDown size={14} />}>
            More
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => navigate(`${base}/offline`)}>Offline Activation and Validation</Menu.Item>
          <Menu.Item onClick={() => navigate(`${base}/mdm-certificate`)}>MDM Certificate Signing</Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
