import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { freePort } from '../../support/redis.js';
import { useHarness } from '../../support/suite.js';
import { createWorld, type ActivationWorld } from './activation-fixtures.js';

const run = promisify(execFile);

describe('proxy-agent: a usage report retried by hand with --report-id is the same report', () => {
  const h = useHarness({ services: ['activation'] });
  let world: ActivationWorld;
  const dir = mkdtempSync(join(tmpdir(), 'proxy-agent-retry-'));
  const state = join(dir, 'proxy.json');
  const cli = async (...args: string[]): Promise<Record<string, unknown>> => {
    const { stdout } = await run(process.execPath, ['dist/tools/proxy-agent/src/cli.js', '--state', state, ...args]);
    return JSON.parse(stdout) as Record<string, unknown>;
  };

  beforeAll(async () => {
    world = await createWorld(h, { quantity: 8 });
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends the original figures and time again, and the server takes it as one report', async () => {
    await cli('--server', h.service('activation').url, 'activate', '--key', world.subscription.key, '--site-code', 'R1', '--server-name', 'retry-proxy');
    const reportId = '7c0f3c1e-2a4b-4c5d-8e6f-0a1b2c3d4e5f';
    const first = await cli('report', '--managed', '5', '--report-id', reportId);
    expect(first).toMatchObject({ managedComputers: 5 });
    const sent = JSON.parse(readFileSync(state, 'utf8')).sentReports as Array<{ reportId: string; reportedAt: string }>;
    expect(sent.map((r) => r.reportId)).toEqual([reportId]);

    // Retried by hand a while later: the same report, not REPORT_ID_REUSED.
    const again = await cli('report', '--managed', '5', '--report-id', reportId);
    expect(again).toMatchObject({ managedComputers: 5 });
    const [{ count }] = await h.db.query(`SELECT count(*)::int AS count FROM usage_reports WHERE report_id = $1`, [reportId]);
    expect(count).toBe(1);
    const later = JSON.parse(readFileSync(state, 'utf8')).sentReports as Array<{ reportId: string; reportedAt: string }>;
    expect(later).toEqual(sent);
  });

  it('a report whose first attempt failed on the network goes, retried by hand, with its first time, once', async () => {
    const reportId = '1d2e3f40-5a6b-4c7d-8e9f-a0b1c2d3e4f5';
    // The server cannot be reached: the report stays pending in the state, with its time.
    const unreachable = `http://127.0.0.1:${await freePort()}`;
    const failed = await run(process.execPath, ['dist/tools/proxy-agent/src/cli.js', '--state', state, '--server', unreachable, 'report', '--managed', '6', '--report-id', reportId]).then(
      () => undefined,
      (err: { code: number; stderr: string }) => err,
    );
    expect(failed?.code).toBe(1);
    const pending = JSON.parse(readFileSync(state, 'utf8')).pendingReport as { reportId: string; reportedAt: string; managedComputers: number };
    expect(pending).toMatchObject({ reportId, managedComputers: 6 });

    const again = await cli('--server', h.service('activation').url, 'report', '--managed', '6', '--report-id', reportId);
    expect(again).toMatchObject({ managedComputers: 6 });
    const rows = await h.db.query(`SELECT reported_at FROM usage_reports WHERE report_id = $1`, [reportId]);
    expect(rows).toHaveLength(1);
    expect(new Date(rows[0].reported_at).toISOString()).toBe(pending.reportedAt);
    expect(JSON.parse(readFileSync(state, 'utf8')).pendingReport).toBeUndefined();
  });
});
