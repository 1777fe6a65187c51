import { Inject, Injectable } from '@nestjs/common';
import argon2 from 'argon2';
import { IDENTITY_CONFIG, type IdentityConfig } from '../config.js';

/** argon2id: memory-hard, parameters from config (OWASP's 19 MiB / 2 passes by default). */
@Injectable()
export class PasswordHasher {
  constructor(@Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig) {}

  hash(password: string): Promise<string> {
    return argon2.hash(password, {
      type: argon2.argon2id,
      memoryCost: this.config.passwordHash.memoryKib,
      timeCost: this.config.passwordHash.iterations,
      parallelism: 1,
    });
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  }
}
