import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createOperator, type TestUser } from '../../support/factories.js';
import { eventually } from '../../support/harness.js';
import { useHarness } from '../../support/suite.js';
import { withAdmin } from '../../support/postgres.js';

/**
 * Postgres unreachable for the service: its connections are terminated (as in a restart) and its
 * database refuses new ones. Only the suite's own database is touched, never the shared server.
 * Requests answer 503 DATABASE_UNAVAILABLE with Retry-After, and recover by themselves.
 */
describe('database unavailable', () => {
  let operator: TestUser;
  let database = '';
  // Declared before the harness, so that it runs first: the harness then closes a reachable database.
  afterAll(async () => {
    if (database) await block(true).catch(() => undefined);
  });
  // Through the gateway: its answer keeps the service's 503 and Retry-After, and the request id.
  const h = useHarness({ services: ['identity'], gateway: true });

  const block = (allow: boolean) =>
    withAdmin(async (client) => {
      await client.query(`ALTER DATABASE "${database}" WITH ALLOW_CONNECTIONS ${allow ? 'true' : 'false'}`);
      if (!allow) await client.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [database]);
    });

  beforeAll(async () => {
    operator = await createOperator(h.db);
    database = new URL(h.env.DATABASE_URL ?? '').pathname.slice(1);
  });

  it('answers 503 DATABASE_UNAVAILABLE with Retry-After while Postgres is away, and recovers', async () => {
    const list = () => h.identity.get('/operator/users').set('authorization', `Bearer ${operator.token}`);
    await list().expect(200);
    await block(false);
    try {
      const down = await list().expect(503);
      expect(down.body).toMatchObject({ statusCode: 503, code: 'DATABASE_UNAVAILABLE', correlationId: expect.any(String) });
      expect(down.headers['retry-after']).toBe('5');
      // The caller's request id went through the gateway to the service: it is the error's correlation id.
      const traced = await list().set('x-request-id', 'trace-db-down-1').expect(503);
      expect(traced.body.correlationId).toBe('trace-db-down-1');
      expect(traced.headers['x-request-id']).toBe('trace-db-down-1');
      // The service itself answers the same.
      const direct = await h.service('identity').http().get('/operator/users').set('authorization', `Bearer ${operator.token}`).expect(503);
      expect(direct.body.code).toBe('DATABASE_UNAVAILABLE');
      // A public endpoint that writes (sign-in looks the user up) answers the same.
      const signIn = await h.identity.post('/auth/sign-in').send({ email: operator.email, password: 'whatever-123' }).expect(503);
      expect(signIn.body.code).toBe('DATABASE_UNAVAILABLE');
    } finally {
      await block(true);
    }
    await eventually(async () => ((await list()).status === 200 ? true : undefined), 15_000, 'the service answers again');
  });
});
