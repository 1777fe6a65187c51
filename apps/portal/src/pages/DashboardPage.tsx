import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { licensingApi } from '../api/clients';
import { QueryState } from '../layout/QueryState';

/** Dashboard: one card per product, with the rows the guide lists. */
export function DashboardPage() {
  const accountId = useParams().accountId!;
  const dashboard = licensingApi.useQuery('get', '/accounts/{accountId}/dashboard', { params: { path: { accountId } } });
  return (
    <Stack>
      <Title order={2}>Products</Title>
      <QueryState query={dashboard}>
        {(data) =>
          data.products.length === 0 ? (
            <Text>No subscriptions yet. Click Register Key to register the license key of your subscription.</Text>
          ) : (
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              {data.products.map((card) => (
                <Card key={card.product.id} withBorder padding="lg" aria-label={card.product.name} component="section">
                  <Group justify="space-between" mb="xs" wrap="wrap">
                    <Title order={3} fz="lg">
                      {card.product.name}
                    </Title>
                    <Anchor component={Link} to={`/accounts/${accountId}/subscriptions`} size="sm">
                      All Subscriptions ({card.allSubscriptions})
                    </Anchor>
                  </Group>
                  <Text c="dimmed" size="sm" mb="sm">
                    for {card.licensedComputers} managed computers
                  </Text>
                  <Table verticalSpacing="xs">
                    <Table.Tbody>
                      <Table.Tr>
                        <Table.Td>
                          <Anchor component={Link} to={`/accounts/${accountId}/subscriptions?status=active&productId=${card.product.id}`}>
                            Active subscriptions
                          </Anchor>
                        </Table.Td>
                        <Table.Td ta="right">{card.activeSubscriptions}</Table.Td>
                      </Table.Tr>
                      <Table.Tr>
                        <Table.Td>
                          <Anchor component={Link} to={`/accounts/${accountId}/proxy-servers`}>
                            Registered proxy servers
                          </Anchor>
                        </Table.Td>
                        <Table.Td ta="right">{card.registeredProxyServers}</Table.Td>
                      </Table.Tr>
                      <Table.Tr>
                        <Table.Td>
                          {card.offlineOperationsEnabled ? (
                            <Anchor component={Link} to={`/accounts/${accountId}/offline`}>
                              Offline Operations
                            </Anchor>
                          ) : (
                            'Offline Operations'
                          )}
                        </Table.Td>
                        <Table.Td ta="right">
                          <Badge color={card.offlineOperationsEnabled ? 'green' : 'gray'} variant="light">
                            {card.offlineOperationsEnabled ? 'Enabled' : 'Not enabled'}
                          </Badge>
                        </Table.Td>
                      </Table.Tr>
                      <Table.Tr>
                        <Table.Td>Support</Table.Td>
                        <Table.Td ta="right">
                          {card.links.supportPage ? (
                            <Anchor href={card.links.supportPage} target="_blank" rel="noreferrer">
                              Support page
                            </Anchor>
                          ) : (
                            <Anchor component={Link} to={`/accounts/${accountId}/support`} size="sm">
                              Support code {data.supportCode}
                            </Anchor>
                          )}
                        </Table.Td>
                      </Table.Tr>
                      <Table.Tr>
                        <Table.Td>Downloads</Table.Td>
                        <Table.Td ta="right">
                          <Anchor component={Link} to={`/accounts/${accountId}/downloads?productId=${card.product.id}`} size="sm">
                            Installers for each version
                          </Anchor>
                        </Table.Td>
                      </Table.Tr>
                      <Table.Tr>
                        <Table.Td>
                          MDM certificate
                          {!data.mdmSigning.available && (
                            <Text size="xs" c="dimmed">
                              {data.mdmSigning.reason === 'SUBSCRIPTION_REQUIRED' ? 'Signing needs an active subscription' : 'Signing is not available now'}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td ta="right">
                          <Button component={Link} to={`/accounts/${accountId}/mdm-certificate`} size="compact-sm" variant="light">
                            MDM Certificate
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    </Table.Tbody>
                  </Table>
                </Card>
              ))}
            </SimpleGrid>
          )
        }
      </QueryState>
    </Stack>
  );
}
