import { Anchor, Badge, Card, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useParams, useSearchParams } from 'react-router';
import { licensingApi } from '../api/clients';
import { QueryState } from '../layout/QueryState';

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);
const KIND_LABELS = { installer: 'Installer', document: 'Documentation', tool: 'Tool' } as const;

/** Downloads: software and documentation of a product, with the version selector at the top. */
export function DownloadsPage() {
  const accountId = useParams().accountId!;
  const [params, setParams] = useSearchParams();
  const dashboard = licensingApi.useQuery('get', '/accounts/{accountId}/dashboard', { params: { path: { accountId } } });
  const products = dashboard.data?.products.map((p) => p.product) ?? [];
  const productId = params.get('productId') ?? products[0]?.id ?? null;
  const version = params.get('version') ?? undefined;
  const downloads = licensingApi.useQuery(
    'get',
    '/accounts/{accountId}/products/{productId}/downloads',
    { params: { path: { accountId, productId: productId ?? '' }, query: version ? { version } : {} } },
    { enabled: productId !== null },
  );
  const choose = (next: { productId?: string; version?: string | null }) => {
    const p = new URLSearchParams(params);
    if (next.productId) {
      p.set('productId', next.productId);
      p.delete('version');
    }
    if (next.version) p.set('version', next.version);
    setParams(p, { replace: true });
  };
  return (
    <Stack maw={1000}>
      <Title order={2}>Downloads</Title>
      <QueryState query={dashboard}>
        {() =>
          productId === null ? (
            <Text>No product yet. Click Register Key to register the license key of your subscription; its downloads then show here.</Text>
          ) : (
            <QueryState query={downloads}>
              {(d) => (
                <Stack>
                  <Group wrap="wrap">
                    {products.length > 1 && (
                      <Select label="Product" allowDeselect={false} value={productId} data={products.map((p) => ({ value: p.id, label: p.name }))} onChange={(v) => v && choose({ productId: v })} />
                    )}
                    <Select
                      label="Version"
                      allowDeselect={false}
                      value={d.version}
                      data={d.versions}
                      disabled={d.versions.length === 0}
                      placeholder="No versions"
                      onChange={(v) => choose({ version: v })}
                      w={200}
                    />
                  </Group>
                  <Card withBorder padding={0} component="section" aria-label={`${d.product.name} downloads`}>
                    {d.items.length === 0 ? (
                      <Text p="md">No downloads are published for {d.product.name} yet. Check again later or contact support.</Text>
                    ) : (
                      <Table.ScrollContainer minWidth={560}>
                        <Table aria-label="Downloads">
                          <Table.Thead>
                            <Table.Tr>
                              <Table.Th>Name</Table.Th>
                              <Table.Th>Kind</Table.Th>
                              <Table.Th>Size</Table.Th>
                              <Table.Th>SHA-256</Table.Th>
                            </Table.Tr>
                          </Table.Thead>
                          <Table.Tbody>
                            {d.items.map((item) => (
                              <Table.Tr key={item.id}>
                                <Table.Td>
                                  <Anchor href={item.url} target="_blank" rel="noreferrer">
                                    {item.name}
                                  </Anchor>
                                </Table.Td>
                                <Table.Td>
                                  <Badge variant="light" color="gray">
                                    {KIND_LABELS[item.kind]}
                                  </Badge>
                                </Table.Td>
                                <Table.Td>{size(item.sizeBytes)}</Table.Td>
                                <Table.Td>
                                  <Text size="xs" ff="monospace" title={item.sha256}>
                                    {item.sha256.slice(0, 12)}…
                                  </Text>
                                </Table.Td>
                              </Table.Tr>
                            ))}
                          </Table.Tbody>
                        </Table>
                      </Table.ScrollContainer>
                    )}
                  </Card>
                </Stack>
              )}
            </QueryState>
          )
        }
      </QueryState>
    </Stack>
  );
}
