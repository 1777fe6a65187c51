import { ActionIcon, Anchor, Breadcrumbs, Button, Card, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { keepPreviousData, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { LicensingComponents } from '#api-client';
import { licensingApi } from '../../api/clients';
import { errorMessage, fieldErrors } from '../../api/errors';
import { Pager } from '../../layout/Pager';
import { QueryState } from '../../layout/QueryState';
import { EmptyState } from '../components/EmptyState';
import { formatBytes, formatDateTime } from '../components/format';
import { notifyDone, notifyFailed } from '../components/notify';

type Download = LicensingComponents['schemas']['DownloadResponseDto'];
const KINDS = [
  { value: 'installer', label: 'Installer' },
  { value: 'document', label: 'Document' },
  { value: 'tool', label: 'Tool' },
] as const;

/** A product: its downloads catalogue per version (add, change, remove) and its support contacts. */
export function ProductPage() {
  const productId = useParams().productId!;
  const products = licensingApi.useQuery('get', '/operator/products', { params: { query: { pageSize: 200 } } });
  const product = products.data?.items.find((p) => p.id === productId);
  return (
    <Stack>
      <Breadcrumbs>
        <Anchor component={Link} to="/operator/products">
          Products
        </Anchor>
        <Text size="sm">{product?.name ?? '…'}</Text>
      </Breadcrumbs>
      <Title order={2}>{product?.name ?? 'Product'}</Title>
      <DownloadsCard productId={productId} />
      <SupportCard productId={productId} />
    </Stack>
  );
}

const DOWNLOADS_PAGE_SIZE = 50;

function DownloadsCard({ productId }: { productId: string }) {
  const [version, setVersion] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<Download | 'new' | null>(null);
  const path = { productId };
  // The versions for the selector (one item is enough to learn them), then the chosen version's
  // downloads, filtered and paged by the server.
  const catalogue = licensingApi.useQuery('get', '/operator/products/{productId}/downloads', { params: { path, query: { pageSize: 1 } } });
  const versions = catalogue.data?.versions ?? [];
  const shown = version && versions.includes(version) ? version : (versions[0] ?? null);
  const downloads = licensingApi.useQuery(
    'get',
    '/operator/products/{productId}/downloads',
    { params: { path, query: { version: shown ?? undefined, page, pageSize: DOWNLOADS_PAGE_SIZE } } },
    { enabled: shown !== null, placeholderData: keepPreviousData },
  );
  const choose = (next: string | null) => {
    setVersion(next);
    setPage(1);
  };

  return (
    <Card withBorder component="section" aria-labelledby="downloads-title">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={3} fz="lg" id="downloads-title">
            Downloads catalogue
          </Title>
          <Group gap="xs" wrap="wrap">
            {versions.length > 0 && <Select aria-label="Version" data={versions} value={shown} onChange={choose} allowDeselect={false} w={140} />}
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
              Add download
            </Button>
          </Group>
        </Group>
        <QueryState query={catalogue}>
          {() =>
            shown === null ? (
              <EmptyState title="No downloads yet">Click Add download to publish an installer, document or tool for a version.</EmptyState>
            ) : (
              <QueryState query={downloads}>
                {(data) => (
              <Stack gap="xs">
              <Table.ScrollContainer minWidth={720}>
                <Table striped aria-label={`Downloads of version ${shown}`}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Name</Table.Th>
                      <Table.Th>Kind</Table.Th>
                      <Table.Th ta="right">Size</Table.Th>
                      <Table.Th>Address</Table.Th>
                      <Table.Th>Updated</Table.Th>
                      <Table.Th>
                        <Text span size="sm" fw={600}>
                          Actions
                        </Text>
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((d) => (
                      <Table.Tr key={d.id}>
                        <Table.Td>{d.name}</Table.Td>
                        <Table.Td>{KINDS.find((k) => k.value === d.kind)?.label ?? d.kind}</Table.Td>
                        <Table.Td ta="right">{formatBytes(d.sizeBytes)}</Table.Td>
                        <Table.Td maw={280} style={{ overflowWrap: 'anywhere' }}>
                          <Anchor href={d.url} target="_blank" rel="noreferrer" size="sm">
                            {d.url}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{formatDateTime(d.updatedAt)}</Table.Td>
                        <Table.Td>
                          <Group gap={4} wrap="nowrap">
                            <ActionIcon variant="subtle" aria-label={`Change ${d.name}`} onClick={() => setEditing(d)}>
                              <IconPencil size={16} />
                            </ActionIcon>
                            <DeleteDownload download={d} />
                          </Group>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Pager total={data.total} page={data.page} pageSize={data.pageSize} onChange={setPage} noun="download" aria-label="Download pages" />
              </Stack>
                )}
              </QueryState>
            )
          }
        </QueryState>
      </Stack>
      {editing && (
        <DownloadDialog
          productId={productId}
          download={editing === 'new' ? null : editing}
          defaultVersion={shown ?? ''}
          onClose={(savedVersion) => {
            setEditing(null);
            if (savedVersion) choose(savedVersion);
          }}
        />
      )}
    </Card>
  );
}

function DeleteDownload({ download }: { download: Download }) {
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const remove = licensingApi.useMutation('delete', '/operator/downloads/{downloadId}');
  return (
    <>
      <ActionIcon variant="subtle" color="red" aria-label={`Remove ${download.name}`} onClick={() => setConfirming(true)}>
        <IconTrash size={16} />
      </ActionIcon>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title="Remove the download">
        <Stack>
          <Text size="sm">
            {download.name} ({download.version}) disappears from every customer&apos;s downloads page.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              Keep it
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() =>
                remove.mutate(
                  { params: { path: { downloadId: download.id } } },
                  {
                    onSuccess: async () => {
                      notifyDone(`${download.name} removed`);
                      setConfirming(false);
                      await queryClient.invalidateQueries();
                    },
                    onError: notifyFailed,
                  },
                )
              }
            >
              Remove
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

function DownloadDialog({ productId, download, defaultVersion, onClose }: { productId: string; download: Download | null; defaultVersion: string; onClose: (savedVersion?: string) => void }) {
  const queryClient = useQueryClient();
  const create = licensingApi.useMutation('post', '/operator/products/{productId}/downloads');
  const update = licensingApi.useMutation('patch', '/operator/downloads/{downloadId}');
  const form = useForm({
    initialValues: {
      version: download?.version ?? defaultVersion,
      name: download?.name ?? '',
      kind: download?.kind ?? 'installer',
      sizeBytes: (download?.sizeBytes ?? '') as number | string,
      sha256: download?.sha256 ?? '',
      url: download?.url ?? '',
    },
    validate: {
      version: (v) => (/^[0-9A-Za-z][0-9A-Za-z.+-]{0,49}$/.test(v.trim()) ? null : 'A version like 7.2.1'),
      name: (v) => (v.trim() ? null : 'Enter a name'),
      sizeBytes: (v) => (v !== '' && Number(v) >= 0 ? null : 'Enter the size in bytes'),
      sha256: (v) => (/^[0-9a-fA-F]{64}$/.test(v.trim()) ? null : '64 hexadecimal characters'),
      url: (v) => (/^https?:\/\/\S+$/.test(v.trim()) ? null : 'An http(s) address'),
    },
  });
  const pending = create.isPending || update.isPending;
  const error = create.error ?? update.error;

  const submit = form.onSubmit((v) => {
    const body = { version: v.version.trim(), name: v.name.trim(), kind: v.kind, sizeBytes: Number(v.sizeBytes), sha256: v.sha256.trim(), url: v.url.trim() };
    const options = {
      onSuccess: async () => {
        notifyDone(download ? `${body.name} changed` : `${body.name} added to version ${body.version}`);
        await queryClient.invalidateQueries();
        onClose(body.version);
      },
      onError: (e: unknown) => form.setErrors(fieldErrors(e)),
    };
    if (download) update.mutate({ params: { path: { downloadId: download.id } }, body }, options);
    else create.mutate({ params: { path: { productId } }, body }, options);
  });

  return (
    <Modal opened onClose={() => onClose()} title={download ? `Change ${download.name}` : 'Add a download'} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Version" placeholder="7.2.1" {...form.getInputProps('version')} data-autofocus />
            <Select label="Kind" data={KINDS.map((k) => ({ ...k }))} allowDeselect={false} {...form.getInputProps('kind')} />
            <TextInput label="Name" placeholder="Mac Management installer" {...form.getInputProps('name')} />
            <NumberInput label="Size in bytes" min={0} allowDecimal={false} thousandSeparator="," {...form.getInputProps('sizeBytes')} />
          </SimpleGrid>
          <TextInput label="SHA-256" ff="monospace" {...form.getInputProps('sha256')} />
          <TextInput label="Download address" placeholder="https://downloads.example.com/…" {...form.getInputProps('url')} />
          {error && !Object.keys(fieldErrors(error)).length && (
            <Text c="red" size="sm" role="alert">
              {errorMessage(error)}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => onClose()}>
              Cancel
            </Button>
            <Button type="submit" loading={pending}>
              {download ? 'Save' : 'Add download'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function SupportCard({ productId }: { productId: string }) {
  const queryClient = useQueryClient();
  const support = licensingApi.useQuery('get', '/operator/products/{productId}/support', { params: { path: { productId } } });
  const save = licensingApi.useMutation('put', '/operator/products/{productId}/support');
  const form = useForm({ initialValues: { email: '', phone: '', url: '', hours: '' } });
  const { data } = support;
  useEffect(() => {
    if (data) form.setValues({ email: data.email ?? '', phone: data.phone ?? '', url: data.url ?? '', hours: data.hours ?? '' });
    // The form follows the server's answer (form methods are stable across renders).
  }, [data]);
  const submit = form.onSubmit((v) =>
    save.mutate(
      { params: { path: { productId } }, body: { email: v.email.trim() || null, phone: v.phone.trim() || null, url: v.url.trim() || null, hours: v.hours.trim() || null } },
      {
        onSuccess: async () => {
          notifyDone('Support contacts saved');
          await queryClient.invalidateQueries();
        },
        onError: (e) => form.setErrors(fieldErrors(e)),
      },
    ),
  );
  return (
    <Card withBorder component="section" aria-labelledby="support-title">
      <Title order={3} fz="lg" mb="sm" id="support-title">
        Support contacts
      </Title>
      <QueryState query={support}>
        {() => (
          <form onSubmit={submit} noValidate>
            <Stack>
              <Text size="sm" c="dimmed">
                Shown to customers on their Support page with their support code. Empty fields are not shown.
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput label="Email" type="email" {...form.getInputProps('email')} />
                <TextInput label="Phone" {...form.getInputProps('phone')} />
                <TextInput label="Support site" placeholder="https://…" {...form.getInputProps('url')} />
                <TextInput label="Hours" placeholder="24/7" {...form.getInputProps('hours')} />
              </SimpleGrid>
              {save.error && !Object.keys(fieldErrors(save.error)).length && (
                <Text c="red" size="sm" role="alert">
                  {errorMessage(save.error)}
                </Text>
              )}
              <Group justify="flex-end">
                <Button type="submit" loading={save.isPending}>
                  Save support contacts
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </QueryState>
    </Card>
  );
}
