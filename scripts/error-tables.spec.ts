import { describe, expect, it } from '@jest/globals';
import { codeForStatus, CommonErrorCode, errorRegistry } from '#common';
// Every table of the repository, loaded together as in one process (the harness, the scripts): a code
// defined by two tables would throw here, at load.
import { ActivationErrorCode } from '../apps/activation/src/activation.errors.js';
import { GatewayErrorCode } from '../apps/gateway/src/gateway.errors.js';
import { IdentityErrorCode } from '../apps/identity/src/common/identity-errors.js';
import { LicensingErrorCode } from '../apps/licensing/src/licensing.errors.js';
import { NotificationErrorCode } from '../apps/notification/src/notification.errors.js';

describe('the error tables of the repository', () => {
  it('load together: each code is defined by one table only', () => {
    expect(errorRegistry.areas().sort()).toEqual(['activation', 'common', 'gateway', 'identity', 'licensing', 'notification']);
    const tables = [CommonErrorCode, IdentityErrorCode, LicensingErrorCode, ActivationErrorCode, NotificationErrorCode, GatewayErrorCode];
    const codes = tables.flatMap((t) => Object.values(t) as string[]);
    expect(new Set(codes).size).toBe(codes.length);
    expect(errorRegistry.list().length).toBe(codes.length);
  });

  it('give each code one status and a description', () => {
    for (const entry of errorRegistry.list()) {
      expect(entry.status).toBeGreaterThanOrEqual(400);
      expect(entry.description.length).toBeGreaterThan(0);
    }
    expect(errorRegistry.statusOf(LicensingErrorCode.QUOTA_EXCEEDED)).toBe(409);
    expect(errorRegistry.entry(LicensingErrorCode.QUOTA_EXCEEDED)?.details).toEqual({ needed: expect.any(String), vacant: expect.any(String) });
    expect(errorRegistry.statusOf(ActivationErrorCode.CREDENTIAL_REVOKED)).toBe(401);
    expect(errorRegistry.statusOf(ActivationErrorCode.INSTALLATION_DEACTIVATED)).toBe(403);
  });

  it('hold one code for rate limiting, TOO_MANY_REQUESTS, shared by every service', () => {
    expect(errorRegistry.entry('TOO_MANY_REQUESTS')).toMatchObject({ area: 'common', status: 429 });
    expect(errorRegistry.entry('RATE_LIMITED')).toBeUndefined();
  });

  it('define the code a bare HTTP status falls back to, under that status', () => {
    for (const status of [400, 401, 403, 404, 405, 409, 413, 414, 415, 429, 500, 503]) {
      expect(errorRegistry.entry(codeForStatus(status))?.status).toBe(status);
    }
  });
});
