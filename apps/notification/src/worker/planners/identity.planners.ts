import { sha256Hex } from '#common';
import type { MembershipChangedEvent, SignInMethodChangedEvent } from '#messaging';
import type { Planner, PlannerMap } from './planner.types.js';
import { accountSummary } from './recipients.js';

type IdentityEvent =
  | 'user.registered'
  | 'user.password-reset-requested'
  | 'user.email-change-requested'
  | 'user.email-changed'
  | 'user.sign-in-method-linked'
  | 'user.identity-unlinked'
  | 'account.invitation-created'
  | 'membership.blocked'
  | 'membership.unblocked'
  | 'membership.removed';

/** `November 30, 2026 at 11:00 AM UTC`. */
function utcDateTime(iso: string): string {
  return `${new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso))} UTC`;
}

/** The email to the member whose membership changed, with the account's name and support code. */
const membershipChanged =
  (template: string): Planner<MembershipChangedEvent['type']> =>
  async (event, { db }) => {
    const account = await accountSummary(db, event.payload.accountId);
    if (!account) return [];
    return [{ template, recipient: event.payload.email, data: { firstName: event.payload.firstName, account } }];
  };

/** The email to the user whose ways of signing in changed. */
const signInMethodChanged =
  (template: string): Planner<SignInMethodChangedEvent['type']> =>
  (event) => [
    {
      template,
      recipient: event.payload.email,
      data: { firstName: event.payload.firstName, method: event.payload.method, at: utcDateTime(event.payload.at) },
    },
  ];

/** Emails about people, sessions and memberships. */
export const identityPlanners: PlannerMap<IdentityEvent> = {
  'user.registered': (event) => [
    {
      template: 'welcome',
      recipient: event.payload.email,
      data: { firstName: event.payload.firstName, lastName: event.payload.lastName },
    },
  ],

  'user.password-reset-requested': (event) => [
    {
      template: 'password-reset',
      recipient: event.payload.email,
      data: { firstName: event.payload.firstName, token: event.payload.token, expiresAt: utcDateTime(event.payload.expiresAt) },
    },
  ],

  'user.email-change-requested': async (event, { db }) => {
    // A link voided (a newer request, a cancel) before this email went out would not work: send nothing.
    const tokenHash = sha256Hex(event.payload.token);
    const rows: unknown[] = await db.query(`SELECT 1 FROM email_change_tokens WHERE token_hash = $1 AND used_at IS NULL`, [tokenHash]);
    if (rows.length === 0) return [];
    return [
      {
        template: 'email-change-confirm',
        recipient: event.payload.newEmail,
        data: { firstName: event.payload.firstName, newEmail: event.payload.newEmail, token: event.payload.token, expiresAt: utcDateTime(event.payload.expiresAt) },
      },
    ];
  },

  'user.email-changed': (event) => [
    {
      template: 'email-changed',
      recipient: event.payload.oldEmail,
      data: { firstName: event.payload.firstName, oldEmail: event.payload.oldEmail, newEmail: event.payload.newEmail },
    },
  ],

  'user.sign-in-method-linked': signInMethodChanged('sign-in-method-linked'),
  'user.identity-unlinked': signInMethodChanged('identity-unlinked'),

  'account.invitation-created': async (event, { db }) => {
    // A link revoked or replaced (resent) before this email went out would not work: send nothing.
    const rows: Array<{ status: string; token_hash: string }> = await db.query(`SELECT status, token_hash FROM invitations WHERE id = $1`, [
      event.payload.invitationId,
    ]);
    const tokenHash = sha256Hex(event.payload.token);
    if (rows[0]?.status !== 'pending' || rows[0].token_hash !== tokenHash) return [];
    const account = await accountSummary(db, event.payload.accountId);
    if (!account) return [];
    return [
      {
        template: 'invitation',
        recipient: event.payload.email,
        data: {
          account,
          invitedByName: event.payload.invitedByName,
          token: event.payload.token,
          expiresAt: utcDateTime(event.payload.expiresAt),
        },
      },
    ];
  },

  'membership.blocked': membershipChanged('membership-blocked'),
  'membership.unblocked': membershipChanged('membership-unblocked'),
  'membership.removed': membershipChanged('membership-removed'),
};
