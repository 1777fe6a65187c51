import { Navigate } from 'react-router';
import { useMyAccounts } from '../features/accounts/useAccounts';
import { QueryState } from '../layout/QueryState';

/** `/`: the first business account's dashboard, or the personal account when there is none. */
export function HomeRedirect() {
  const accounts = useMyAccounts();
  return (
    <QueryState query={accounts}>
      {({ items }) => {
        const first = items.find((a) => a.status === 'active') ?? items[0];
        return <Navigate to={first ? `/accounts/${first.id}/dashboard` : '/personal'} replace />;
      }}
    </QueryState>
  );
}
