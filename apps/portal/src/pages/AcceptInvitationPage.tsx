import { Alert, Anchor, Button, Checkbox, Group, Loader, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { identity } from '../api/clients';
import { errorMessage } from '../api/errors';
import { session } from '../api/session';
import { AuthLayout } from '../layout/AuthLayout';
import { useSession } from '../session/useSession';

/**
 * "Join Any Company, Inc": the page the invitation email links to. An existing user types their
 * password; a new person chooses names and a password and accepts the terms. Then signed in.
 */
export function AcceptInvitationPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  // Asked once the session is known: resolving it clears the query cache.
  const known = useSession().status !== 'unknown';
  const preview = useQuery({
    queryKey: ['invitation-preview', token],
    enabled: token !== '' && known,
    queryFn: async () => {
      const { data, error } = await identity.POST('/invitations/lookup', { body: { token } });
      if (!data) throw new Error(errorMessage(error));
      return data;
    },
  });
  if (!token || preview.isError) {
    return (
      <AuthLayout title="This invitation cannot be used">
        <Stack>
          <Alert color="red" role="alert">
            {token ? (preview.error?.message ?? 'The link is not valid.') : 'The link has no invitation in it.'}
          </Alert>
          <Text size="sm">Ask an administrator of the business account to send you a new invitation.</Text>
          <Anchor component={Link} to="/sign-in">
            Go to sign in
          </Anchor>
        </Stack>
      </AuthLayout>
    );
  }
  if (!preview.data) {
    return (
      <AuthLayout title="Join a business account">
        <Group justify="center">
          <Loader aria-label="Loading the invitation" />
        </Group>
      </AuthLayout>
    );
  }
  return <JoinForm token={token} invitation={preview.data} />;
}

function JoinForm({ token, invitation }: { token: string; invitation: { companyName: string; email: string; existingUser: boolean; invitedByName: string | null } }) {
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const existing = invitation.existingUser;
  const form = useForm({
    initialValues: { firstName: '', lastName: '', password: '', acceptTerms: false, keepSignedIn: false },
    validate: {
      firstName: (v) => (existing || v.trim() ? null : 'Enter your first name'),
      lastName: (v) => (existing || v.trim() ? null : 'Enter your last name'),
      password: (v) => (!v ? 'Enter a password' : !existing && !/^(?=.*\p{L})(?=.*\p{N}).{8,128}$/u.test(v) ? '8 to 128 characters with a letter and a digit' : null),
      acceptTerms: (v) => (existing || v ? null : 'You must accept the terms of use'),
    },
  });
  const submit = form.onSubmit(async (v) => {
    setError(null);
    const body = existing
      ? { token, password: v.password, keepSignedIn: v.keepSignedIn }
      : { token, password: v.password, keepSignedIn: v.keepSignedIn, firstName: v.firstName.trim(), lastName: v.lastName.trim(), acceptTerms: v.acceptTerms };
    const { data, error: failure } = await identity.POST('/invitations/accept', { body });
    if (!data) return setError(errorMessage(failure));
    session.established(data, v.keepSignedIn);
    navigate(`/accounts/${data.accountId}/dashboard`, { replace: true });
  });
  return (
    <AuthLayout
      title={`Join ${invitation.companyName}`}
      subtitle={invitation.invitedByName ? `${invitation.invitedByName} invited you to this business account.` : 'You are invited to this business account.'}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <TextInput label="Email" value={invitation.email} readOnly />
          {existing ? (
            <Text size="sm">You already have an account with this email: type its password to join.</Text>
          ) : (
            <Group grow>
              <TextInput label="First name" autoComplete="given-name" required {...form.getInputProps('firstName')} />
              <TextInput label="Last name" autoComplete="family-name" required {...form.getInputProps('lastName')} />
            </Group>
          )}
          <PasswordInput
            label="Password"
            autoComplete={existing ? 'current-password' : 'new-password'}
            description={existing ? undefined : '8 to 128 characters with a letter and a digit'}
            required
            {...form.getInputProps('password')}
          />
          {!existing && <Checkbox label="I agree with the Terms of Use" {...form.getInputProps('acceptTerms', { type: 'checkbox' })} />}
          <Checkbox label="Keep me signed in" {...form.getInputProps('keepSignedIn', { type: 'checkbox' })} />
          <Button type="submit" loading={form.submitting} fullWidth>
            Join account
          </Button>
          {existing && (
            <Anchor component={Link} to="/forgot-password" size="sm" ta="center">
              Forgot password?
            </Anchor>
          )}
        </Stack>
      </form>
    </AuthLayout>
  );
}
