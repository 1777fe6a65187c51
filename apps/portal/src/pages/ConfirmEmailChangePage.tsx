import { Alert, Anchor, Group, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { identity } from '../api/clients';
import { errorMessage } from '../api/errors';
import { session } from '../api/session';
import { AuthLayout } from '../layout/AuthLayout';
import { useSession } from '../session/useSession';

type Outcome = { email: string; error?: undefined } | { email?: undefined; error: string };

/** The page the link sent to a new email address opens: it confirms the change (no session needed). */
export function ConfirmEmailChangePage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const state = useSession();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // The link works once: confirm exactly once, after the session is known (its start clears caches).
  const started = useRef(false);
  useEffect(() => {
    if (!token || started.current || state.status === 'unknown') return;
    started.current = true;
    void identity.POST('/email-change/confirm', { body: { token } }).then(({ data, error }) => {
      setOutcome(data ? { email: data.email } : { error: errorMessage(error) });
      // A signed-in tab shows the new address at once.
      if (data && session.getState().status === 'signedIn') void session.refresh();
    });
  }, [token, state.status]);
  if (token && !outcome) {
    return (
      <AuthLayout title="Confirming your new email">
        <Group justify="center">
          <Loader aria-label="Confirming" />
        </Group>
      </AuthLayout>
    );
  }
  if (!outcome?.email) {
    return (
      <AuthLayout title="Your email was not changed">
        <Stack>
          <Alert color="red" role="alert">
            {outcome?.error ?? 'The link has no confirmation in it.'}
          </Alert>
          <Text size="sm">Open Personal Profile and ask for the change again.</Text>
          <Anchor component={Link} to="/profile">
            Go to Personal Profile
          </Anchor>
        </Stack>
      </AuthLayout>
    );
  }
  return (
    <AuthLayout title="Your email is changed">
      <Stack>
        <Alert color="green">From now on you sign in with {outcome.email}.</Alert>
        <Anchor component={Link} to="/">
          Continue to My Account
        </Anchor>
      </Stack>
    </AuthLayout>
  );
}
