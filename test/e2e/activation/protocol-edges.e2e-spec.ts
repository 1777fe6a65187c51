import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { useHarness } from '../../support/suite.js';
import { createWorld, site, useAgents } from './activation-fixtures.js';

const pkcs8 = () => generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

describe('protocol edges: key rotation, rate limit, bad input', () => {
  const oldKey = pkcs8();
  const retired = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const h = useHarness({
    services: ['activation'],
    env: { ACTIVATION_SIGNING_KEYS: JSON.stringify([{ kid: '2026-05', privateKey: oldKey }]), ACTIVATION_KEY_RATE_LIMIT_PER_MINUTE: '25' },
  });
  const agents = useAgents(h);

  it('rotates signing keys: new documents use the new key, old ones keep verifying with the still-published old key', async () => {
    const world = await createWorld(h);
    const agent = agents.create();
    await agent.activate({ key: world.subscription.key, ...site(1) });
    const oldDocument = agent.state.license;
    expect(oldDocument?.kid).toBe('2026-05');

    // Restart with a new key first, the old one kept, and a long-retired public key.
    await h.service('activation').close();
    h.env.ACTIVATION_SIGNING_KEYS = JSON.stringify([
      { kid: '2026-11', privateKey: pkcs8() },
      { kid: '2026-05', privateKey: oldKey },
    ]);
    h.env.ACTIVATION_RETIRED_PUBLIC_KEYS = JSON.stringify([{ kid: '2025-11', publicKey: retired }]);
    await h.startService('activation');
    const keys = await h.activation.get('/proxy/v1/signing-keys').expect(200);
    expect(keys.body.keys.map((k: { kid: string }) => k.kid)).toEqual(['2026-11', '2026-05', '2025-11']);

    // The proxy (pointed at the restarted service) fetches the keys again.
    const proxy = agents.reopen(1);
    await proxy.fetchSigningKeys();
    expect(proxy.verify(oldDocument, ['license']).installationId).toBe(proxy.state.installationId);
    expect((await proxy.refresh()).status).toBe('active');
    expect(proxy.state.license?.kid).toBe('2026-11');

    // A document whose kid is not published is refused by the agent.
    const unknownKid = { ...(proxy.state.license as object), kid: '1999-01' };
    expect(() => proxy.verify(unknownKid, ['license'])).toThrow(/does not publish/);
  });

  it('refuses a public key that is not Ed25519, and bad input, with 400 and its code', async () => {
    const world = await createWorld(h);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const bad = await h.activation.post('/proxy/v1/activations').send({ key: world.subscription.key, ...site(2), publicKey: rsa }).expect(400);
    expect(bad.body.code).toBe('PUBLIC_KEY_INVALID');
    const missing = await h.activation.post('/proxy/v1/activations').send({ key: world.subscription.key, siteCode: 'X' }).expect(400);
    expect(missing.body.code).toBe('VALIDATION_FAILED');
    const extra = await h.activation.post('/proxy/v1/license/verify').send({ key: world.subscription.key, admin: true }).expect(400);
    expect(extra.body.code).toBe('VALIDATION_FAILED');
  });

  it('rate-limits key verification per client IP', async () => {
    const world = await createWorld(h);
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) {
      const res = await h.activation.post('/proxy/v1/license/verify').send({ key: world.subscription.key });
      statuses.push(res.status);
      if (res.status === 429) {
        expect(res.body.code).toBe('TOO_MANY_REQUESTS');
        expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
        break;
      }
    }
    expect(statuses).toContain(429);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(0);
  });
});
