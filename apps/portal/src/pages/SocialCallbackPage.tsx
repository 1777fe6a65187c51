import { Alert, Anchor, Button, Checkbox, Loader, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { identity, identityApi } from '../api/clients';
import { errorMessage } from '../api/errors';
import { session } from '../api/session';
import { socialErrorMessage } from '../features/social/socialErrors';
import { AuthLayout } from '../layout/AuthLayout';

const TERMS_URL = 'https://www.parallels.com/about/legal/';

/**
 * Where the gateway sends the browser back from Google, Facebook or single sign-on:
 * `?outcome=signed-in|sign-up|link|linked&ticket=…` or `?error=CODE`.
 */
export function SocialCallbackPage() {
  const [params] = useSearchParams();
  const outcome = params.get('outcome');
  const ticket = params.get('ticket') ?? '';
  if (params.get('error')) return <Failed message={socialErrorMessage(params.get('error'))} />;
  if (outcome === 'signed-in' && ticket) return <Redeem ticket={ticket} />;
  if ((outcome === 'sign-up' || outcome === 'link') && ticket) return <PendingStep ticket={ticket} />;
  if (outcome === 'linked') {
    return (
      <AuthLayout title="Sign-in method linked">
        <Stack>
          <Alert color="green">{params.get('method') ?? 'The provider'} now signs you in to this account.</Alert>
          <Button component={Link} to="/" fullWidth>
            Continue
          </Button>
        </Stack>
      </AuthLayout>
    );
  }
  return <Failed message={socialErrorMessage(null)} />;
}

function Failed({ message }: { message: string }) {
  return (
    <AuthLayout title="Sign-in did not work">
      <Stack>
        <Alert color="red" role="alert">
          {message}
        </Alert>
        <Button component={Link} to="/sign-in" fullWidth>
          Back to sign-in
        </Button>
      </Stack>
    </AuthLayout>
  );
}

/** A known identity: the ticket becomes the session (the refresh token goes to the cookie). */
function Redeem({ ticket }: { ticket: string }) {
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void identity.POST('/auth/social/session', { body: { ticket } }).then(({ data, error: failure }) => {
      if (!data) return setError(errorMessage(failure));
      session.established(data, false);
      navigate('/', { replace: true });
    });
  }, [ticket, navigate]);
  if (error) return <Failed message={error} />;
  return (
    <AuthLayout title="Signing you in">
      <Stack align="center">
        <Loader aria-label="Signing you in" />
      </Stack>
    </AuthLayout>
  );
}

function PendingStep({ ticket }: { ticket: string }) {
  const step = identityApi.useQuery('get', '/auth/social/tickets/{ticket}', { params: { path: { ticket } } }, { retry: false });
  if (step.error) return <Failed message={errorMessage(step.error)} />;
  if (!step.data) {
    return (
      <AuthLayout title="One more step">
        <Stack align="center">
          <Loader aria-label="Loading" />
        </Stack>
      </AuthLayout>
    );
  }
  const info = step.data;
  if (info.step === 'sign-up') return <AcceptTerms ticket={ticket} info={info} />;
  return <LinkWithPassword ticket={ticket} info={info} />;
}

type StepInfo = { method?: string; email?: string; firstName?: string; lastName?: string; keepSignedIn: boolean; passwordSignInAvailable?: boolean };

/** Sign-up by a provider: the account is created only once the terms are accepted here. */
function AcceptTerms({ ticket, info }: { ticket: string; info: StepInfo }) {
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { acceptTerms: false, keepSignedIn: info.keepSignedIn },
    validate: { acceptTerms: (v) => (v ? null : 'You must accept the terms of use') },
  });
  const submit = form.onSubmit(async (values) => {
    setError(null);
    const { data, error: failure } = await identity.POST('/auth/social/sign-up', { body: { ticket, acceptTerms: true, keepSignedIn: values.keepSignedIn } });
    if (!data) return setError(errorMessage(failure));
    session.established(data, values.keepSignedIn);
    navigate('/', { replace: true });
  });
  return (
    <AuthLayout title="Create your account" subtitle={`With ${info.method ?? 'your provider'}`}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Text>
            <strong>
              {info.firstName} {info.lastName}
            </strong>
            <br />
            {info.email}
          </Text>
          <Checkbox
            label={
              <>
                I agree with the{' '}
                <Anchor href={TERMS_URL} target="_blank" rel="noreferrer" inherit>
                  Terms of Use
                </Anchor>
              </>
            }
            {...form.getInputProps('acceptTerms', { type: 'checkbox' })}
          />
          <Checkbox label="Keep me signed in" {...form.getInputProps('keepSignedIn', { type: 'checkbox' })} />
          <Button type="submit" loading={form.submitting} fullWidth>
            Create account
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}

/** The email belongs to an existing account: its password proves it is the person's. */
function LinkWithPassword({ ticket, info }: { ticket: string; info: StepInfo }) {
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const form = useForm({ initialValues: { password: '' }, validate: { password: (v) => (v ? null : 'Enter your password') } });
  const submit = form.onSubmit(async (values) => {
    setError(null);
    const { data, error: failure } = await identity.POST('/auth/social/link-with-password', { body: { ticket, password: values.password } });
    if (!data) return setError(errorMessage(failure));
    session.established(data, info.keepSignedIn);
    navigate('/', { replace: true });
  });
  if (!info.passwordSignInAvailable) {
    return (
      <AuthLayout title="You already have an account">
        <Stack>
          <Alert color="blue">
            An account with {info.email} exists. Sign in the way you usually do, then link {info.method} in your security settings.
          </Alert>
          <Button component={Link} to="/sign-in" fullWidth>
            Back to sign-in
          </Button>
        </Stack>
      </AuthLayout>
    );
  }
  return (
    <AuthLayout title="Link to your account" subtitle={`An account with ${info.email ?? 'this email'} exists. Enter its password to sign in with ${info.method} from now on.`}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <PasswordInput label="Password" autoComplete="current-password" required {...form.getInputProps('password')} />
          <Button type="submit" loading={form.submitting} fullWidth>
            Link and sign in
          </Button>
          <Anchor component={Link} to="/sign-in" size="sm" ta="center">
            Cancel
          </Anchor>
        </Stack>
      </form>
    </AuthLayout>
  );
}
