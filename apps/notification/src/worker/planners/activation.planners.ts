import type { DataSource } from 'typeorm';
import type { PlannerMap } from './planner.types.js';
import { emailAccountAdmins } from './recipients.js';

/** The name of the user who acted, for "deactivated by …"; null when the user is gone. */
async function userName(db: DataSource, userId: string): Promise<string | null> {
  const rows: Array<{ first_name: string; last_name: string }> = await db.query(`SELECT first_name, last_name FROM users WHERE id = $1`, [userId]);
  const row = rows[0];
  return row ? `${row.first_name} ${row.last_name}` : null;
}

/** Emails about proxy servers (installations), all to the account's active admins. */
export const activationPlanners: PlannerMap<'installation.license-limit-exceeded' | 'installation.deactivated'> = {
  'installation.license-limit-exceeded': (event, { db }) =>
    emailAccountAdmins(db, event.payload.accountId, 'license-limit-exceeded', {
      installationId: event.payload.installationId,
      serverName: event.payload.serverName,
      quota: event.payload.quota,
      managedComputers: event.payload.managedComputers,
      excess: Math.max(0, event.payload.managedComputers - event.payload.quota),
    }),

  'installation.deactivated': async (event, { db }) =>
    emailAccountAdmins(db, event.payload.accountId, 'installation-deactivated', {
      installationId: event.payload.installationId,
      serverName: event.payload.serverName,
      deactivatedBy: (await userName(db, event.payload.byUserId)) ?? 'an administrator',
    }),
};
