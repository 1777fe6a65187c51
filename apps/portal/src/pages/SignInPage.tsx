import { Alert, Anchor, Button, Checkbox, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { identity } from '../api/clients';
import { errorMessage } from '../api/errors';
import { session } from '../api/session';
import { SocialButtons } from '../features/social/SocialButtons';
import { AuthLayout } from '../layout/AuthLayout';

export function SignInPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { email: '', password: '', keepSignedIn: false },
    validate: {
      email: (v) => (/^\S+@\S+$/.test(v) ? null : 'Enter your email address'),
      password: (v) => (v ? null : 'Enter your password'),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setError(null);
    const { data, error: failure } = await identity.POST('/auth/sign-in', { body: values });
    if (!data) return setError(errorMessage(failure));
    session.established(data, values.keepSignedIn);
    navigate(safeNext(params.get('next')), { replace: true });
  });

  return (
    <AuthLayout title="Sign in" subtitle="Sign in to manage your subscriptions, license keys and proxy servers.">
      <form onSubmit={submit} noValidate>
        <Stack>
          {params.get('expired') && <Alert color="yellow">Your session has ended. Sign in again.</Alert>}
          {params.get('signedOut') && <Alert color="blue">You are signed out.</Alert>}
          {params.get('reset') && <Alert color="green">Your password has been changed. Sign in with the new one.</Alert>}
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <TextInput label="Email" type="email" autoComplete="email" required {...form.getInputProps('email')} />
          <PasswordInput label="Password" autoComplete="current-password" required {...form.getInputProps('password')} />
          <Group justify="space-between">
            <Checkbox label="Keep me signed in" {...form.getInputProps('keepSignedIn', { type: 'checkbox' })} />
            <Anchor component={Link} to="/forgot-password" size="sm">
              Forgot password?
            </Anchor>
          </Group>
          <Button type="submit" loading={form.submitting} fullWidth>
            Sign in
          </Button>
          <SocialButtons verb="Sign in" keepSignedIn={form.values.keepSignedIn} />
          <Text size="sm" ta="center">
            New here?{' '}
            <Anchor component={Link} to="/sign-up">
              Create an account
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthLayout>
  );
}

/** Only paths of this site, never another origin. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}
