import { describe, expect, it } from '@jest/globals';
import { isPrivateAddress } from './sso.service.js';

describe('isPrivateAddress (SSO issuers must be public)', () => {
  it('refuses internal addresses', () => {
    for (const a of ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.10', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1', 'not-an-ip']) {
      expect([a, isPrivateAddress(a)]).toEqual([a, true]);
    }
  });
  it('accepts public addresses', () => {
    for (const a of ['8.8.8.8', '142.250.185.78', '2001:4860:4860::8888']) expect([a, isPrivateAddress(a)]).toEqual([a, false]);
  });
});
