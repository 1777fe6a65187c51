import type { DataSource } from 'typeorm';
import { daysUntil, keyEndsOnSql, utcToday } from '#common';
import { describeDaysLeft, EXPIRED_THRESHOLD } from '../../reminders/thresholds.js';
import type { PlannerMap } from './planner.types.js';
import { emailAccountAdmins } from './recipients.js';

/** A sublicense's last valid day, in SQL over `license_keys k` joined to `subscriptions s`. */
export const EFFECTIVE_SUBLICENSE_EXPIRY = keyEndsOnSql('k.expires_on', 's.ends_on');

interface SubscriptionFacts {
  id: string;
  accountId: string | null;
  name: string;
  quantity: number;
  status: string;
  endsOn: string;
}

async function subscriptionFacts(db: DataSource, subscriptionId: string): Promise<SubscriptionFacts | null> {
  const rows: Array<{ id: string; account_id: string | null; name: string; quantity: number; status: string; ends_on: string }> = await db.query(
    `SELECT id, account_id, name, quantity, status, ends_on::text AS ends_on FROM subscriptions WHERE id = $1`,
    [subscriptionId],
  );
  const r = rows[0];
  return r ? { id: r.id, accountId: r.account_id, name: r.name, quantity: r.quantity, status: r.status, endsOn: r.ends_on } : null;
}

/** What the reminder emails say about timing, computed when the email is planned. */
function timing(expiresOn: string, threshold: number) {
  const daysLeft = daysUntil(expiresOn, utcToday(new Date()));
  return { expiresOn, daysLeft: Math.max(daysLeft, 0), whenText: describeDaysLeft(daysLeft), expired: threshold === EXPIRED_THRESHOLD };
}

/**
 * Emails about subscriptions and licensing switches, all to the account's active admins.
 * A reminder whose subject changed before it was sent (renewed to a new date, cancelled,
 * suspended, deleted, moved) is dropped: the new date earns reminders of its own.
 */
export const licensingPlanners: PlannerMap<'account.offline-operations-enabled' | 'subscription.expiry-reminder' | 'sublicense.expiry-reminder'> = {
  'account.offline-operations-enabled': (event, { db }) => emailAccountAdmins(db, event.payload.accountId, 'offline-operations-enabled', {}),

  'subscription.expiry-reminder': async (event, { db }) => {
    const { subscriptionId, accountId, threshold, expiresOn } = event.payload;
    const subscription = await subscriptionFacts(db, subscriptionId);
    if (!subscription || subscription.accountId !== accountId || subscription.status !== 'active' || subscription.endsOn !== expiresOn) return [];
    return emailAccountAdmins(db, accountId, threshold === EXPIRED_THRESHOLD ? 'subscription-expired' : 'subscription-expiring', {
      subscription: { id: subscription.id, name: subscription.name, quantity: subscription.quantity },
      ...timing(expiresOn, threshold),
    });
  },

  'sublicense.expiry-reminder': async (event, { db }) => {
    const { subscriptionId, licenseKeyId, accountId, threshold, expiresOn } = event.payload;
    const subscription = await subscriptionFacts(db, subscriptionId);
    if (!subscription || subscription.accountId !== accountId || subscription.status !== 'active') return [];
    const keys: Array<{ id: string; name: string; quota: number; expires_on: string }> = await db.query(
      `SELECT k.id, k.name, k.quota, ${EFFECTIVE_SUBLICENSE_EXPIRY}::text AS expires_on
         FROM license_keys k JOIN subscriptions s ON s.id = k.subscription_id
        WHERE k.id = $1 AND k.subscription_id = $2 AND k.kind = 'reserved'`,
      [licenseKeyId, subscriptionId],
    );
    const key = keys[0];
    if (!key || key.expires_on !== expiresOn) return [];
    return emailAccountAdmins(db, accountId, threshold === EXPIRED_THRESHOLD ? 'sublicense-expired' : 'sublicense-expiring', {
      subscription: { id: subscription.id, name: subscription.name },
      sublicense: { id: key.id, name: key.name, quota: key.quota },
      ...timing(expiresOn, threshold),
    });
  },
};
