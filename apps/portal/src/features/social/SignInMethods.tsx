import { Alert, Badge, Button, Card, Group, PasswordInput, Stack, Table, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { identity, identityApi } from '../../api/clients';
import { errorMessage, fieldErrors } from '../../api/errors';

type Provider = 'google' | 'facebook' | 'sso';
const LABELS: Record<'google' | 'facebook', string> = { google: 'Google', facebook: 'Facebook' };

/**
 * Security settings: the ways I sign in. Lists linked providers (unlink each, except the last way
 * to sign in), links Google or Facebook when they are on, and lets a provider-only account set a
 * first password. No props: it works on the signed-in user.
 */
export function SignInMethods() {
  const queryClient = useQueryClient();
  const identities = identityApi.useQuery('get', '/me/identities');
  const methods = identityApi.useQuery('get', '/auth/methods');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['get', '/me/identities'] });

  const link = async (provider: Provider, accountId?: string) => {
    setError(null);
    const { data, error: failure } = await identity.POST('/me/identities/link', { body: { provider, ...(accountId ? { accountId } : {}) } });
    if (!data) return setError(errorMessage(failure));
    window.location.assign(data.authorizationUrl);
  };

  const unlink = async (id: string, method: string) => {
    setError(null);
    setNotice(null);
    const { error: failure } = await identity.DELETE('/me/identities/{identityId}', { params: { path: { identityId: id } } });
    if (failure) return setError(errorMessage(failure));
    setNotice(`${method} no longer signs you in.`);
    await refresh();
  };

  const data = identities.data;
  const linked = new Set(data?.items.map((i) => i.provider));
  const onlyOne = data ? !data.hasPassword && data.items.length <= 1 : true;
  const linkable = (['google', 'facebook'] as const).filter((p) => methods.data?.[p] && !linked.has(p));

  return (
    <Card withBorder padding="lg">
      <Stack>
        <Title order={3}>Sign-in methods</Title>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {notice && <Alert color="green">{notice}</Alert>}
        {identities.isLoading && <Text c="dimmed">Loading…</Text>}
        {data && (
          <Table>
            <Table.Tbody>
              <Table.Tr>
                <Table.Td>Email and password</Table.Td>
                <Table.Td>{data.hasPassword ? <Badge color="#1b5e20">On</Badge> : <Badge color="gray.7">Not set</Badge>}</Table.Td>
                <Table.Td />
              </Table.Tr>
              {data.items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td>
                    <Text>{item.method}</Text>
                    {item.email && (
                      <Text size="xs" c="dimmed">
                        {item.email}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge color="#1b5e20">Linked</Badge>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Button
                      size="xs"
                      variant="default"
                      disabled={onlyOne}
                      title={onlyOne ? 'Your only way to sign in: set a password or link another provider first' : undefined}
                      onClick={() => void unlink(item.id, item.method)}
                    >
                      Unlink {item.method}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {linkable.length > 0 && (
          <Group>
            {linkable.map((p) => (
              <Button key={p} variant="default" onClick={() => void link(p)}>
                Link {LABELS[p]}
              </Button>
            ))}
          </Group>
        )}
        {data && !data.hasPassword && <SetPasswordForm onDone={() => void refresh()} />}
      </Stack>
    </Card>
  );
}

function SetPasswordForm({ onDone }: { onDone: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { password: '', repeat: '' },
    validate: { repeat: (v, values) => (v === values.password ? null : 'The passwords do not match') },
  });
  const submit = form.onSubmit(async (values) => {
    setError(null);
    const { error: failure } = await identity.POST('/me/password/set', { body: { password: values.password } });
    if (failure) {
      form.setErrors(fieldErrors(failure));
      return setError(errorMessage(failure));
    }
    form.reset();
    onDone();
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <Text fw={500}>Set a password</Text>
        <Text size="sm" c="dimmed">
          Then you can also sign in with your email and a password.
        </Text>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <PasswordInput label="New password" description="At least 8 characters, with a letter and a digit" autoComplete="new-password" {...form.getInputProps('password')} />
        <PasswordInput label="Repeat new password" autoComplete="new-password" {...form.getInputProps('repeat')} />
        <Group>
          <Button type="submit" loading={form.submitting}>
            Set password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
