import { describe, expect, it } from '@jest/globals';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { eventually, uniqueEmail } from '../../support/harness.js';
import { useHarness } from '../../support/suite.js';

describe('sign-up to welcome email (identity → outbox → BullMQ → notification → SMTP)', () => {
  const h = useHarness({ services: ['identity', 'notification'] });

  const signUp = (email: string, overrides: Record<string, unknown> = {}) =>
    h.identity
      .post('/auth/sign-up')
      .send({ firstName: 'Ada', lastName: 'Lovelace', email, password: 'analytical-engine-1', acceptTerms: true, ...overrides });

  it('creates the user, signs them in, and sends one welcome email', async () => {
    const email = uniqueEmail('ada');
    const res = await signUp(email.toUpperCase());
    expect(res.status).toBe(201);
    expect(res.body.user).toMatchObject({ email, firstName: 'Ada', lastName: 'Lovelace' });
    expect(res.body.tokenType).toBe('Bearer');
    expect(res.body).not.toHaveProperty('user.passwordHash');

    const [row] = await h.db.query(`SELECT email, password_hash FROM users WHERE id = $1`, [res.body.user.id]);
    expect(row.email).toBe(email);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);

    const mail = await h.smtp.waitFor((m) => m.to.includes(email));
    expect(mail.subject).toBe('Welcome to Mac Management, Ada');
    expect(mail.text).toContain('http://portal.test/sign-in');
    expect(mail.html).toContain('href="http://portal.test/sign-in"');

    const delivery = await eventually(async () => {
      const rows = await h.db.query(`SELECT status, attempts, template, message_id FROM email_deliveries WHERE recipient = $1`, [email]);
      return rows[0]?.status === 'sent' ? rows : undefined;
    });
    expect(delivery).toHaveLength(1);
    expect(delivery[0]).toMatchObject({ template: 'welcome', attempts: 1 });
    expect(delivery[0].message_id).toBeTruthy();

    const [event] = await h.db.query(`SELECT type, published_at FROM outbox_events WHERE payload->>'userId' = $1`, [res.body.user.id]);
    expect(event.type).toBe('user.registered');
    expect(event.published_at).not.toBeNull();
  });

  it('refuses a second account for the same email in any letter case', async () => {
    const email = uniqueEmail('dup');
    expect((await signUp(email)).status).toBe(201);
    const again = await signUp(email.replace(/^d/, 'D'));
    expect(again.status).toBe(409);
    expect(again.body).toEqual({ statusCode: 409, code: 'EMAIL_TAKEN', message: expect.any(String) });
  });

  it('gives one winner when the same email signs up concurrently', async () => {
    const email = uniqueEmail('race');
    const results = await Promise.all(Array.from({ length: 5 }, () => signUp(email)));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
    const [{ count }] = await h.db.query(`SELECT count(*)::int AS count FROM users WHERE email = $1`, [email]);
    expect(count).toBe(1);
  });

  it('signs in with the password and issues a token that the published keys verify', async () => {
    const email = uniqueEmail('signin');
    await signUp(email);
    const res = await h.identity.post('/auth/sign-in').send({ email, password: 'analytical-engine-1' });
    expect(res.status).toBe(200);
    const jwks = await h.identity.get('/.well-known/jwks.json');
    expect(jwks.status).toBe(200);
    const { payload } = await jwtVerify(res.body.accessToken, createLocalJWKSet(jwks.body));
    expect(payload).toMatchObject({ sub: res.body.user.id, email, role: 'user' });
  });

  it('answers a wrong password and an unknown email alike', async () => {
    const email = uniqueEmail('wrong');
    await signUp(email);
    const wrong = await h.identity.post('/auth/sign-in').send({ email, password: 'not-the-password-1' });
    const unknown = await h.identity.post('/auth/sign-in').send({ email: uniqueEmail('nobody'), password: 'whatever-123' });
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('INVALID_CREDENTIALS');
    }
    expect(wrong.body.message).toBe(unknown.body.message);
  });

  it('explains invalid input field by field and stores nothing', async () => {
    const email = uniqueEmail('invalid');
    const res = await signUp(email, { password: 'short', acceptTerms: false, role: 'admin' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    const fields = (res.body.details as Array<{ field: string }>).map((d) => d.field).sort();
    expect(fields).toEqual(['acceptTerms', 'password', 'role']);
    const [{ count }] = await h.db.query(`SELECT count(*)::int AS count FROM users WHERE email = $1`, [email]);
    expect(count).toBe(0);
  });

  it('answers malformed JSON, oversized bodies and unknown routes in the error shape', async () => {
    const bad = await h.identity.post('/auth/sign-in').set('content-type', 'application/json').send('{"email":');
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({ statusCode: 400, code: 'INVALID_JSON', message: 'Request body is not valid JSON' });

    const huge = await h.identity
      .post('/auth/sign-up')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ firstName: 'x'.repeat(2_000_000) }));
    expect(huge.status).toBe(413);
    expect(huge.body.code).toBe('PAYLOAD_TOO_LARGE');

    const missing = await h.identity.get('/no/such/route');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ statusCode: 404, code: 'ROUTE_NOT_FOUND', message: 'No such route' });
  });

  it('echoes a request id, or makes one', async () => {
    const given = await h.identity.get('/health').set('x-request-id', 'trace-abc-123');
    expect(given.headers['x-request-id']).toBe('trace-abc-123');
    const made = await h.identity.get('/health');
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
