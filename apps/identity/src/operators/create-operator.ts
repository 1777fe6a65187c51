import { isEmail } from 'class-validator';
import type { DataSource } from 'typeorm';
import { canonicalEmail } from '#common';
import { UserEntity } from '#database';
import { PASSWORD_POLICY, PASSWORD_POLICY_MESSAGE } from '../auth/auth.dto.js';
import { hashPassword } from '../auth/password-hasher.js';
import type { IdentityConfig } from '../config.js';

export interface OperatorInput {
  email: string;
  firstName?: string;
  lastName?: string;
  password?: string;
}

export type CreateOperatorResult = { outcome: 'created' | 'promoted' | 'unchanged'; userId: string; email: string };

/** Thrown for input the operator must correct; the CLI prints the message and exits 1. */
export class OperatorInputError extends Error {}

/**
 * Creates an operator (the vendor's staff), or with `promote` makes an existing user one (and sets
 * the password when given). Operators sign in like everyone else; their tokens carry role `operator`.
 */
export async function createOperator(
  db: DataSource,
  input: OperatorInput,
  options: { promote: boolean; passwordHash: IdentityConfig['passwordHash'] },
): Promise<CreateOperatorResult> {
  const email = canonicalEmail(input.email);
  if (!isEmail(email) || email.length > 320) throw new OperatorInputError(`not an email address: ${input.email}`);
  if (input.password !== undefined && !PASSWORD_POLICY.test(input.password)) throw new OperatorInputError(PASSWORD_POLICY_MESSAGE);
  const repo = db.getRepository(UserEntity);
  const existing = await repo.findOneBy({ email });
  if (existing) {
    if (!options.promote) {
      throw new OperatorInputError(`a user with the email ${email} exists; pass --promote to make them an operator`);
    }
    const changes: Partial<UserEntity> = {};
    if (existing.role !== 'operator') changes.role = 'operator';
    if (input.password) changes.passwordHash = await hashPassword(input.password, options.passwordHash);
    if (Object.keys(changes).length === 0) return { outcome: 'unchanged', userId: existing.id, email };
    await repo.update({ id: existing.id }, changes);
    return { outcome: existing.role === 'operator' ? 'unchanged' : 'promoted', userId: existing.id, email };
  }
  const firstName = input.firstName?.trim();
  const lastName = input.lastName?.trim();
  if (!firstName || firstName.length > 100) throw new OperatorInputError('a first name (1 to 100 characters) is required');
  if (!lastName || lastName.length > 100) throw new OperatorInputError('a last name (1 to 100 characters) is required');
  if (!input.password) throw new OperatorInputError('a password is required');
  const user = await repo.save(
    repo.create({
      email,
      firstName,
      lastName,
      passwordHash: await hashPassword(input.password, options.passwordHash),
      termsAcceptedAt: new Date(),
      role: 'operator',
    }),
  );
  return { outcome: 'created', userId: user.id, email };
}
