import { afterAll } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { AccountSettingsEntity } from '#database';
import { ProxyAgent } from '../../../tools/proxy-agent/src/index.js';
import {
  addMember,
  createAccount,
  createSubscription,
  createUser,
  type TestSubscription,
  type TestUser,
} from '../../support/factories.js';
import type { Harness } from '../../support/harness.js';
import { contractFetch } from '../../support/contract.js';

/** An account with an admin, a member and a subscription: what most activation flows start from. */
export interface ActivationWorld {
  admin: TestUser;
  member: TestUser;
  accountId: string;
  companyName: string;
  supportCode: string;
  subscription: TestSubscription;
}

export async function createWorld(h: Harness, options: { quantity?: number; endsOn?: string; companyName?: string } = {}): Promise<ActivationWorld> {
  const admin = await createUser(h.db);
  const member = await createUser(h.db);
  const account = await createAccount(h.db, admin, options.companyName ?? 'Acme Corp');
  await addMember(h.db, account.id, member, 'member');
  const subscription = await createSubscription(h.db, { accountId: account.id, quantity: options.quantity ?? 10, endsOn: options.endsOn });
  return { admin, member, accountId: account.id, companyName: account.companyName, supportCode: account.supportCode, subscription };
}

export async function setOfflineOperations(db: DataSource, accountId: string, enabled: boolean): Promise<void> {
  await db.getRepository(AccountSettingsEntity).upsert({ accountId, offlineOperationsEnabled: enabled, updatedBy: null }, ['accountId']);
}

/** Agents with state files in a temporary folder of their own, removed by `cleanup`. */
export class AgentFactory {
  private readonly dir = mkdtempSync(join(tmpdir(), 'proxy-agent-e2e-'));
  private count = 0;

  constructor(private readonly server: () => string) {}

  create(): ProxyAgent {
    this.count += 1;
    return ProxyAgent.open(join(this.dir, `proxy-${this.count}.json`), { server: this.server(), fetch: contractFetch('activation') });
  }

  /** Reopens an agent from its state file, as a restarted proxy would (pointed at the current server). */
  reopen(index: number): ProxyAgent {
    return ProxyAgent.open(join(this.dir, `proxy-${index}.json`), { server: this.server(), fetch: contractFetch('activation') });
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export const site = (n = 1) => ({ serverName: `sccm-proxy-${n}.corp.example`, siteCode: `S${String(n).padStart(2, '0')}`, siteDescription: `Site ${n}`, appVersion: '6.0.0.74' });

/** Agents for a suite's harness (see `useHarness`), their state folders removed after the suite. */
export function useAgents(h: Harness): AgentFactory {
  const agents = new AgentFactory(() => h.service('activation').url);
  afterAll(() => agents.cleanup());
  return agents;
}
