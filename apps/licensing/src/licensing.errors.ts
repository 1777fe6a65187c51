import { defineErrors } from '#common';

/**
 * The licensing service's error codes (MDM certificate signing included), each with its status and
 * what its details carry; a code, once published, never changes meaning. License key codes shared with
 * activation and ACCOUNT_NOT_FOUND are in libs/common's table.
 */
export const LicensingErrorCode = defineErrors('licensing', {
  // License keys and registration
  LICENSE_KEY_NOT_PRIMARY: { status: 422, description: "a sublicense key: it activates a proxy server but cannot be registered; register the subscription's primary key" },
  LICENSE_KEY_ALREADY_REGISTERED: { status: 409, description: 'the license key is already registered (whichever account holds it)' },
  REGISTRATION_TARGET_REQUIRED: { status: 400, description: 'neither accountId nor business was given' },
  // Subscriptions
  SUBSCRIPTION_NOT_FOUND: { status: 404, description: 'no such subscription (or one of another business account)' },
  SUBSCRIPTION_CANCELLED: { status: 409, description: 'the subscription is cancelled' },
  SUBSCRIPTION_NOT_ACTIVE: {
    status: 409,
    description: 'the subscription is not active: its license keys cannot be changed',
    details: { status: 'the state of the subscription today' },
  },
  INVALID_STATUS_TRANSITION: {
    status: 409,
    description: 'the subscription cannot go from its status to the one asked',
    details: { status: 'the current status', to: 'the status asked' },
  },
  INVALID_PERIOD: { status: 400, description: 'endsOn is before startsOn', details: { startsOn: 'the start date', endsOn: 'the end date' } },
  RENEWAL_NOT_LATER: { status: 400, description: 'the new end date is not later than the current one', details: { currentEndsOn: 'the current end date' } },
  TRIAL_LIMIT_EXCEEDED: {
    status: 422,
    description: 'a trial over the size or length a trial may have',
    details: { maxQuantity: 'the most licenses a trial has', maxDays: 'the most days a trial lasts' },
  },
  // Sublicenses
  SUBLICENSE_NOT_FOUND: { status: 404, description: 'no such sublicense on the subscription' },
  QUOTA_EXCEEDED: {
    status: 409,
    description: 'not enough vacant licenses on the primary key',
    details: { needed: 'the licenses the change needs from the primary key', vacant: 'the vacant licenses of the primary key' },
  },
  QUOTA_BELOW_USAGE: {
    status: 409,
    description: "the quota asked is lower than the computers the key's installation manages",
    details: { quota: 'the quota asked', used: "the computers the key's installation manages" },
  },
  EXPIRY_AFTER_SUBSCRIPTION: {
    status: 422,
    description: "the expiry date is later than the subscription's end",
    details: { subscriptionEndsOn: 'the end date of the subscription' },
  },
  EXPIRY_IN_PAST: { status: 422, description: 'the expiry date is in the past' },
  EXPIRY_REQUIRED: { status: 400, description: 'a sublicense that does not renew with the subscription needs an expiry date' },
  EXPIRY_WITH_RENEWAL: { status: 400, description: 'a sublicense that renews with the subscription has no expiry date of its own' },
  // Catalogue
  PRODUCT_NOT_FOUND: { status: 404, description: 'no such product' },
  PRODUCT_CODE_TAKEN: { status: 409, description: 'a product with this code exists' },
  DOWNLOAD_NOT_FOUND: { status: 404, description: 'no such download' },
  // MDM push certificate signing
  CSR_INVALID: { status: 400, description: 'the upload is not a PKCS#10 certificate signing request' },
  CSR_TOO_LARGE: { status: 413, description: 'the CSR is over the size limit', details: { maxBytes: 'the largest CSR taken, in bytes' } },
  CSR_SIGNATURE_INVALID: { status: 422, description: 'the CSR is not signed by the private key of its public key, or with an unsupported algorithm' },
  CSR_KEY_TOO_WEAK: {
    status: 422,
    description: "the CSR's key is not RSA, or shorter than the minimum",
    details: { keyType: 'the type of the key', bits: 'the length of the RSA key', minBits: 'the shortest RSA key taken' },
  },
  MDM_NOT_CONFIGURED: { status: 503, description: 'MDM certificate signing is not available: no vendor signing certificate is configured' },
  MDM_VENDOR_CERTIFICATE_EXPIRED: { status: 503, description: 'MDM certificate signing is not available: the vendor signing certificate has expired' },
  SUBSCRIPTION_REQUIRED: { status: 403, description: 'an active subscription is required to sign an MDM push certificate request' },
});
