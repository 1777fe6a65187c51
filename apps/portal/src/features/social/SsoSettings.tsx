import { Alert, Button, Card, Code, Group, PasswordInput, Stack, Switch, TagsInput, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { identity, identityApi } from '../../api/clients';
import { errorMessage, fieldErrors } from '../../api/errors';

/**
 * A business account's single sign-on (admins): connect the organisation's OpenID Connect provider
 * (issuer, client id and secret, allowed email domains), require it for members, link it to one's
 * own sign-in (needed before requiring it), or disconnect it. The secret is never shown.
 */
export function SsoSettings({ accountId }: { accountId: string }) {
  const queryClient = useQueryClient();
  const current = identityApi.useQuery('get', '/accounts/{accountId}/sso', { params: { path: { accountId } } });
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const form = useForm({
    initialValues: { issuer: '', clientId: '', clientSecret: '', allowedDomains: [] as string[], required: false },
    validate: {
      issuer: (v) => (/^https?:\/\/\S+$/.test(v) ? null : 'Enter the issuer URL'),
      clientId: (v) => (v.trim() ? null : 'Enter the client id'),
      allowedDomains: (v) => (v.length ? null : 'Add at least one email domain'),
    },
  });
  const data = current.data;
  const { setValues } = form;
  useEffect(() => {
    if (data?.configured) {
      setValues({ issuer: data.issuer ?? '', clientId: data.clientId ?? '', clientSecret: '', allowedDomains: data.allowedDomains, required: data.required });
    }
  }, [data, setValues]);
  const reload = () => queryClient.invalidateQueries({ queryKey: ['get', '/accounts/{accountId}/sso'] });

  const submit = form.onSubmit(async (values) => {
    setError(null);
    setNotice(null);
    const { clientSecret, ...rest } = values;
    const { error: failure } = await identity.PUT('/accounts/{accountId}/sso', {
      params: { path: { accountId } },
      body: { ...rest, ...(clientSecret ? { clientSecret } : {}) },
    });
    if (failure) {
      form.setErrors(fieldErrors(failure));
      return setError(errorMessage(failure));
    }
    setNotice('Single sign-on saved.');
    await reload();
  });

  const linkMine = async () => {
    setError(null);
    const { data: started, error: failure } = await identity.POST('/me/identities/link', { body: { provider: 'sso', accountId } });
    if (!started) return setError(errorMessage(failure));
    window.location.assign(started.authorizationUrl);
  };

  const disconnect = async () => {
    setError(null);
    const { error: failure } = await identity.DELETE('/accounts/{accountId}/sso', { params: { path: { accountId } } });
    if (failure) return setError(errorMessage(failure));
    form.reset();
    setNotice('Single sign-on disconnected.');
    await reload();
  };

  return (
    <Card withBorder padding="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={3}>Single sign-on</Title>
          <Text size="sm" c="dimmed">
            Connect your organisation&apos;s OpenID Connect provider. Register this redirect URI there: <Code>{data?.redirectUri ?? '…'}</Code>
          </Text>
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          {notice && <Alert color="green">{notice}</Alert>}
          <TextInput label="Issuer" placeholder="https://login.example.com" {...form.getInputProps('issuer')} />
          <TextInput label="Client ID" {...form.getInputProps('clientId')} />
          <PasswordInput
            label="Client secret"
            description={data?.clientSecretSet ? 'A secret is stored. Leave empty to keep it.' : undefined}
            autoComplete="off"
            {...form.getInputProps('clientSecret')}
          />
          <TagsInput label="Allowed email domains" placeholder="example.com" {...form.getInputProps('allowedDomains')} />
          <Switch
            label="Require single sign-on for members of this account"
            description="Members must then sign in through your provider to work in this account. Sign in through it yourself first."
            {...form.getInputProps('required', { type: 'checkbox' })}
          />
          <Group>
            <Button type="submit" loading={form.submitting}>
              Save
            </Button>
            {data?.configured && (
              <>
                <Button variant="default" onClick={() => void linkMine()}>
                  Sign in through it (link to my account)
                </Button>
                <Button variant="subtle" color="red" onClick={() => void disconnect()}>
                  Disconnect
                </Button>
              </>
            )}
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
