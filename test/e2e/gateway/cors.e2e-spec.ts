import { describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { Harness } from '../../support/harness.js';
import { useHarness } from '../../support/suite.js';

describe('gateway: CORS for portals on other origins', () => {
  const allowed = 'http://portal.partner.test:5173';
  const h = useHarness({ services: ['identity'], gateway: { CORS_ORIGINS: `${allowed}, https://other.example` } });

  it('answers a preflight from an allowed origin with the headers a portal needs', async () => {
    const res = await request(h.gateway.url)
      .options('/api/identity/auth/sign-in')
      .set('origin', allowed)
      .set('access-control-request-method', 'POST')
      .set('access-control-request-headers', 'content-type,x-request-id');
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe(allowed);
    expect(res.headers['access-control-allow-credentials']).toBe('true');
    expect(res.headers['access-control-allow-methods']).toContain('POST');
    expect(res.headers['access-control-allow-headers']).toContain('x-request-id');
  });

  it('exposes x-request-id, retry-after and content-disposition on answers to an allowed origin', async () => {
    const res = await h.identity.get('/health').set('origin', allowed);
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe(allowed);
    expect(res.headers['access-control-expose-headers']).toBe('x-request-id, retry-after, content-disposition');
  });

  it('grants nothing to an origin that is not on the list', async () => {
    const preflight = await request(h.gateway.url)
      .options('/api/identity/auth/sign-in')
      .set('origin', 'https://evil.example')
      .set('access-control-request-method', 'POST');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    const res = await h.identity.get('/health').set('origin', 'https://evil.example');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('is off by default', async () => {
    const plain = await Harness.start({ services: [], gateway: true });
    try {
      const res = await request(plain.gateway.url)
        .options('/api/identity/auth/sign-in')
        .set('origin', allowed)
        .set('access-control-request-method', 'POST');
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await plain.close();
    }
  });
});
