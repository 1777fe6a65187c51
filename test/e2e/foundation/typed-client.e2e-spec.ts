import { describe, expect, it } from '@jest/globals';
import { identityClient } from '#api-client';
import { uniqueEmail } from '../../support/harness.js';
import { useHarness } from '../../support/suite.js';

describe('the typed client generated from openapi/identity.json', () => {
  const h = useHarness({ services: ['identity'] });

  it('signs up and reads the profile with types checked at compile time', async () => {
    const api = identityClient(h.service('identity').url);
    const email = uniqueEmail('typed');
    const signUp = await api.POST('/auth/sign-up', {
      body: { firstName: 'Typed', lastName: 'Client', email, password: 'generated-types-1', acceptTerms: true },
    });
    expect(signUp.response.status).toBe(201);
    expect(signUp.data?.user.email).toBe(email);

    const me = await api.GET('/me', { headers: { authorization: `Bearer ${signUp.data?.accessToken}` } });
    expect(me.data?.email).toBe(email);

    const refused = await api.POST('/auth/sign-in', { body: { email, password: 'wrong-password-1' } });
    expect(refused.response.status).toBe(401);
    expect(refused.error).toMatchObject({ code: 'INVALID_CREDENTIALS' });
  });
});
