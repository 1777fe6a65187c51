import { describe, expect, it } from '@jest/globals';
import { useHarness } from '../../support/suite.js';
import { bearer, businessDetails, signUp } from './identity-helpers.js';

describe('identity: countries and states for address forms', () => {
  const h = useHarness({ services: ['identity'] });

  it('lists every country by name with its ISO code, without sign-in, and the US states', async () => {
    const res = await h.identity.get('/countries');
    expect(res.status).toBe(200);
    const items = res.body.items as Array<{ code: string; name: string; requiresState: boolean; states: Array<{ code: string; name: string }> | null }>;
    expect(items).toHaveLength(249);
    const names = items.map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(items.find((c) => c.code === 'DE')).toEqual({ code: 'DE', name: 'Germany', requiresState: false, states: null });
    const us = items.find((c) => c.code === 'US');
    expect(us).toMatchObject({ name: 'United States', requiresState: true });
    expect(us?.states).toHaveLength(56);
    expect(us?.states?.filter((s) => s.name === s.code)).toEqual([]);
    expect(us?.states).toContainEqual({ code: 'NY', name: 'New York' });
    expect(items.filter((c) => c.requiresState).map((c) => c.code)).toEqual(['US']);
  });

  it('offers exactly what account creation accepts', async () => {
    const me = await signUp(h);
    const items = (await h.identity.get('/countries')).body.items as Array<{ code: string; states: Array<{ code: string }> | null }>;
    const us = items.find((c) => c.code === 'US');
    const lastState = us?.states?.at(-1)?.code;
    const ok = await h.identity.post('/accounts').set(bearer(me.accessToken)).send(businessDetails({ state: lastState }));
    expect(ok.status).toBe(201);
    const somewhere = items.find((c) => c.code === 'NZ');
    const nz = await h.identity
      .post('/accounts')
      .set(bearer(me.accessToken))
      .send(businessDetails({ country: somewhere?.code, state: null, zip: '6011' }));
    expect(nz.status).toBe(201);
  });
});
