import type { DataSource } from 'typeorm';
import type { Harness } from '../../support/harness.js';
import { beforeAll } from '@jest/globals';
import { createAccount, createOperator, createUser, type TestUser } from '../../support/factories.js';

/** Helpers shared by the licensing suites. */

export const auth = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });

export interface CreatedSubscription {
  id: string;
  key: string;
  primaryKeyId: string;
}

/** An operator creates a subscription through the back office; answers its id and primary key. */
export async function operatorCreates(h: Harness, operator: TestUser, body: Record<string, unknown>): Promise<CreatedSubscription> {
  const res = await h.licensing.post('/operator/subscriptions').set(auth(operator)).send(body);
  if (res.status !== 201) throw new Error(`create subscription: ${res.status} ${JSON.stringify(res.body)}`);
  const primary = (res.body.subscription.licenseKeys as Array<{ id: string; keyKind: string }>).find((k) => k.keyKind === 'primary');
  return { id: res.body.id, key: res.body.key, primaryKeyId: primary!.id };
}

export async function keyRows(db: DataSource, subscriptionId: string): Promise<Array<{ id: string; kind: string; quota: number; expires_on: string | null }>> {
  return db.query(
    `SELECT id, kind, quota, to_char(expires_on, 'YYYY-MM-DD') AS expires_on FROM license_keys WHERE subscription_id = $1 ORDER BY kind, created_at`,
    [subscriptionId],
  );
}

/** A licensing suite's cast: an operator, and a business account with its admin. */
export interface Tenant {
  operator: TestUser;
  admin: TestUser;
  accountId: string;
}

/** Makes the suite's operator and business account (with its admin) once, before its tests; read them from the object in a test. */
export function useTenant(h: Harness, companyName: string): Tenant {
  const tenant = {} as Tenant;
  beforeAll(async () => {
    tenant.operator = await createOperator(h.db);
    tenant.admin = await createUser(h.db);
    tenant.accountId = (await createAccount(h.db, tenant.admin, companyName)).id;
  });
  return tenant;
}
