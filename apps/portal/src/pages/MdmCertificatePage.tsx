import '@mantine/dropzone/styles.css';
import { Alert, Anchor, Breadcrumbs, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { notifications } from '@mantine/notifications';
import { IconCertificate, IconDownload, IconFileUpload } from '@tabler/icons-react';
import { keepPreviousData, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { licensing, licensingApi } from '../api/clients';
import { errorCode, errorMessage } from '../api/errors';
import { useIsAdmin } from '../features/accounts/useIsAdmin';
import { attachmentName, saveFile } from '../features/files/download';
import { csrBody, MDM_REFUSALS, UNAVAILABLE } from '../features/mdm/csr';
import { ProductLinks } from '../features/product/ProductLinks';
import { formatDate } from '../features/subscriptions/format';
import { QueryState } from '../layout/QueryState';
import { Pager } from '../layout/Pager';
import { usePagedUrlState } from '../layout/usePagedUrlState';

const PAGE_SIZE = 10;
const ANSWER_NAME = 'push-certificate-request.plist.b64';

/**
 * MDM certificate signing: upload the CSR made for the MDM push certificate, download the signed
 * push certificate request for Apple Push Certificates Portal, and see the earlier signings. The
 * upload is offered only when the dashboard says signing is available now.
 */
export function MdmCertificatePage() {
  const accountId = useParams().accountId!;
  const queryClient = useQueryClient();
  const isAdmin = useIsAdmin(accountId);
  // The earlier signings' page is in the URL, so a reload or Back shows the same page.
  const { page, setPage } = usePagedUrlState();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; title: string; message: string; file?: { blob: Blob; name: string } } | null>(null);
  const openRef = useRef<() => void>(null);
  const dashboard = licensingApi.useQuery('get', '/accounts/{accountId}/dashboard', { params: { path: { accountId } } });
  const history = licensingApi.useQuery(
    'get',
    '/accounts/{accountId}/mdm/push-certificate-requests',
    { params: { path: { accountId }, query: { page, pageSize: PAGE_SIZE } } },
    { placeholderData: keepPreviousData },
  );
  const availability = dashboard.data?.mdmSigning;
  const canUpload = Boolean(availability?.available) && isAdmin;

  const submit = async (file: File) => {
    setResult(null);
    setBusy(true);
    try {
      const body = await csrBody(file);
      if (!body) {
        setResult({ ok: false, ...MDM_REFUSALS.CSR_INVALID! });
        return;
      }
      const { data, error, response } = await licensing.POST('/accounts/{accountId}/mdm/push-certificate-requests', {
        params: { path: { accountId } },
        body,
        parseAs: 'blob',
      });
      if (error !== undefined || !(data instanceof Blob)) {
        const known = MDM_REFUSALS[errorCode(error) ?? ''];
        setResult({ ok: false, title: known?.title ?? 'The CSR was refused', message: known ? `${known.message} (${errorMessage(error)})` : errorMessage(error) });
        return;
      }
      const name = attachmentName(response, ANSWER_NAME);
      saveFile(data, name);
      setResult({ ok: true, title: 'Push certificate request signed', message: `${name} is downloaded. Upload it to Apple Push Certificates Portal to get the APNs certificate.`, file: { blob: data, name } });
      notifications.show({ color: 'green', message: 'CSR signed' });
      setPage(1);
      await queryClient.invalidateQueries();
    } catch (err) {
      setResult({ ok: false, title: 'The CSR could not be sent', message: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack maw={960}>
      <Group justify="space-between" wrap="wrap">
        <Breadcrumbs>
          <Anchor component={Link} to={`/accounts/${accountId}/dashboard`}>
            Dashboard
          </Anchor>
          <Text>MDM Certificate</Text>
        </Breadcrumbs>
        <ProductLinks accountId={accountId} />
      </Group>
      <Title order={2}>MDM Certificate Signing</Title>
      <Text size="sm">
        To enable the Apple Device Enrollment Program in Parallels Mac Management, upload the Certificate Signing Request (CSR) made for the MDM push
        certificate. You get back the signed push certificate request to upload to Apple Push Certificates Portal, which issues the APNs certificate.
      </Text>
      {availability && !availability.available && (
        <Alert color="yellow" title={UNAVAILABLE[availability.reason ?? '']?.title ?? 'Signing is not available'} role="status">
          {UNAVAILABLE[availability.reason ?? '']?.message ?? 'CSR signing is not available right now.'}
        </Alert>
      )}
      {availability?.available && !isAdmin && (
        <Alert color="yellow" title="Administrators only" role="status">
          Only an administrator of this business account can have a CSR signed.
        </Alert>
      )}
      <Dropzone
        onDrop={(files) => files[0] && void submit(files[0])}
        onReject={() => setResult({ ok: false, ...MDM_REFUSALS.CSR_TOO_LARGE! })}
        maxFiles={1}
        multiple={false}
        maxSize={16 * 1024}
        loading={busy}
        disabled={!canUpload}
        openRef={openRef}
        activateOnClick={false}
        aria-label="Certificate signing request file"
      >
        <Group justify="center" gap="lg" mih={120} style={{ pointerEvents: 'none' }} wrap="nowrap">
          <IconCertificate size={44} stroke={1.4} aria-hidden />
          <Stack gap={4}>
            <Text fw={600}>Drag the CSR file here</Text>
            <Text size="sm" c="dimmed">
              or click Upload CSR (PEM or DER, RSA 2048 bits or more)
            </Text>
          </Stack>
        </Group>
      </Dropzone>
      <Group>
        <Button onClick={() => openRef.current?.()} disabled={!canUpload} loading={busy} leftSection={<IconFileUpload size={16} />}>
          Upload CSR
        </Button>
        {busy && (
          <Text size="sm" c="dimmed" role="status">
            Signing…
          </Text>
        )}
      </Group>
      {result && (
        <Alert color={result.ok ? 'green' : 'red'} title={result.title} role={result.ok ? 'status' : 'alert'}>
          <Stack gap="xs">
            <Text size="sm">{result.message}</Text>
            {result.file && (
              <Group>
                <Button size="xs" variant="light" leftSection={<IconDownload size={14} />} onClick={() => saveFile(result.file!.blob, result.file!.name)}>
                  Download the push certificate request
                </Button>
              </Group>
            )}
          </Stack>
        </Alert>
      )}
      <Card withBorder>
        <Title order={3} fz="md" mb="xs">
          Earlier signings
        </Title>
        <QueryState query={history}>
          {(h) =>
            h.total === 0 ? (
              <Text size="sm" c="dimmed">
                No CSR signed yet for this account. Upload one above; every signing is listed here.
              </Text>
            ) : (
              <Stack>
                <Table.ScrollContainer minWidth={640}>
                  <Table striped aria-label="Earlier signings">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>Signed on</Table.Th>
                        <Table.Th>Signed by</Table.Th>
                        <Table.Th>CSR subject</Table.Th>
                        <Table.Th>Key</Table.Th>
                        <Table.Th>Key fingerprint (SHA-256)</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {h.items.map((r) => (
                        <Table.Tr key={r.id}>
                          <Table.Td>{formatDate(r.createdAt)}</Table.Td>
                          <Table.Td>
                            {r.signedBy.firstName} {r.signedBy.lastName}
                          </Table.Td>
                          <Table.Td>{r.csrSubject}</Table.Td>
                          <Table.Td>RSA {r.publicKeyBits}</Table.Td>
                          <Table.Td>
                            <Text ff="monospace" size="xs" title={r.publicKeyFingerprint}>
                              {r.publicKeyFingerprint.slice(0, 16)}…
                            </Text>
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
                <Pager total={h.total} page={page} pageSize={PAGE_SIZE} onChange={setPage} noun="signing" aria-label="Signing pages" />
              </Stack>
            )
          }
        </QueryState>
      </Card>
    </Stack>
  );
}
