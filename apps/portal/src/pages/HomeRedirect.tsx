import { Navigate } from 'react-router';
import { useMyAccounts } from '../features/accounts/useAccounts';
import { QueryState } from '../layout/QueryState';
import { useSession } from '../session/useSession';

/** `/`: the first business account's dashboard, or the personal account when there is none. */
export function HomeRedirect() {
  const state = useSession();
  const accounts = useMyAccounts();
  // Operators start in the back office.
  if (state.status === 'signedIn' && state.user.role === 'operator') return <Navigate to="/operator" replace />;
  return (
    <QueryState query={accounts}>
      {({ items }) => {
        const first = items.find((a) => a.status === 'active') ?? items[0];
        return <Navigate to={first ? `/accounts/${first.id}/dashboard` : '/personal'} replace />;
      }}
    </QueryState>
  );
}
