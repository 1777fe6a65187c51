import { Center, Loader } from '@mantine/core';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from './useSession';

/** Signed-in pages: a signed-out person goes to sign-in, and comes back after it. */
export function RequireSession() {
  const state = useSession();
  const location = useLocation();
  if (state.status === 'unknown') {
    return (
      <Center h="100vh">
        <Loader aria-label="Loading" />
      </Center>
    );
  }
  if (state.status === 'signedOut') {
    if (state.reason === 'signedOut') return <Navigate to="/sign-in?signedOut=1" replace />;
    const params = new URLSearchParams({ next: location.pathname + location.search });
    if (state.reason === 'expired') params.set('expired', '1');
    return <Navigate to={`/sign-in?${params}`} replace />;
  }
  return <Outlet />;
}
