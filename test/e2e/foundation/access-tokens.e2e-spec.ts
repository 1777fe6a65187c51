import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { importPKCS8, SignJWT } from 'jose';
import { createAccount, createUser, mintAccessToken, type TestUser } from '../../support/factories.js';
import { useHarness } from '../../support/suite.js';

/** Signs claims like identity does, but lets a test leave claims out. */
async function sign(claims: Record<string, unknown>, options: { exp?: boolean } = {}): Promise<string> {
  const key = await importPKCS8(process.env.TEST_AUTH_PRIVATE_KEY ?? '', 'EdDSA');
  let jwt = new SignJWT(claims).setProtectedHeader({ alg: 'EdDSA', typ: 'JWT' }).setIssuer('licensing-identity').setIssuedAt();
  if (typeof claims.sub === 'string') jwt = jwt.setSubject(claims.sub);
  if (options.exp !== false) jwt = jwt.setExpirationTime('900s');
  return jwt.sign(key);
}

/** Access tokens fail closed in every service: no expiry, no live session, no access. */
describe('access tokens fail closed', () => {
  const h = useHarness({ services: ['identity', 'licensing'] });
  let user: TestUser;
  let accountId: string;

  beforeAll(async () => {
    user = await createUser(h.db);
    accountId = (await createAccount(h.db, user)).id;
  });

  const identityMe = (token: string) => h.identity.get('/me').set('authorization', `Bearer ${token}`);
  const licensingDashboard = (token: string) => h.licensing.get(`/accounts/${accountId}/dashboard`).set('authorization', `Bearer ${token}`);

  it('accepts a token of a live session in every service', async () => {
    await identityMe(user.token).expect(200);
    await licensingDashboard(user.token).expect(200);
  });

  it('refuses a correctly signed token without exp', async () => {
    const token = await sign({ sub: user.id, email: user.email, role: 'user', sid: user.sessionId }, { exp: false });
    expect((await identityMe(token).expect(401)).body.code).toBe('UNAUTHENTICATED');
    expect((await licensingDashboard(token).expect(401)).body.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a correctly signed token without sid, or whose sid names no session', async () => {
    const noSid = await sign({ sub: user.id, email: user.email, role: 'user' });
    await identityMe(noSid).expect(401);
    await licensingDashboard(noSid).expect(401);
    const unknown = await mintAccessToken({ id: user.id, email: user.email, sessionId: randomUUID() });
    expect((await identityMe(unknown).expect(401)).body.code).toBe('UNAUTHENTICATED');
    expect((await licensingDashboard(unknown).expect(401)).body.code).toBe('UNAUTHENTICATED');
    const notUuid = await sign({ sub: user.id, email: user.email, role: 'user', sid: 'x'.repeat(40) });
    await licensingDashboard(notUuid).expect(401);
  });

  it('refuses a token whose session belongs to someone else', async () => {
    const other = await createUser(h.db);
    const borrowed = await mintAccessToken({ id: user.id, email: user.email, sessionId: other.sessionId });
    await licensingDashboard(borrowed).expect(401);
  });

  it('refuses a token whose session was revoked or expired, even without the Redis mark', async () => {
    const revoked = await createUser(h.db);
    await h.db.query(`UPDATE sessions SET revoked_at = now(), revoked_reason = 'revoked' WHERE id = $1`, [revoked.sessionId]);
    expect((await identityMe(revoked.token).expect(401)).body.code).toBe('SESSION_REVOKED');
    const expired = await createUser(h.db);
    await h.db.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE id = $1`, [expired.sessionId]);
    expect((await licensingDashboard(expired.token).expect(401)).body.code).toBe('SESSION_REVOKED');
  });
});
