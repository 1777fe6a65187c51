import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
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
});
