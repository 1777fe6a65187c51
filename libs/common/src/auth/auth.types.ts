import type { FastifyRequest } from 'fastify';
import type { AccountScope } from './account-scope.js';

/** Who is calling, from a verified access token. */
export interface AuthenticatedUser {
  id: string;
  email: string;
  role: 'user' | 'operator';
  /** The session (refresh-token family) the token belongs to; always live once a guard accepted it. */
  sessionId?: string;
}

/** The caller's membership in the account named by the route's `:accountId`. */
export interface AccountContext {
  /** The account, as the scope its repository methods take. */
  accountId: AccountScope;
  membershipId: string;
  role: 'member' | 'admin';
}

export interface AuthenticatedRequest extends FastifyRequest {
  user?: AuthenticatedUser;
  account?: AccountContext;
}

/** Redis key that marks a session revoked until its last access token has expired. */
export function revokedSessionKey(prefix: string, sessionId: string): string {
  return `${prefix}:revoked-session:${sessionId}`;
}
