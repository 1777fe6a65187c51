import { Alert, Anchor, Button, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { identity } from '../api/clients';
import { errorMessage, fieldErrors } from '../api/errors';
import { AuthLayout } from '../layout/AuthLayout';

/** Opened from the emailed /reset-password?token=… link. */
export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { password: '', confirm: '' },
    validate: {
      password: (v) => (v.length >= 8 && /[a-z]/i.test(v) && /\d/.test(v) ? null : 'At least 8 characters with a letter and a digit'),
      confirm: (v, values) => (v === values.password ? null : 'The passwords do not match'),
    },
  });

  const submit = form.onSubmit(async ({ password }) => {
    setError(null);
    const { response, error: failure } = await identity.POST('/auth/reset-password', { body: { token, password } });
    if (!response.ok) {
      form.setErrors(fieldErrors(failure));
      return setError(errorMessage(failure));
    }
    navigate('/sign-in?reset=1', { replace: true });
  });

  if (!token) {
    return (
      <AuthLayout title="Choose a new password">
        <Stack>
          <Alert color="red">This link is incomplete. Open the link from the email again, or ask for a new one.</Alert>
          <Anchor component={Link} to="/forgot-password" ta="center">
            Send a new link
          </Anchor>
        </Stack>
      </AuthLayout>
    );
  }
  return (
    <AuthLayout title="Choose a new password">
      <form onSubmit={submit} noValidate>
        <Stack>
          {error && (
            <Alert color="red" role="alert">
              {error}{' '}
              <Anchor component={Link} to="/forgot-password" size="sm">
                Send a new link
              </Anchor>
            </Alert>
          )}
          <PasswordInput label="New password" autoComplete="new-password" required {...form.getInputProps('password')} />
          <PasswordInput label="Repeat the new password" autoComplete="new-password" required {...form.getInputProps('confirm')} />
          <Button type="submit" loading={form.submitting} fullWidth>
            Change password
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
