import { defineErrors } from '#common';

/**
 * The activation service's error codes, each with its status and what its details carry. A code, once
 * published, never changes meaning. License key codes shared with licensing (LICENSE_KEY_MALFORMED,
 * LICENSE_KEY_MISTYPED, LICENSE_KEY_NOT_FOUND) are in libs/common's table.
 */
export const ActivationErrorCode = defineErrors('activation', {
  // License keys (proxy protocol and offline activation files)
  LICENSE_KEY_NOT_REGISTERED: { status: 403, description: 'the license key is not registered to a business account yet: register it in My Account first' },
  LICENSE_EXPIRED: { status: 403, description: 'the license key (or its subscription) has expired' },
  LICENSE_SUSPENDED: { status: 403, description: 'the subscription of the license key is suspended' },
  LICENSE_CANCELLED: { status: 403, description: 'the subscription of the license key was cancelled' },
  KEY_IN_USE: { status: 409, description: 'the license key is in use by another installation; deactivate that one first' },
  PUBLIC_KEY_INVALID: { status: 400, description: 'the proxy public key is not an Ed25519 public key (SPKI PEM)' },
  // Proxy credential
  INVALID_CREDENTIAL: { status: 401, description: 'no proxy credential, or one that is not valid' },
  CREDENTIAL_REVOKED: { status: 401, description: "the proxy deactivated itself: its credential is retired; activate again for a new one" },
  INSTALLATION_DEACTIVATED: { status: 403, description: 'the installation was deactivated (from the portal or by its sublicense\'s deletion); refresh to learn why' },
  // Usage and enrollment
  LICENSE_LIMIT_REACHED: {
    status: 409,
    description: 'every license of the key is in use: no further computer can enroll',
    details: { quota: 'licenses of the key', used: 'licenses in use' },
  },
  REPORT_ID_REUSED: { status: 409, description: 'a different usage report was already stored under this reportId' },
  REPORTED_AT_IN_FUTURE: { status: 400, description: 'the report is dated in the future: the proxy clock is wrong', details: { reportedAt: 'the date the report carries' } },
  PEAK_BELOW_MANAGED: {
    status: 400,
    description: 'peakComputers is lower than managedComputers',
    details: { peakComputers: 'the reported peak', managedComputers: 'the reported managed computers' },
  },
  // Offline files
  OFFLINE_DISABLED: { status: 403, description: 'offline operations are not enabled for the business account' },
  FILE_MALFORMED: { status: 400, description: 'not an offline request file of the proxy, or an incomplete one', details: 'a list of `{ field, problems[] }` where the file is incomplete' },
  FILE_TYPE_MISMATCH: {
    status: 400,
    description: 'a request file of another type than the operation takes',
    details: { type: 'the type of the file uploaded', expected: 'the type the operation takes' },
  },
  FILE_SIGNATURE_INVALID: { status: 422, description: 'the request file was altered after the proxy signed it' },
  PROXY_KEY_MISMATCH: { status: 422, description: 'the request file was signed by another proxy than the one activated' },
  FILE_EXPIRED: { status: 422, description: 'the request file is older than the maximum age', details: { maxAgeDays: 'the maximum age of a request file, in days' } },
  FILE_NOT_YET_VALID: { status: 422, description: 'the request file is dated in the future: the proxy clock is wrong' },
  FILE_REPLAYED: { status: 409, description: 'the request file was used already; write a new one on the proxy' },
  // Portal
  INSTALLATION_NOT_FOUND: {
    status: 404,
    description: 'no such proxy server (or one of another business account)',
    details: { missing: 'the ids of a batch that name no proxy server of the account' },
  },
});
