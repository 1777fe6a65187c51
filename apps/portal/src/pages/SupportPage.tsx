import { Anchor, Card, CopyButton, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { licensingApi } from '../api/clients';
import { QueryState } from '../layout/QueryState';

/** Support: the account's support code to quote, and the contacts for each of its products. */
export function SupportPage() {
  const accountId = useParams().accountId!;
  const support = licensingApi.useQuery('get', '/accounts/{accountId}/support', { params: { path: { accountId } } });
  return (
    <Stack maw={960}>
      <Title order={2}>Support</Title>
      <QueryState query={support}>
        {(s) => (
          <>
            <Card withBorder component="section" aria-label="Support code">
              <Group justify="space-between" wrap="wrap">
                <Stack gap={2}>
                  <Text size="sm" c="dimmed">
                    Quote this code when you contact support
                  </Text>
                  <Text fw={700} fz="xl">
                    Support Code: {s.supportCode}
                  </Text>
                </Stack>
                <CopyButton value={s.supportCode}>
                  {({ copied, copy }) => (
                    <Button variant="light" onClick={copy}>
                      {copied ? 'Copied' : 'Copy code'}
                    </Button>
                  )}
                </CopyButton>
              </Group>
            </Card>
            <Title order={3} fz="lg">
              Contact Support
            </Title>
            {s.products.length === 0 ? (
              <Text>No product yet. Register a license key first; its support contacts then show here.</Text>
            ) : (
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                {s.products.map((p) => (
                  <Card key={p.product.id} withBorder component="section" aria-label={`${p.product.name} support`}>
                    <Title order={4} fz="md" mb="xs">
                      {p.product.name}
                    </Title>
                    {!p.phone && !p.email && !p.url && <Text c="dimmed">No contact is published yet: write to your vendor with the support code.</Text>}
                    {p.hours && <Text>Hours: {p.hours}</Text>}
                    {p.phone && (
                      <Text>
                        Phone: <Anchor href={`tel:${p.phone.replace(/\s/g, '')}`}>{p.phone}</Anchor>
                      </Text>
                    )}
                    {p.email && (
                      <Text>
                        Email: <Anchor href={`mailto:${p.email}`}>{p.email}</Anchor>
                      </Text>
                    )}
                    {p.url && (
                      <Text>
                        Online:{' '}
                        <Anchor href={p.url} target="_blank" rel="noreferrer">
                          Support web page
                        </Anchor>
                      </Text>
                    )}
                  </Card>
                ))}
              </SimpleGrid>
            )}
          </>
        )}
      </QueryState>
    </Stack>
  );
}
