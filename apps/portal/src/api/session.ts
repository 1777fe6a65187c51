import type { IdentityComponents } from '#api-client';

export type SessionUser = IdentityComponents['schemas']['UserResponseDto'];
type SessionResponse = IdentityComponents['schemas']['SessionResponseDto'];

export type SessionState =
  | { status: 'unknown' }
  | { status: 'signedOut'; reason?: 'expired' | 'signedOut' }
  | { status: 'signedIn'; user: SessionUser };

/** Where the gateway exposes each service; the Vite dev server proxies the same prefixes. */
export const API_BASE = {
  identity: '/api/identity',
  licensing: '/api/licensing',
  activation: '/api/activation',
  notification: '/api/notification',
} as const;

// The refresh token travels in the gateway's HttpOnly cookie. While identity still answers it in
// the body too, it is kept for the tab (or, with "keep me signed in", the browser) so a reload
// can resume the session; once the cookie flow is in place this storage stays empty.
const STORAGE_KEY = 'portal.refreshToken';
/** Identity's browser flow: with this header, sign-in, sign-up and refresh keep the refresh token in the HttpOnly cookie. */
export const CSRF_HEADER = 'x-csrf-token';

let accessToken: string | null = null;
let state: SessionState = { status: 'unknown' };
const listeners = new Set<() => void>();
let refreshing: Promise<boolean> | null = null;

function setState(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

export const session = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  getState(): SessionState {
    return state;
  },
  accessToken(): string | null {
    return accessToken;
  },
  /** Takes the answer of sign-in, sign-up or refresh. */
  established(response: SessionResponse, keepSignedIn: boolean): void {
    accessToken = response.accessToken;
    storeRefreshToken(response.refreshToken, keepSignedIn);
    setState({ status: 'signedIn', user: response.user });
  },
  /** The person's own profile changed (names): the header shows it at once. */
  userUpdated(user: SessionUser): void {
    if (state.status === 'signedIn') setState({ status: 'signedIn', user });
  },
  signedOut(reason: 'expired' | 'signedOut'): void {
    accessToken = null;
    clearRefreshToken();
    setState({ status: 'signedOut', reason });
  },
  /** One refresh at a time, whoever asks: concurrent 401s share it (refresh tokens are single use). */
  refresh(): Promise<boolean> {
    refreshing ??= doRefresh().finally(() => {
      refreshing = null;
    });
    return refreshing;
  },
};

async function doRefresh(): Promise<boolean> {
  const stored = readRefreshToken();
  try {
    const res = await fetch(`${API_BASE.identity}/auth/refresh`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1' },
      body: JSON.stringify(stored ? { refreshToken: stored.token } : {}),
    });
    if (!res.ok) {
      if (state.status === 'signedIn') session.signedOut('expired');
      else {
        // Never signed in (or the stored session is gone): simply signed out, no notice.
        clearRefreshToken();
        setState({ status: 'signedOut' });
      }
      return false;
    }
    session.established((await res.json()) as SessionResponse, stored?.persistent ?? false);
    return true;
  } catch {
    // The network failed, not the session: keep what we have, the caller shows the error.
    if (state.status === 'unknown') setState({ status: 'signedOut' });
    return false;
  }
}

function storeRefreshToken(token: string | undefined, persistent: boolean): void {
  clearRefreshToken();
  if (!token) return;
  (persistent ? localStorage : sessionStorage).setItem(STORAGE_KEY, token);
}

function readRefreshToken(): { token: string; persistent: boolean } | null {
  const persistent = localStorage.getItem(STORAGE_KEY);
  if (persistent) return { token: persistent, persistent: true };
  const tab = sessionStorage.getItem(STORAGE_KEY);
  return tab ? { token: tab, persistent: false } : null;
}

function clearRefreshToken(): void {
  localStorage.removeItem(STORAGE_KEY);
  sessionStorage.removeItem(STORAGE_KEY);
}
