import type { DataSource, EntityManager } from 'typeorm';
import type { PlannedEmail } from './planner.types.js';

/** What every email about an account shows: its name and the support code to quote. */
export interface AccountSummary {
  id: string;
  companyName: string;
  supportCode: string;
}

export interface AccountAdmin {
  userId: string;
  email: string;
  firstName: string;
  lastName: string;
}

type Db = DataSource | EntityManager;

/** The account's company name and support code, or null when the account no longer exists. */
export async function accountSummary(db: Db, accountId: string): Promise<AccountSummary | null> {
  const rows: Array<{ id: string; company_name: string; support_code: string }> = await db.query(
    `SELECT id, company_name, support_code FROM business_accounts WHERE id = $1`,
    [accountId],
  );
  const row = rows[0];
  return row ? { id: row.id, companyName: row.company_name, supportCode: row.support_code } : null;
}

/**
 * "The account's admins": every membership with role admin and status active, resolved now
 * (a blocked or demoted admin receives nothing). Ordered by email for stable output.
 */
export async function activeAdmins(db: Db, accountId: string): Promise<AccountAdmin[]> {
  const rows: Array<{ user_id: string; email: string; first_name: string; last_name: string }> = await db.query(
    `SELECT u.id AS user_id, u.email, u.first_name, u.last_name
       FROM memberships m
       JOIN users u ON u.id = m.user_id
      WHERE m.account_id = $1 AND m.role = 'admin' AND m.status = 'active'
      ORDER BY u.email`,
    [accountId],
  );
  return rows.map((r) => ({ userId: r.user_id, email: r.email, firstName: r.first_name, lastName: r.last_name }));
}

/**
 * One email per active admin of the account, each with the account (`account.companyName`,
 * `account.supportCode`) and the admin's `firstName`/`lastName` in its data. No account or no
 * active admin: no email.
 */
export async function emailAccountAdmins(
  db: Db,
  accountId: string,
  template: string,
  data: Record<string, unknown>,
): Promise<PlannedEmail[]> {
  const account = await accountSummary(db, accountId);
  if (!account) return [];
  const admins = await activeAdmins(db, accountId);
  return admins.map((admin) => ({
    template,
    recipient: admin.email,
    data: { ...data, account, firstName: admin.firstName, lastName: admin.lastName },
  }));
}
