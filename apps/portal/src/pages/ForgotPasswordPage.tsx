import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link } from 'react-router';
import { identity } from '../api/clients';
import { errorMessage } from '../api/errors';
import { AuthLayout } from '../layout/AuthLayout';

export function ForgotPasswordPage() {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { email: '' },
    validate: { email: (v) => (/^\S+@\S+$/.test(v) ? null : 'Enter your email address') },
  });

  const submit = form.onSubmit(async ({ email }) => {
    setError(null);
    const { response, error: failure } = await identity.POST('/auth/forgot-password', { body: { email } });
    if (!response.ok) return setError(errorMessage(failure));
    setSentTo(email);
  });

  return (
    <AuthLayout title="Reset your password">
      {sentTo ? (
        <Stack>
          <Alert color="green" role="status">
            If an account exists for {sentTo}, we have emailed it a link to choose a new password. The link works for one hour.
          </Alert>
          <Anchor component={Link} to="/sign-in" ta="center">
            Back to sign in
          </Anchor>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text size="sm">Enter the email address you sign in with and we will send you a link to reset your password.</Text>
            {error && (
              <Alert color="red" role="alert">
                {error}
              </Alert>
            )}
            <TextInput label="Email" type="email" autoComplete="email" required {...form.getInputProps('email')} />
            <Button type="submit" loading={form.submitting} fullWidth>
              Send reset link
            </Button>
            <Anchor component={Link} to="/sign-in" size="sm" ta="center">
              Back to sign in
            </Anchor>
          </Stack>
        </form>
      )}
    </AuthLayout>
  );
}
