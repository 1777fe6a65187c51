import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { useHarness } from '../../support/suite.js';
import { createWorld, setOfflineOperations, type ActivationWorld } from './activation-fixtures.js';

const run = promisify(execFile);

/** The built CLI (the e2e global setup builds dist/), as a person runs it. */
describe('proxy-agent CLI', () => {
  const h = useHarness({ services: ['activation'] });
  let world: ActivationWorld;
  const dir = mkdtempSync(join(tmpdir(), 'proxy-agent-cli-'));
  const state = join(dir, 'proxy.json');

  const cli = async (...args: string[]): Promise<Record<string, unknown>> => {
    const { stdout } = await run(process.execPath, ['dist/tools/proxy-agent/src/cli.js', '--state', state, ...args]);
    return JSON.parse(stdout) as Record<string, unknown>;
  };
  const cliFailure = async (...args: string[]): Promise<Record<string, unknown>> => {
    try {
      await run(process.execPath, ['dist/tools/proxy-agent/src/cli.js', '--state', state, ...args]);
    } catch (err) {
      return JSON.parse((err as { stderr: string }).stderr) as Record<string, unknown>;
    }
    throw new Error('expected the command to fail');
  };

  beforeAll(async () => {
    world = await createWorld(h, { quantity: 8 });
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('verifies, activates, reports, checks enrollment, refreshes and deactivates', async () => {
    const server = h.service('activation').url;
    expect(await cli('--server', server, 'verify', '--key', world.subscription.key)).toMatchObject({ quota: 8, status: 'active', inUse: false });
    expect(await cli('activate', '--key', world.subscription.key, '--site-code', 'T12', '--server-name', 'cli-proxy')).toMatchObject({
      type: 'license',
      status: 'active',
      quota: 8,
    });
    expect(statSync(state).mode & 0o777).toBe(0o600);
    expect(await cli('report', '--managed', '5', '--peak', '6')).toMatchObject({ managedComputers: 5, peakComputers: 6, overLimit: false });
    expect(await cli('enroll-check')).toEqual({ allowed: true, quota: 8, used: 5, vacant: 3 });
    expect(await cli('refresh')).toMatchObject({ used: 5, vacant: 3 });
    expect(await cli('status')).toMatchObject({ mode: 'online', license: { trusted: true } });
    expect(await cliFailure('enroll-check', '--managed', '8')).toMatchObject({ status: 409, code: 'LICENSE_LIMIT_REACHED' });
    expect(await cli('deactivate')).toMatchObject({ status: 'deactivated' });
    expect(await cliFailure('refresh')).toMatchObject({ code: 'NOT_ACTIVATED_ONLINE' });
  });

  it('writes offline request files and imports the answers', async () => {
    await setOfflineOperations(h.db, world.accountId, true);
    const offlineState = join(dir, 'offline.json');
    const offline = async (...args: string[]) =>
      JSON.parse((await run(process.execPath, ['dist/tools/proxy-agent/src/cli.js', '--state', offlineState, ...args])).stdout) as Record<string, unknown>;
    await offline('--server', h.service('activation').url, 'keys', '--export', join(dir, 'keys.json'));
    const requestFile = join(dir, 'request.json');
    await offline('offline-request', 'activate', '--key', world.subscription.key, '--site-code', 'OFF', '--out', requestFile);
    const answer = await h.activation
      .post(`/accounts/${world.accountId}/offline/activation-requests`)
      .set('authorization', `Bearer ${world.admin.token}`)
      .send(JSON.parse(readFileSync(requestFile, 'utf8')) as object)
      .expect(201);
    const answerFile = join(dir, 'activation.json');
    (await import('node:fs')).writeFileSync(answerFile, JSON.stringify(answer.body));
    expect(await offline('offline-import', '--in', answerFile)).toMatchObject({ type: 'offline-activation', status: 'active', activatedOffline: true });
  });
});
