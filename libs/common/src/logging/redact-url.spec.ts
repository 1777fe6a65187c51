import { describe, expect, it } from '@jest/globals';
import { redactUrl } from './logger.module.js';

describe('redactUrl', () => {
  it('hides the values of secret query parameters and keeps the rest', () => {
    expect(redactUrl('/api/identity/auth/social/callback?code=abc&state=xyz&iss=https%3A%2F%2Fidp')).toBe(
      '/api/identity/auth/social/callback?code=[redacted]&state=[redacted]&iss=https%3A%2F%2Fidp',
    );
    expect(redactUrl('/social/callback?outcome=sign-up&ticket=q9X1b3')).toBe('/social/callback?outcome=sign-up&ticket=[redacted]');
    expect(redactUrl('/reset-password?token=t0k3n#top')).toBe('/reset-password?token=[redacted]#top');
    expect(redactUrl('/accounts?limit=20&zipcode=1')).toBe('/accounts?limit=20&zipcode=1');
  });
});
