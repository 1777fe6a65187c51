import { defineErrors } from '#common';

/**
 * Identity's error codes, each with its status and what its details carry. A code, once published,
 * never changes meaning. TOO_MANY_REQUESTS, SESSION_REVOKED and ACCOUNT_NOT_FOUND are libs/common's.
 */
export const IdentityErrorCode = defineErrors('identity', {
  // Sign-up, sign-in and sessions
  EMAIL_TAKEN: { status: 409, description: 'an account with this email already exists' },
  INVALID_CREDENTIALS: { status: 401, description: 'email or password is incorrect' },
  INVALID_REFRESH_TOKEN: { status: 401, description: 'no refresh token, or one that is not valid' },
  CSRF_HEADER_REQUIRED: { status: 401, description: 'the refresh cookie was sent without the CSRF header' },
  REFRESH_TOKEN_REUSED: { status: 401, description: 'the refresh token was already used: the session has been signed out' },
  SESSION_EXPIRED: { status: 401, description: 'the session has expired; sign in again' },
  SESSION_NOT_FOUND: { status: 404, description: 'no such session of yours' },
  // Passwords and email
  RESET_TOKEN_INVALID: { status: 400, description: 'the password reset link is not valid or was already used' },
  RESET_TOKEN_EXPIRED: { status: 400, description: 'the password reset link has expired' },
  CURRENT_PASSWORD_INCORRECT: { status: 400, description: 'the current password is incorrect' },
  EMAIL_UNCHANGED: { status: 400, description: 'the new email is the current one' },
  EMAIL_CHANGE_TOKEN_INVALID: { status: 400, description: 'the email change confirmation link is not valid or was already used' },
  EMAIL_CHANGE_TOKEN_EXPIRED: { status: 400, description: 'the email change confirmation link has expired' },
  PASSWORD_ALREADY_SET: { status: 409, description: 'the account has a password already: change it with the current one' },
  PASSWORD_NOT_SET: { status: 409, description: 'the account has no password' },
  // Users, members and invitations
  USER_NOT_FOUND: { status: 404, description: 'no such user (or the user was deleted)' },
  MEMBER_NOT_FOUND: { status: 404, description: 'no such member (or a member of another account)' },
  LAST_ADMIN: { status: 409, description: 'the account must keep an active administrator' },
  INVITATION_NOT_FOUND: { status: 404, description: 'no such invitation (or an invitation of another account)' },
  INVITATION_NOT_PENDING: {
    status: 409,
    description: 'the invitation is not one that can be resent or withdrawn',
    details: { status: 'the status of the invitation' },
  },
  INVITATION_INVALID: { status: 400, description: 'the invitation link is not valid or was already used' },
  INVITATION_EXPIRED: { status: 400, description: 'the invitation has expired' },
  INVITATION_REVOKED: { status: 400, description: 'the invitation was withdrawn by the account administrator' },
  // Sign-in with providers and single sign-on
  SIGN_IN_METHOD_DISABLED: { status: 404, description: 'sign-in with this provider is not available', details: { provider: 'the provider' } },
  SOCIAL_STATE_INVALID: { status: 400, description: 'the sign-in was not started in this browser, was already used or has expired' },
  SOCIAL_TICKET_INVALID: { status: 400, description: 'the sign-in step was already finished or has expired' },
  PROVIDER_UNAVAILABLE: { status: 503, description: 'the provider cannot be reached right now', details: { provider: 'the provider' } },
  PROVIDER_REJECTED: { status: 401, description: 'the provider did not confirm the sign-in', details: { provider: 'the provider' } },
  PROVIDER_EMAIL_UNVERIFIED: { status: 403, description: 'the provider did not confirm that the email address is yours', details: { provider: 'the provider' } },
  IDENTITY_LINKED_ELSEWHERE: {
    status: 409,
    description: 'the provider identity signs in to another account, or another one is linked already',
    details: { provider: 'the provider' },
  },
  IDENTITY_NOT_FOUND: { status: 404, description: 'no such sign-in method of yours' },
  LAST_SIGN_IN_METHOD: { status: 409, description: 'the only way to sign in cannot be removed' },
  SSO_NOT_CONFIGURED: { status: 404, description: 'the business account has no single sign-on' },
  SSO_EMAIL_DOMAIN_NOT_ALLOWED: { status: 403, description: 'an email address the business account does not allow to sign in through its provider' },
  SSO_SESSION_REQUIRED: { status: 409, description: 'sign in through the single sign-on before requiring it' },
  SSO_ISSUER_UNREACHABLE: {
    status: 422,
    description: 'the issuer is not a public https address, or did not answer its OpenID Connect discovery document',
    details: { issuer: 'the issuer' },
  },
});
