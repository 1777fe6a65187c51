import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { BusinessAccountEntity } from '#database';
import { appendEvent, type DomainEvent } from '#messaging';
import { ReminderScanner } from '../../../apps/notification/src/reminders/reminder.scanner.js';
import type { Harness } from '../../support/harness.js';
import { addMember, createAccount, createUser, type TestUser } from '../../support/factories.js';

/** Writes an event to the outbox as a service would, in a transaction; the relay publishes it. */
export async function emitEvent(db: DataSource, event: DomainEvent): Promise<string> {
  return db.transaction((manager) => appendEvent(manager, event));
}

export interface AccountWithPeople {
  account: BusinessAccountEntity;
  admin: TestUser;
  secondAdmin: TestUser;
  blockedAdmin: TestUser;
  member: TestUser;
}

/** An account with two active admins, a blocked admin and a member: only the first two get admin emails. */
export async function accountWithPeople(db: DataSource, companyName = `Acme ${randomBytes(3).toString('hex')}`): Promise<AccountWithPeople> {
  const admin = await createUser(db, { firstName: 'Ada' });
  const account = await createAccount(db, admin, companyName);
  const secondAdmin = await createUser(db, { firstName: 'Grace' });
  await addMember(db, account.id, secondAdmin, 'admin');
  const blockedAdmin = await createUser(db, { firstName: 'Blocked' });
  await addMember(db, account.id, blockedAdmin, 'admin', 'blocked');
  const member = await createUser(db, { firstName: 'Member' });
  await addMember(db, account.id, member, 'member');
  return { account, admin, secondAdmin, blockedAdmin, member };
}

/** The reminder scan of the running notification service. */
export function reminderScanner(h: Harness): ReminderScanner {
  return h.service('notification').app.get(ReminderScanner);
}
