import { connect } from 'node:net';
import { beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { createOperator, createUser, type TestUser } from '../../support/factories.js';
import { uniqueEmail } from '../../support/harness.js';
import { useHarness } from '../../support/suite.js';

/** Input that must never reach a validator, a transformer or Postgres is refused by the shared HTTP layer. */
describe('bad input at the shared HTTP layer', () => {
  const h = useHarness({ services: ['identity', 'licensing'] });
  let operator: TestUser;
  let user: TestUser;

  beforeAll(async () => {
    operator = await createOperator(h.db);
    user = await createUser(h.db);
  });

  it('refuses NUL characters in a query parameter, naming it', async () => {
    const res = await h.identity.get('/operator/users?search=a%00b').set('authorization', `Bearer ${operator.token}`).expect(400);
    expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'query.search' }] });
  });

  it('refuses NUL characters and lone surrogates in body strings, naming the field', async () => {
    const nul = await h.identity
      .patch('/me')
      .set('authorization', `Bearer ${user.token}`)
      .set('content-type', 'application/json')
      .send('{"firstName":"a\\u0000b"}')
      .expect(400);
    expect(nul.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'body.firstName' }] });
    const lone = await h.identity
      .post('/auth/forgot-password')
      .set('content-type', 'application/json')
      .send('{"email":"x\\ud800y@example.com"}')
      .expect(400);
    expect(lone.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'body.email' }] });
  });

  it('refuses a lone surrogate in a name at sign-up, so no account and no outbox event are written', async () => {
    const email = uniqueEmail('surrogate');
    const res = await h.identity
      .post('/auth/sign-up')
      .set('content-type', 'application/json')
      .send(`{"firstName":"x\\ud800y","lastName":"Lovelace","email":"${email}","password":"analytical-1","acceptTerms":true}`)
      .expect(400);
    expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'body.firstName' }] });
    const [{ users }] = await h.db.query(`SELECT count(*)::int AS users FROM users WHERE email = $1`, [email]);
    const [{ events }] = await h.db.query(`SELECT count(*)::int AS events FROM outbox_events WHERE payload->>'email' = $1`, [email]);
    expect({ users, events }).toEqual({ users: 0, events: 0 });
  });

  it('refuses NUL characters in a path parameter', async () => {
    const res = await h.identity.get('/operator/users/abc%00def').set('authorization', `Bearer ${operator.token}`).expect(400);
    expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'params.userId' }] });
  });

  it('refuses JSON nested ten thousand levels deep with 400, not a stack overflow', async () => {
    const body = `{"firstName":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    const res = await h.identity.patch('/me').set('authorization', `Bearer ${user.token}`).set('content-type', 'application/json').send(body).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.message).toMatch(/nested deeper than 64/);
  });

  it('answers an over-long path parameter with 414 URI_TOO_LONG in the error shape, not echoing it', async () => {
    const long = 'z'.repeat(5000);
    const res = await h.identity.get(`/operator/users/${long}`).set('authorization', `Bearer ${operator.token}`).expect(414);
    expect(res.body).toEqual({ statusCode: 414, code: 'URI_TOO_LONG', message: expect.any(String), details: { maxLength: 200 } });
    expect(JSON.stringify(res.body)).not.toContain('zzzz');
  });

  it('refuses numbers beyond their documented range (a 20-digit page)', async () => {
    const res = await h.identity.get('/operator/users?page=12345678901234567890').set('authorization', `Bearer ${operator.token}`).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    const page = await h.identity.get('/operator/accounts?pageSize=100000000000000000000').set('authorization', `Bearer ${operator.token}`).expect(400);
    expect(page.body.code).toBe('VALIDATION_FAILED');
  });

  it("answers what Node's HTTP parser refuses (headers too large, bytes that are not HTTP) in the error shape", async () => {
    // Not through the contract-checked client: no operation lists these transport-level answers.
    const url = h.service('identity').url;
    const big = await request(url).get('/me').set('x-padding', 'p'.repeat(20_000));
    expect(big.status).toBe(431);
    expect(big.body).toEqual({ statusCode: 431, code: 'HEADERS_TOO_LARGE', message: expect.any(String) });

    const { port } = new URL(url);
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => socket.write('NOT HTTP AT ALL\r\n\r\n'));
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('close', () => resolve(text));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400 /);
    expect(JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4))).toEqual({ statusCode: 400, code: 'VALIDATION_FAILED', message: 'The request is not valid HTTP' });
  });
});
