import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Harness, type ServiceName } from '../../support/harness.js';

const all: ServiceName[] = ['identity', 'licensing', 'activation', 'notification'];

describe('every service', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await Harness.start({ services: all });
  });
  afterAll(async () => {
    await h?.close();
  });

  it.each(all)('%s is live, ready (Postgres and Redis) and serves its docs', async (name) => {
    const http = () => h.service(name).http();
    expect((await http().get('/health')).body).toEqual({ status: 'ok' });
    const ready = await http().get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.info).toMatchObject({ database: { status: 'up' }, redis: { status: 'up' } });
    const docs = await http().get('/docs/openapi.json');
    expect(docs.status).toBe(200);
    expect(docs.body.openapi).toMatch(/^3\./);
    expect((await http().get('/docs')).status).toBeLessThan(400);
  });
});
