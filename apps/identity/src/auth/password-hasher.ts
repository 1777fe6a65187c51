import { Inject, Injectable } from '@nestjs/common';
import argon2 from 'argon2';
import { IDENTITY_CONFIG, type IdentityConfig } from '../config.js';

/** argon2id with the given cost (also used by the operator CLI, which has no Nest container). */
export function hashPassword(password: string, cost: IdentityConfig['passwordHash']): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id, memoryCost: cost.memoryKib, timeCost: cost.iterations, parallelism: 1 });
}

/** argon2id: memory-hard, parameters from config (OWASP's 19 MiB / 2 passes by default). */
@Injectable()
export class PasswordHasher {
  constructor(@Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig) {}

  hash(password: string): Promise<string> {
    return hashPassword(password, this.config.passwordHash);
  }

  /** Verified against when there is no user, so "unknown email" and "wrong password" cost the same. */
  private decoyHash?: Promise<string>;

  /** Verifies a user's password; with no user, spends the same time and answers false. */
  async verifyUser(user: { passwordHash: string | null } | null | undefined, password: string): Promise<boolean> {
    this.decoyHash ??= this.hash('decoy-password-0');
    // A provider-only user (no password) costs the same as an unknown email, and never matches.
    const ok = await this.verify(user?.passwordHash ?? (await this.decoyHash), password);
    return Boolean(user?.passwordHash) && ok;
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    if (!hash) return false;
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  }
}
