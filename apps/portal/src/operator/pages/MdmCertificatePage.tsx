import { Alert, Card, Stack, Table, Text, Title } from '@mantine/core';
import { licensingApi } from '../../api/clients';
import { QueryState } from '../../layout/QueryState';
import { formatDateTime } from '../components/format';

/** The MDM vendor certificate licensing signs push certificate requests with, and when it expires. */
export function MdmCertificatePage() {
  const cert = licensingApi.useQuery('get', '/operator/mdm/vendor-certificate');
  return (
    <Stack maw={760}>
      <Title order={2}>MDM vendor certificate</Title>
      <QueryState query={cert}>
        {(c) =>
          !c.configured ? (
            <Alert color="gray" title="MDM signing is not configured">
              Customers&apos; push certificate requests are refused (MDM_NOT_CONFIGURED) until licensing starts with the MDM_VENDOR_KEY, MDM_VENDOR_CERTIFICATE and MDM_CHAIN settings.
            </Alert>
          ) : (
            <Stack>
              {c.daysLeft !== null && c.daysLeft < 0 ? (
                <Alert color="red" role="alert" title="The vendor certificate has expired">
                  Signing stops working: renew the MDM CSR certificate with Apple and restart licensing with it.
                </Alert>
              ) : c.expiresSoon ? (
                <Alert color="orange" role="alert" title={`The vendor certificate expires in ${c.daysLeft} days`}>
                  Renew it with Apple and restart licensing with the new MDM_VENDOR_CERTIFICATE. Operators are emailed once per certificate.
                </Alert>
              ) : (
                <Alert color="green" title={`Valid for ${c.daysLeft} more days`}>
                  Operators are emailed 30 days before it expires.
                </Alert>
              )}
              <Card withBorder>
                <Table variant="vertical" aria-label="Vendor certificate">
                  <Table.Tbody>
                    <Table.Tr>
                      <Table.Th w={160}>Subject</Table.Th>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>{c.subject}</Table.Td>
                    </Table.Tr>
                    <Table.Tr>
                      <Table.Th>Serial number</Table.Th>
                      <Table.Td ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                        {c.serialNumber}
                      </Table.Td>
                    </Table.Tr>
                    <Table.Tr>
                      <Table.Th>Expires</Table.Th>
                      <Table.Td>{formatDateTime(c.expiresAt)}</Table.Td>
                    </Table.Tr>
                    <Table.Tr>
                      <Table.Th>Days left</Table.Th>
                      <Table.Td>{c.daysLeft}</Table.Td>
                    </Table.Tr>
                  </Table.Tbody>
                </Table>
              </Card>
              <Text size="sm" c="dimmed">
                As read by this licensing process at start.
              </Text>
            </Stack>
          )
        }
      </QueryState>
    </Stack>
  );
}
