import { Alert, Badge, Button, Card, Group, PasswordInput, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { identity, identityApi } from '../api/clients';
import { errorMessage, fieldErrors } from '../api/errors';
import { SignInMethods } from '../features/social/SignInMethods';
import { QueryState } from '../layout/QueryState';

const dateTime = (iso: string) => new Date(iso).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' });

/** Security Settings: sign-in methods, the password, and the sessions signed in with this account. */
export function SecurityPage() {
  return (
    <Stack maw={960}>
      <Title order={2}>Security Settings</Title>
      <SignInMethods />
      <ChangePasswordCard />
      <SessionsCard />
    </Stack>
  );
}

function ChangePasswordCard() {
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', repeat: '' },
    validate: {
      currentPassword: (v) => (v ? null : 'Enter your current password'),
      newPassword: (v) => (/^(?=.*\p{L})(?=.*\p{N}).{8,128}$/u.test(v) ? null : '8 to 128 characters with a letter and a digit'),
      repeat: (v, values) => (v === values.newPassword ? null : 'The passwords differ'),
    },
  });
  const submit = form.onSubmit(async (v) => {
    setError(null);
    const { data, error: failure } = await identity.POST('/me/password', { body: { currentPassword: v.currentPassword, newPassword: v.newPassword } });
    if (!data) {
      form.setErrors(fieldErrors(failure));
      return setError(errorMessage(failure));
    }
    form.reset();
    await queryClient.invalidateQueries({ queryKey: ['get', '/me/sessions'] });
    notifications.show({
      color: 'green',
      title: 'Password changed',
      message: data.revoked ? `${data.revoked} other session${data.revoked === 1 ? ' was' : 's were'} signed out.` : 'Your other sessions stay signed out.',
    });
  });
  return (
    <Card withBorder component="section" aria-label="Password">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={3} fz="md">
            Password
          </Title>
          <Text size="sm" c="dimmed">
            Changing the password signs out every other session.
          </Text>
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <PasswordInput label="Current password" autoComplete="current-password" required {...form.getInputProps('currentPassword')} />
          <PasswordInput label="New password" autoComplete="new-password" description="8 to 128 characters with a letter and a digit" required {...form.getInputProps('newPassword')} />
          <PasswordInput label="Repeat new password" autoComplete="new-password" required {...form.getInputProps('repeat')} />
          <Button type="submit" w="fit-content" loading={form.submitting}>
            Change password
          </Button>
        </Stack>
      </form>
    </Card>
  );
}

function SessionsCard() {
  const queryClient = useQueryClient();
  const sessions = identityApi.useQuery('get', '/me/sessions');
  const [busy, setBusy] = useState<string | null>(null);
  const done = async (title: string, message: string) => {
    await queryClient.invalidateQueries({ queryKey: ['get', '/me/sessions'] });
    notifications.show({ color: 'green', title, message });
  };
  const revoke = async (id: string) => {
    setBusy(id);
    const { response, error } = await identity.DELETE('/me/sessions/{sessionId}', { params: { path: { sessionId: id } } });
    setBusy(null);
    if (!response.ok) return notifications.show({ color: 'red', title: 'That did not work', message: errorMessage(error) });
    await done('Session signed out', 'That device must sign in again.');
  };
  const revokeOthers = async () => {
    setBusy('others');
    const { data, error } = await identity.DELETE('/me/sessions/others');
    setBusy(null);
    if (!data) return notifications.show({ color: 'red', title: 'That did not work', message: errorMessage(error) });
    await done('Other sessions signed out', `${data.revoked} session${data.revoked === 1 ? '' : 's'} signed out.`);
  };
  return (
    <Card withBorder component="section" aria-label="Sessions">
      <Stack>
        <Group justify="space-between">
          <Title order={3} fz="md">
            Sessions
          </Title>
          <Button size="xs" variant="light" color="red" loading={busy === 'others'} onClick={revokeOthers}>
            Sign out all other sessions
          </Button>
        </Group>
        <QueryState query={sessions}>
          {(data) => (
            <Table.ScrollContainer minWidth={560}>
              <Table aria-label="Sessions">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Device</Table.Th>
                    <Table.Th>IP address</Table.Th>
                    <Table.Th>Signed in</Table.Th>
                    <Table.Th>Last used</Table.Th>
                    <Table.Th>
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((s) => (
                    <Table.Tr key={s.id}>
                      <Table.Td maw={320}>
                        <Text size="sm" lineClamp={2}>
                          {s.userAgent ?? 'Unknown device'}
                        </Text>
                        {s.current && (
                          <Badge size="sm" variant="dot" color="green">
                            This session
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>{s.ip ?? '—'}</Table.Td>
                      <Table.Td>{dateTime(s.createdAt)}</Table.Td>
                      <Table.Td>{dateTime(s.lastUsedAt)}</Table.Td>
                      <Table.Td>
                        {!s.current && (
                          <Button size="xs" variant="subtle" color="red" loading={busy === s.id} onClick={() => revoke(s.id)} aria-label={`Sign out the session last used ${dateTime(s.lastUsedAt)}`}>
                            Sign out
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </QueryState>
      </Stack>
    </Card>
  );
}
