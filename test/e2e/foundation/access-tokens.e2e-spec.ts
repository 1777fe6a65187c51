import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { importPKCS8, SignJWT } from 'jose';
import { createAccount, createOperator, createUser, mintAccessToken, type TestUser } from '../../support/factories.js';
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
  const h = useHarness({ services: ['identity', 'licensing', 'activation', 'notification'] });
  let user: TestUser;
  let operator: TestUser;
  let accountId: string;

  beforeAll(async () => {
    user = await createUser(h.db);
    operator = await createOperator(h.db);
    accountId = (await createAccount(h.db, user)).id;
  });

  const identityMe = (token: string) => h.identity.get('/me').set('authorization', `Bearer ${token}`);
  const licensingDashboard = (token: string) => h.licensing.get(`/accounts/${accountId}/dashboard`).set('authorization', `Bearer ${token}`);
  /** One protected operation per service, with the person it is for. */
  const everyService = () =>
    [
      { service: 'identity', who: user, call: identityMe },
      { service: 'licensing', who: user, call: licensingDashboard },
      { service: 'activation', who: user, call: (token: string) => h.activation.get(`/accounts/${accountId}/installations`).set('authorization', `Bearer ${token}`) },
      { service: 'notification', who: operator, call: (token: string) => h.notification.get('/deliveries').set('authorization', `Bearer ${token}`) },
    ] as const;
  /** The status and code each service answers for a token made for its person. */
  const answers = async (tokenFor: (who: TestUser) => Promise<string>) => {
    const out: Record<string, string> = {};
    for (const { service, who, call } of everyService()) {
      const res = await call(await tokenFor(who));
      out[service] = `${res.status}${res.status >= 400 ? ` ${res.body.code}` : ''}`;
    }
    return out;
  };
  const all = (answer: string) => ({ identity: answer, licensing: answer, activation: answer, notification: answer });

  it('accepts a token of a live session in every service', async () => {
    expect(await answers(async (who) => who.token)).toEqual(all('200'));
  });

  it('refuses a correctly signed token without exp in every service', async () => {
    const noExp = (who: TestUser) => sign({ sub: who.id, email: who.email, role: who.role, sid: who.sessionId }, { exp: false });
    expect(await answers(noExp)).toEqual(all('401 UNAUTHENTICATED'));
  });

  it('refuses a correctly signed token without sid, or whose sid names no session, in every service', async () => {
    expect(await answers((who) => sign({ sub: who.id, email: who.email, role: who.role }))).toEqual(all('401 UNAUTHENTICATED'));
    const unknown = (who: TestUser) => mintAccessToken({ id: who.id, email: who.email, role: who.role, sessionId: randomUUID() });
    expect(await answers(unknown)).toEqual(all('401 UNAUTHENTICATED'));
    const notUuid = (who: TestUser) => sign({ sub: who.id, email: who.email, role: who.role, sid: 'x'.repeat(40) });
    expect(await answers(notUuid)).toEqual(all('401 UNAUTHENTICATED'));
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
