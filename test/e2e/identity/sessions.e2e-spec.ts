import { describe, expect, it } from '@jest/globals';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { useHarness } from '../../support/suite.js';
import { bearer, PASSWORD, sidOf, signIn, signUp } from './identity-helpers.js';

describe('identity: sessions, refresh tokens, profile and password', () => {
  const h = useHarness({ services: ['identity'] });

  it('issues an access token carrying the session id, and an opaque refresh token stored only hashed', async () => {
    const me = await signUp(h);
    const jwks = await h.identity.get('/.well-known/jwks.json');
    const { payload } = await jwtVerify(me.accessToken, createLocalJWKSet(jwks.body));
    expect(payload).toMatchObject({ sub: me.id, email: me.email, role: 'user', sid: me.sessionId });
    expect(me.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [row] = await h.db.query(`SELECT refresh_token_hash, keep_signed_in FROM sessions WHERE id = $1`, [me.sessionId]);
    expect(row.refresh_token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.refresh_token_hash).not.toContain(me.refreshToken);
    expect(JSON.stringify(row)).not.toContain(me.refreshToken);
  });

  it('ends a session within hours, or after 30 days with "keep me signed in"', async () => {
    const me = await signUp(h);
    const short = await signIn(h, me.email);
    const long = await signIn(h, me.email, PASSWORD, { keepSignedIn: true });
    const hours = (iso: string) => (new Date(iso).getTime() - Date.now()) / 3_600_000;
    expect(hours(short.body.refreshTokenExpiresAt)).toBeGreaterThan(11.9);
    expect(hours(short.body.refreshTokenExpiresAt)).toBeLessThanOrEqual(12);
    expect(hours(long.body.refreshTokenExpiresAt)).toBeGreaterThan(30 * 24 - 0.1);
  });

  it('rotates the refresh token on every use', async () => {
    const me = await signUp(h);
    const first = await h.identity.post('/auth/refresh').send({ refreshToken: me.refreshToken });
    expect(first.status).toBe(200);
    expect(first.body.refreshToken).not.toBe(me.refreshToken);
    expect(first.body.sessionId).toBe(me.sessionId);
    expect(sidOf(first.body.accessToken)).toBe(me.sessionId);
    const second = await h.identity.post('/auth/refresh').send({ refreshToken: first.body.refreshToken });
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first.body.refreshToken);
    expect((await h.identity.get('/me').set(bearer(second.body.accessToken))).status).toBe(200);
  });

  it('answers two refreshes at once with the same new pair (two tabs), without signing out', async () => {
    const me = await signUp(h);
    const [a, b] = await Promise.all([
      h.identity.post('/auth/refresh').send({ refreshToken: me.refreshToken }),
      h.identity.post('/auth/refresh').send({ refreshToken: me.refreshToken }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body.refreshToken).toBe(b.body.refreshToken);
    expect(a.body.refreshToken).not.toBe(me.refreshToken);
    expect((await h.identity.get('/me').set(bearer(b.body.accessToken))).status).toBe(200);
    const next = await h.identity.post('/auth/refresh').send({ refreshToken: a.body.refreshToken });
    expect(next.status).toBe(200);
    // Once the successor was used, the first token is a reuse even inside the window.
    const late = await h.identity.post('/auth/refresh').send({ refreshToken: me.refreshToken });
    expect(late.status).toBe(401);
    expect(late.body.code).toBe('REFRESH_TOKEN_REUSED');
  });

  it('revokes the whole session when an old refresh token is used again after the grace window', async () => {
    const me = await signUp(h);
    const rotated = await h.identity.post('/auth/refresh').send({ refreshToken: me.refreshToken });
    expect(rotated.status).toBe(200);
    await h.db.query(`UPDATE retired_refresh_tokens SET retired_at = now() - interval '11 seconds' WHERE session_id = $1`, [me.sessionId]);

    const replay = await h.identity.post('/auth/refresh').send({ refreshToken: me.refreshToken });
    expect(replay.status).toBe(401);
    expect(replay.body.code).toBe('REFRESH_TOKEN_REUSED');

    // The legitimate holder's newer refresh token and access tokens are dead too.
    const next = await h.identity.post('/auth/refresh').send({ refreshToken: rotated.body.refreshToken });
    expect(next.status).toBe(401);
    expect(next.body.code).toBe('SESSION_REVOKED');
    const access = await h.identity.get('/me').set(bearer(rotated.body.accessToken));
    expect(access.status).toBe(401);
    expect(access.body.code).toBe('SESSION_REVOKED');
    const [row] = await h.db.query(`SELECT revoked_reason FROM sessions WHERE id = $1`, [me.sessionId]);
    expect(row.revoked_reason).toBe('refresh-token-reuse');
  });

  it('refuses an unknown refresh token and an expired session', async () => {
    const unknown = await h.identity.post('/auth/refresh').send({ refreshToken: 'x'.repeat(43) });
    expect(unknown.status).toBe(401);
    expect(unknown.body.code).toBe('INVALID_REFRESH_TOKEN');

    const me = await signUp(h);
    await h.db.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE id = $1`, [me.sessionId]);
    const expired = await h.identity.post('/auth/refresh').send({ refreshToken: me.refreshToken });
    expect(expired.status).toBe(401);
    expect(expired.body.code).toBe('SESSION_EXPIRED');
  });

  it('signs out: the access token and the refresh token stop working at once', async () => {
    const me = await signUp(h);
    const out = await h.identity.post('/auth/sign-out').set(bearer(me.accessToken));
    expect(out.status).toBe(204);
    const after = await h.identity.get('/me').set(bearer(me.accessToken));
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('SESSION_REVOKED');
    const refresh = await h.identity.post('/auth/refresh').send({ refreshToken: me.refreshToken });
    expect(refresh.body.code).toBe('SESSION_REVOKED');
  });

  it('lists my sessions with device and IP, and revokes one, the others, or all', async () => {
    const me = await signUp(h);
    const laptop = await signIn(h, me.email).set('user-agent', 'Laptop Safari/17').set('x-forwarded-for', '203.0.113.7');
    const phone = await signIn(h, me.email).set('user-agent', 'Phone Mobile/1');
    const tablet = await signIn(h, me.email).set('user-agent', 'Tablet/2');

    const list = await h.identity.get('/me/sessions').set(bearer(laptop.body.accessToken));
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(4);
    const current = list.body.items.find((s: { current: boolean }) => s.current);
    expect(current).toMatchObject({ id: laptop.body.sessionId, userAgent: 'Laptop Safari/17', ip: '203.0.113.7', keepSignedIn: false });
    expect(current.lastUsedAt).toEqual(expect.any(String));

    // Paged in SQL, most recently used first: page 2 of 3 per page holds the oldest session, the total is echoed.
    const page2 = await h.identity.get('/me/sessions?page=2&pageSize=3').set(bearer(laptop.body.accessToken));
    expect(page2.status).toBe(200);
    expect(page2.body).toMatchObject({ page: 2, pageSize: 3, total: 4 });
    expect(page2.body.items.map((s: { id: string }) => s.id)).toEqual([list.body.items[3].id]);
    const page1 = await h.identity.get('/me/sessions?page=1&pageSize=3').set(bearer(laptop.body.accessToken));
    expect(page1.body.items.map((s: { id: string }) => s.id)).toEqual(list.body.items.slice(0, 3).map((s: { id: string }) => s.id));
    const beyond = await h.identity.get('/me/sessions?page=3&pageSize=3').set(bearer(laptop.body.accessToken));
    expect(beyond.body).toMatchObject({ items: [], page: 3, total: 4 });

    // Someone else's session is not mine to revoke.
    const stranger = await signUp(h);
    const foreign = await h.identity.delete(`/me/sessions/${stranger.sessionId}`).set(bearer(me.accessToken));
    expect(foreign.status).toBe(404);
    expect(foreign.body.code).toBe('SESSION_NOT_FOUND');
    expect((await h.identity.get('/me').set(bearer(stranger.accessToken))).status).toBe(200);

    const one = await h.identity.delete(`/me/sessions/${phone.body.sessionId}`).set(bearer(laptop.body.accessToken));
    expect(one.status).toBe(204);
    expect((await h.identity.get('/me').set(bearer(phone.body.accessToken))).body.code).toBe('SESSION_REVOKED');

    const others = await h.identity.delete('/me/sessions/others').set(bearer(laptop.body.accessToken));
    expect(others.status).toBe(200);
    expect(others.body).toEqual({ revoked: 2 });
    expect((await h.identity.get('/me').set(bearer(tablet.body.accessToken))).status).toBe(401);
    expect((await h.identity.get('/me').set(bearer(me.accessToken))).status).toBe(401);
    expect((await h.identity.get('/me').set(bearer(laptop.body.accessToken))).status).toBe(200);

    const all = await h.identity.delete('/me/sessions').set(bearer(laptop.body.accessToken));
    expect(all.body).toEqual({ revoked: 1 });
    expect((await h.identity.get('/me').set(bearer(laptop.body.accessToken))).status).toBe(401);
  });

  it('shows and edits my profile', async () => {
    const me = await signUp(h);
    const view = await h.identity.get('/me').set(bearer(me.accessToken));
    expect(view.body).toEqual({ id: me.id, email: me.email, firstName: 'Ada', lastName: 'Lovelace', role: 'user', createdAt: expect.any(String) });
    const edit = await h.identity.patch('/me').set(bearer(me.accessToken)).send({ lastName: '  King ' });
    expect(edit.status).toBe(200);
    expect(edit.body).toMatchObject({ firstName: 'Ada', lastName: 'King' });
    const bad = await h.identity.patch('/me').set(bearer(me.accessToken)).send({ firstName: '', email: 'new@example.com' });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['email', 'firstName']);
    expect((await h.identity.get('/me')).status).toBe(401);
  });

  it('changes the password with the current one and signs out the other sessions', async () => {
    const me = await signUp(h);
    const other = await signIn(h, me.email);

    const wrong = await h.identity.post('/me/password').set(bearer(me.accessToken)).send({ currentPassword: 'not-it-123', newPassword: 'new-horse-battery-8' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.code).toBe('CURRENT_PASSWORD_INCORRECT');
    const weak = await h.identity.post('/me/password').set(bearer(me.accessToken)).send({ currentPassword: PASSWORD, newPassword: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.body.code).toBe('VALIDATION_FAILED');

    const ok = await h.identity.post('/me/password').set(bearer(me.accessToken)).send({ currentPassword: PASSWORD, newPassword: 'new-horse-battery-8' });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ revoked: 1 });
    expect((await h.identity.get('/me').set(bearer(me.accessToken))).status).toBe(200);
    expect((await h.identity.get('/me').set(bearer(other.body.accessToken))).body.code).toBe('SESSION_REVOKED');
    expect((await signIn(h, me.email, PASSWORD)).status).toBe(401);
    expect((await signIn(h, me.email, 'new-horse-battery-8')).status).toBe(200);
  });
});
