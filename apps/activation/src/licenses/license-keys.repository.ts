import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DomainError, hashLicenseKey, parseLicenseKey, type LicenseState, CommonErrorCode } from '#common';
import { ActivationErrorCode } from '../activation.errors.js';
import { ACTIVATION_CONFIG, type ActivationConfig } from '../config.js';
import { prepared } from '../db/prepared.js';
import { KEY_FACTS_COLUMNS, keyFactsOf, type KeyFacts, type KeyFactsRow } from './license-view.js';

/** A license key as activation sees it: its facts, its account, and who uses it now. */
export interface KeyRecord extends KeyFacts {
  licenseKeyId: string;
  /** Null while the subscription is not registered to an account. */
  accountId: string | null;
  companyName: string | null;
  /** Managed computers of the active installation using the key; null when the key is free. */
  usedByActive: number | null;
}

interface KeyRow extends KeyFactsRow {
  license_key_id: string;
  account_id: string | null;
  company_name: string | null;
  used_by_active: number | null;
}

// One index probe on key_hash, one on the partial unique index of active installations.
const KEY_BY_HASH = `
  SELECT lk.id AS license_key_id, ${KEY_FACTS_COLUMNS},
         s.account_id, ba.company_name,
         (SELECT i.managed_computers FROM installations i WHERE i.license_key_id = lk.id AND i.status = 'active') AS used_by_active
    FROM license_keys lk
    JOIN subscriptions s ON s.id = lk.subscription_id
    LEFT JOIN business_accounts ba ON ba.id = s.account_id
   WHERE lk.key_hash = $1`;

@Injectable()
export class LicenseKeysRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ACTIVATION_CONFIG) private readonly config: ActivationConfig,
  ) {}

  /** The canonical key, or a 400 that says whether it was malformed or mistyped (caught before any lookup). */
  canonical(input: string): string {
    const parsed = parseLicenseKey(input);
    if (parsed.ok) return parsed.key;
    if (parsed.reason === 'mistyped') {
      throw new DomainError(CommonErrorCode.LICENSE_KEY_MISTYPED, 'The license key has a typo: please check it character by character');
    }
    throw new DomainError(CommonErrorCode.LICENSE_KEY_MALFORMED, 'This is not a license key (5 groups of 5 characters)');
  }

  async findByKey(canonicalKey: string, db: DataSource | EntityManager = this.dataSource): Promise<KeyRecord | undefined> {
    const [row] = await prepared<KeyRow>(db, 'activation_key_by_hash', KEY_BY_HASH, [hashLicenseKey(canonicalKey, this.config.licenseKeySecret)]);
    // Inner joins: a row always has its key's facts.
    const facts = row && keyFactsOf(row);
    if (!facts) return undefined;
    return {
      ...facts,
      licenseKeyId: row.license_key_id,
      accountId: row.account_id,
      companyName: row.company_name,
      usedByActive: row.used_by_active,
    };
  }
}

/** Refuses a key that may not be activated now, with the code of why. */
export function assertActivatable(status: LicenseState): void {
  switch (status) {
    case 'expired':
      throw new DomainError(ActivationErrorCode.LICENSE_EXPIRED, 'The license key has expired');
    case 'suspended':
      throw new DomainError(ActivationErrorCode.LICENSE_SUSPENDED, 'The subscription of this license key is suspended');
    case 'cancelled':
      throw new DomainError(ActivationErrorCode.LICENSE_CANCELLED, 'The subscription of this license key was cancelled');
    default:
      return;
  }
}
