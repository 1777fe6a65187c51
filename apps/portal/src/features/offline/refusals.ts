/**
 * What each refusal of an offline request file means for the person holding it, and what to do.
 * Codes from the activation service's `POST /accounts/{id}/offline/requests`.
 */
export const OFFLINE_REFUSALS: Record<string, { title: string; message: string }> = {
  OFFLINE_DISABLED: {
    title: 'Offline operations are not enabled',
    message: 'Offline activation is disabled for this business account. Contact your sales representative to enable it.',
  },
  ADMIN_REQUIRED: { title: 'Administrators only', message: 'Only an administrator of this business account can submit offline files.' },
  MEMBERSHIP_BLOCKED: { title: 'Access blocked', message: 'Your membership of this business account is blocked.' },
  FILE_MALFORMED: {
    title: 'Not an offline request file',
    message: 'The file could not be read as an offline request. Save the request file again in the Configuration Manager console and upload that file.',
  },
  VALIDATION_FAILED: {
    title: 'Not an offline request file',
    message: 'The file does not have the fields of an offline request. Upload the file the Configuration Manager console saved, unchanged.',
  },
  PAYLOAD_TOO_LARGE: { title: 'File too large', message: 'The file is far larger than an offline request file. Check that you chose the right file.' },
  FILE_SIGNATURE_INVALID: {
    title: 'The file was altered',
    message: 'Its signature does not match its content: the file was changed after the proxy saved it. Upload the file as the console saved it.',
  },
  PROXY_KEY_MISMATCH: {
    title: 'Signed by another proxy',
    message: 'The file was signed by a different proxy server than the one it is about. Create the request on the proxy server itself.',
  },
  FILE_EXPIRED: { title: 'The request has expired', message: 'The request file is too old. Create a new request in the Configuration Manager console.' },
  FILE_NOT_YET_VALID: {
    title: 'The request is dated in the future',
    message: "Check the date and time of the proxy server's clock, then create a new request.",
  },
  FILE_REPLAYED: {
    title: 'Already submitted',
    message: 'This request file was submitted before and cannot be used again. Create a new request in the Configuration Manager console.',
  },
  LICENSE_KEY_MALFORMED: { title: 'Invalid license key', message: 'The license key in the request is not a valid key. Start the activation again with the key shown on the Subscription Details page.' },
  LICENSE_KEY_MISTYPED: {
    title: 'Mistyped license key',
    message: 'The license key in the request has a typing error. Start the activation again with the key shown on the Subscription Details page.',
  },
  LICENSE_KEY_NOT_FOUND: {
    title: 'License key not in this account',
    message: 'The license key in the request is not registered in this business account. Register it with Register Key, or switch to the account it belongs to.',
  },
  INSTALLATION_NOT_FOUND: {
    title: 'Unknown proxy server',
    message: 'The proxy server this file comes from is not activated in this business account. Switch to the account it was activated in.',
  },
  LICENSE_EXPIRED: { title: 'The license has expired', message: "The key's subscription has expired. Renew the subscription, then try again." },
  LICENSE_SUSPENDED: { title: 'The license is suspended', message: "The key's subscription is suspended. Contact Parallels to reactivate it." },
  LICENSE_CANCELLED: { title: 'The license is cancelled', message: "The key's subscription was cancelled: it cannot activate installations." },
  KEY_IN_USE: {
    title: 'The license key is in use',
    message: 'Another proxy server is activated with this key. Deactivate that server first, or create a sublicense for this one.',
  },
  REPORT_ID_REUSED: {
    title: 'Usage figures already received',
    message: 'The usage report in this file was received before with different figures. Create a new refresh request in the console.',
  },
  PEAK_BELOW_MANAGED: { title: 'Inconsistent usage figures', message: 'The usage in the file has a peak below the managed computers. Create a new refresh request.' },
  REPORTED_AT_IN_FUTURE: { title: 'Usage dated in the future', message: "Check the proxy server's clock, then create a new refresh request." },
};

/** A file that is not even JSON, or not shaped like a signed request, never reaches the server. */
export const NOT_A_REQUEST_FILE = {
  title: 'Not an offline request file',
  message: 'This file is not an offline request file (.json saved by the Configuration Manager console). Choose the request file you saved.',
};
