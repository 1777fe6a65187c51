import { Alert, Button, Card, Group, Modal, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { identity, identityApi } from '../api/clients';
import { errorMessage } from '../api/errors';
import { BusinessTabs, ROLE_LABELS } from '../features/business/BusinessTabs';
import { EditCompanyDialog } from '../features/business/EditCompanyDialog';
import { SsoSettings } from '../features/social/SsoSettings';
import { formatDate } from '../features/subscriptions/format';
import { QueryState } from '../layout/QueryState';

/** Business Profile, General: company, support code, my membership, the admins; Edit and Leave. */
export function BusinessProfilePage() {
  const accountId = useParams().accountId!;
  const account = identityApi.useQuery('get', '/accounts/{accountId}', { params: { path: { accountId } } });
  const [editOpen, edit] = useDisclosure(false);
  const [leaveOpen, leave] = useDisclosure(false);
  return (
    <Stack maw={960}>
      <BusinessTabs accountId={accountId} active="general" />
      <QueryState query={account}>
        {(a) => {
          const isAdmin = a.membership.role === 'admin';
          return (
            <>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Card withBorder component="section" aria-label="Company">
                  <Stack gap={4}>
                    <Text size="sm" c="dimmed">
                      Company
                    </Text>
                    <Title order={3} fz="lg">
                      {a.companyName}
                    </Title>
                    {a.street && <Text>{a.street}</Text>}
                    <Text>{[a.city, a.state, a.countryName].filter(Boolean).join(', ')}</Text>
                    <Text>{a.zip}</Text>
                    <Text>tel.: {a.phone}</Text>
                    <Text mt="xs">
                      Support Code: <strong>{a.supportCode}</strong>
                    </Text>
                    {isAdmin && (
                      <Button variant="light" w="fit-content" mt="sm" leftSection={<IconPencil size={16} aria-hidden />} onClick={edit.open}>
                        Edit
                      </Button>
                    )}
                  </Stack>
                </Card>
                <Card withBorder component="section" aria-label="Membership">
                  <Stack gap={4}>
                    <Text size="sm" c="dimmed">
                      Membership
                    </Text>
                    <Group gap="xs">
                      <Text fw={600}>Role</Text>
                      <Text>{ROLE_LABELS[a.membership.role]}</Text>
                    </Group>
                    <Group gap="xs">
                      <Text fw={600}>Member since</Text>
                      <Text>{formatDate(a.membership.memberSince)}</Text>
                    </Group>
                    <Button color="red" variant="outline" w="fit-content" mt="sm" onClick={leave.open}>
                      Leave This Business Account
                    </Button>
                  </Stack>
                </Card>
              </SimpleGrid>
              <Card withBorder component="section" aria-label="Account Admins">
                <Title order={3} fz="md" mb="xs">
                  Account Admins
                </Title>
                {a.admins.map((admin) => (
                  <Text key={admin.userId}>
                    {admin.firstName} {admin.lastName} <Text span c="dimmed">· {admin.email}</Text>
                  </Text>
                ))}
              </Card>
              {isAdmin && <SsoSettings accountId={a.id} />}
              {editOpen && <EditCompanyDialog account={a} opened={editOpen} onClose={edit.close} />}
              <LeaveDialog accountId={a.id} companyName={a.companyName} opened={leaveOpen} onClose={leave.close} />
            </>
          );
        }}
      </QueryState>
    </Stack>
  );
}

function LeaveDialog({ accountId, companyName, opened, onClose }: { accountId: string; companyName: string; opened: boolean; onClose: () => void }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    setBusy(true);
    setError(null);
    const { response, error: failure } = await identity.POST('/accounts/{accountId}/leave', { params: { path: { accountId } } });
    setBusy(false);
    if (!response.ok) return setError(errorMessage(failure));
    await queryClient.invalidateQueries();
    notifications.show({ color: 'green', title: 'You left the business account', message: `You are no longer a member of ${companyName}.` });
    navigate('/personal', { replace: true });
  };
  return (
    <Modal opened={opened} onClose={onClose} title="Leave this business account?">
      <Stack>
        <Text>You will lose access to the subscriptions and license keys of {companyName}. An administrator can invite you again.</Text>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="red" loading={busy} onClick={confirm}>
            Leave
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
