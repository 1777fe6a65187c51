import { Alert, Button, Card, Group, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { identity, identityApi } from '../api/clients';
import { errorMessage, fieldErrors } from '../api/errors';
import { session } from '../api/session';
import { QueryState } from '../layout/QueryState';

/** Personal Profile: names, and the email (changed only once the new address confirms it). */
export function ProfilePage() {
  const me = identityApi.useQuery('get', '/me');
  return (
    <Stack maw={720}>
      <Title order={2}>Personal Profile</Title>
      <QueryState query={me}>{(user) => <NamesCard key={user.id} firstName={user.firstName} lastName={user.lastName} />}</QueryState>
      <EmailCard />
    </Stack>
  );
}

function NamesCard({ firstName, lastName }: { firstName: string; lastName: string }) {
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { firstName, lastName },
    validate: { firstName: (v) => (v.trim() ? null : 'Enter your first name'), lastName: (v) => (v.trim() ? null : 'Enter your last name') },
  });
  const submit = form.onSubmit(async (v) => {
    setError(null);
    const { data, error: failure } = await identity.PATCH('/me', { body: { firstName: v.firstName.trim(), lastName: v.lastName.trim() } });
    if (!data) {
      form.setErrors(fieldErrors(failure));
      return setError(errorMessage(failure));
    }
    session.userUpdated(data);
    form.resetDirty({ firstName: data.firstName, lastName: data.lastName });
    await queryClient.invalidateQueries();
    notifications.show({ color: 'green', title: 'Saved', message: 'Your name is updated.' });
  });
  return (
    <Card withBorder component="section" aria-label="Name">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={3} fz="md">
            Name
          </Title>
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Group grow align="flex-start">
            <TextInput label="First name" autoComplete="given-name" required {...form.getInputProps('firstName')} />
            <TextInput label="Last name" autoComplete="family-name" required {...form.getInputProps('lastName')} />
          </Group>
          <Button type="submit" w="fit-content" loading={form.submitting} disabled={!form.isDirty()}>
            Save
          </Button>
        </Stack>
      </form>
    </Card>
  );
}

function EmailCard() {
  const queryClient = useQueryClient();
  const status = identityApi.useQuery('get', '/me/email');
  const [error, setError] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const form = useForm({
    initialValues: { newEmail: '', currentPassword: '' },
    validate: {
      newEmail: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : 'Enter the new email address'),
      currentPassword: (v) => (v ? null : 'Enter your current password'),
    },
  });
  const submit = form.onSubmit(async (v) => {
    setError(null);
    const { data, error: failure } = await identity.POST('/me/email', { body: { newEmail: v.newEmail.trim(), currentPassword: v.currentPassword } });
    if (!data) {
      const fields = fieldErrors(failure);
      if (Object.keys(fields).length) form.setErrors(fields);
      return setError(errorMessage(failure));
    }
    form.reset();
    await queryClient.invalidateQueries({ queryKey: ['get', '/me/email'] });
    notifications.show({ color: 'green', title: 'Check your new mailbox', message: `We sent a confirmation link to ${data.pending?.newEmail ?? v.newEmail}.` });
  });
  const cancel = async () => {
    setCancelling(true);
    const { response, error: failure } = await identity.DELETE('/me/email');
    setCancelling(false);
    if (!response.ok) return setError(errorMessage(failure));
    await queryClient.invalidateQueries({ queryKey: ['get', '/me/email'] });
    notifications.show({ color: 'green', title: 'Email change cancelled', message: 'The link we sent no longer works.' });
  };
  return (
    <Card withBorder component="section" aria-label="Email">
      <Stack>
        <Title order={3} fz="md">
          Email
        </Title>
        <QueryState query={status}>
          {(s) => (
            <Stack>
              <Text>
                You sign in with <strong>{s.email}</strong>.
              </Text>
              {s.pending && (
                <Alert color="blue" title="Waiting for confirmation">
                  <Stack gap="xs">
                    <Text size="sm">
                      We sent a link to {s.pending.newEmail}. Open it to make it your email; until then you keep signing in with {s.email}.
                    </Text>
                    <Button size="xs" variant="default" w="fit-content" loading={cancelling} onClick={cancel}>
                      Cancel the change
                    </Button>
                  </Stack>
                </Alert>
              )}
            </Stack>
          )}
        </QueryState>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <form onSubmit={submit} noValidate>
          <Stack>
            <TextInput label="New email" type="email" autoComplete="email" required {...form.getInputProps('newEmail')} />
            <PasswordInput label="Current password" autoComplete="current-password" required {...form.getInputProps('currentPassword')} />
            <Button type="submit" w="fit-content" loading={form.submitting}>
              Change email
            </Button>
          </Stack>
        </form>
      </Stack>
    </Card>
  );
}
