import { randomInt } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { isUniqueViolation, mintAccountScope, type AccountScope } from '#common';
import { BusinessAccountEntity } from '../entities/business-account.entity.js';
import { MembershipEntity } from '../entities/membership.entity.js';

export interface BusinessDetails {
  companyName: string;
  country: string;
  state?: string | null;
  city?: string | null;
  street?: string | null;
  zip: string;
  phone: string;
}

/** Two groups of five digits, e.g. `19240-41140`. */
export function generateSupportCode(): string {
  const group = () => String(randomInt(0, 100_000)).padStart(5, '0');
  return `${group()}-${group()}`;
}

/**
 * Creates a business account with `adminUserId` as its first administrator, inside the caller's
 * transaction (identity's "create account" and licensing's "register a key with business details"
 * both use it). A support-code collision is retried with a new code inside a savepoint.
 */
export async function createBusinessAccount(
  manager: EntityManager,
  details: BusinessDetails,
  adminUserId: string,
): Promise<{ account: BusinessAccountEntity; membership: MembershipEntity; scope: AccountScope }> {
  if (!manager.queryRunner?.isTransactionActive) throw new Error('createBusinessAccount must run inside a transaction');
  let account: BusinessAccountEntity | undefined;
  for (let attempt = 0; !account; attempt++) {
    const candidate = manager.create(BusinessAccountEntity, {
      companyName: details.companyName,
      country: details.country.toUpperCase(),
      state: details.state ?? null,
      city: details.city ?? null,
      street: details.street ?? null,
      zip: details.zip,
      phone: details.phone,
      supportCode: generateSupportCode(),
    });
    await manager.query('SAVEPOINT create_account');
    try {
      account = await manager.save(candidate);
      await manager.query('RELEASE SAVEPOINT create_account');
    } catch (err) {
      await manager.query('ROLLBACK TO SAVEPOINT create_account');
      // Another account took the support code in the meantime: draw again.
      if (attempt < 5 && isUniqueViolation(err)) continue;
      throw err;
    }
  }
  const membership = await manager.save(manager.create(MembershipEntity, { accountId: account.id, userId: adminUserId, role: 'admin', status: 'active' }));
  // The caller is its admin from now on: the account is theirs to act in.
  return { account, membership, scope: mintAccountScope(account.id) };
}
