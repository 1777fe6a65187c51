import { describe, expect, it } from '@jest/globals';
import { SERVICE_NAMES } from '#common';
import { useHarness } from '../../support/suite.js';

describe('every service', () => {
  const h = useHarness({ services: SERVICE_NAMES });

  it.each(SERVICE_NAMES)('%s is live, ready (Postgres and Redis) and serves its docs', async (name) => {
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
