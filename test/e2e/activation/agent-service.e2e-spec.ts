import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ProxyAgent, type ProxyState } from '../../../tools/proxy-agent/src/index.js';
import { contractFetch } from '../../support/contract.js';
import { eventually } from '../../support/harness.js';
import { freePort } from '../../support/redis.js';
import { useHarness } from '../../support/suite.js';
import { Scrape } from '../../support/metrics.js';
import { createWorld, site, type ActivationWorld } from './activation-fixtures.js';

type LogLine = { event: string; level: string; [field: string]: unknown };

/** `proxy-agent run` as a child process (the built CLI, as systemd starts it), its JSON log lines collected. */
class AgentProcess {
  readonly lines: LogLine[] = [];
  readonly exited: Promise<number | null>;
  private readonly child: ChildProcess;
  stderr = '';

  constructor(args: string[], env: Record<string, string> = {}) {
    this.child = spawn(process.execPath, ['dist/tools/proxy-agent/src/cli.js', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let buffer = '';
    this.child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const complete = buffer.split('\n');
      buffer = complete.pop() ?? '';
      for (const line of complete) if (line.trim()) this.lines.push(JSON.parse(line) as LogLine);
    });
    this.child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
  }

  events(event: string): LogLine[] {
    return this.lines.filter((l) => l.event === event);
  }

  /** The first line after `from` (an index into lines) that matches. */
  waitFor(match: (l: LogLine) => boolean, what: string, from = 0, timeoutMs = 20_000): Promise<LogLine> {
    return eventually(() => this.lines.slice(from).find(match), timeoutMs, `${what} (stderr: ${this.stderr.slice(0, 500)})`);
  }

  async stop(): Promise<number | null> {
    this.child.kill('SIGTERM');
    return this.exited;
  }
}

describe('proxy-agent run: the proxy as a service, through the gateway', () => {
  const h = useHarness({ services: ['activation'], gateway: true });
  let world: ActivationWorld;
  let installationId: string;
  const dir = mkdtempSync(join(tmpdir(), 'proxy-agent-run-'));
  const statePath = join(dir, 'proxy.json');
  const managedFile = join(dir, 'managed');
  const readState = () => JSON.parse(readFileSync(statePath, 'utf8')) as ProxyState;
  const run = (...flags: string[]) => new AgentProcess(['--state', statePath, 'run', '--managed-file', managedFile, '--retry-initial', '200ms', '--retry-max', '1s', ...flags]);
  const refreshCalls = async () => (await Scrape.of(h.service('activation').url)).value('proxy_calls_total', { endpoint: 'refresh', outcome: 'ok' }) ?? 0;
  const reports = async () =>
    (await h.db.query(`SELECT report_id, managed_computers, peak_computers FROM usage_reports WHERE installation_id = $1 ORDER BY reported_at`, [installationId])) as Array<{
      report_id: string;
      managed_computers: number;
      peak_computers: number;
    }>;

  beforeAll(async () => {
    world = await createWorld(h, { quantity: 10 });
    const agent = ProxyAgent.open(statePath, { server: h.gateway.url, fetch: contractFetch('activation') });
    installationId = (await agent.activate({ key: world.subscription.key, ...site(1) })).installationId as string;
    writeFileSync(managedFile, '5\n');
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('refreshes at once when the last refresh is older than the interval, reports, and stops on SIGTERM with 0', async () => {
    const state = readState();
    writeFileSync(statePath, JSON.stringify({ ...state, schedule: { lastRefreshAt: new Date(Date.now() - 2 * 86_400_000).toISOString() } }));
    const agent = run('--refresh-interval', '24h', '--report-interval', '7d');
    const refreshed = await agent.waitFor((l) => l.event === 'refresh.ok', 'the refresh at start');
    expect(refreshed).toMatchObject({ status: 'active', quota: 10 });
    // Never reported before: the report is due at once too, with the operator's count.
    expect(await agent.waitFor((l) => l.event === 'report.ok', 'the first report')).toMatchObject({ managed: 5, peak: 5, resent: false });
    // The next refresh a day later, give or take the jitter.
    const next = Date.parse(refreshed.nextRefreshAt as string) - Date.parse(readState().schedule!.lastRefreshAt!);
    expect(next).toBeGreaterThanOrEqual(86_400_000);
    expect(next).toBeLessThanOrEqual(86_400_000 + 30 * 60_000);
    expect(await agent.stop()).toBe(0);
    expect(agent.lines.at(-1)).toMatchObject({ event: 'stopped', trusted: true });
    expect(await reports()).toEqual([expect.objectContaining({ managed_computers: 5, peak_computers: 5 })]);
  });

  it('does not refresh at start when the last refresh is recent', async () => {
    const before = await refreshCalls();
    const agent = run('--refresh-interval', '24h', '--report-interval', '7d');
    const started = await agent.waitFor((l) => l.event === 'started', 'the start');
    expect(Date.parse(started.nextRefreshAt as string)).toBeGreaterThan(Date.now() + 23 * 3600_000);
    expect(Date.parse(started.nextReportAt as string)).toBeGreaterThan(Date.now() + 6 * 86_400_000);
    // The stop is the barrier: everything the run did is logged before it.
    expect(await agent.stop()).toBe(0);
    expect(agent.lines.map((l) => l.event)).toEqual(['started', 'stopped']);
    expect(await refreshCalls()).toBe(before);
  });

  it('reads the count from a command the operator names, retrying while the command fails', async () => {
    const state = readState();
    writeFileSync(statePath, JSON.stringify({ ...state, schedule: { lastRefreshAt: new Date().toISOString(), lastReportAt: new Date(Date.now() - 8 * 86_400_000).toISOString() } }));
    // A command whose source is missing at first: it fails (cat exits 1), then the source appears.
    const source = join(dir, 'count-from-command');
    const agent = new AgentProcess(['--state', statePath, 'run', '--managed-command', `cat '${source}'`, '--retry-initial', '200ms', '--retry-max', '1s']);
    const failed = await agent.waitFor((l) => l.event === 'report.failed', 'a report whose command failed');
    expect(failed).toMatchObject({ code: 'USAGE_SOURCE_FAILED', trusted: true, retryInMs: expect.any(Number) });
    writeFileSync(source, '{"managed":3,"peak":4}\n');
    expect(await agent.waitFor((l) => l.event === 'report.ok', 'the report once the command answers')).toMatchObject({ managed: 3, peak: 4, resent: false });
    expect(await agent.stop()).toBe(0);
    expect((await reports()).at(-1)).toMatchObject({ managed_computers: 3, peak_computers: 4 });
    expect(agent.events('refresh.ok')).toEqual([]);
  });

  it('keeps its schedule, backs off while the service fails or is unreachable, trusts its document meanwhile, and catches up', async () => {
    const agent = run('--refresh-interval', '1s', '--refresh-jitter', '100ms', '--report-interval', '2s');
    await eventually(() => (agent.events('refresh.ok').length >= 2 ? true : undefined), 15_000, 'two scheduled refreshes');
    await agent.waitFor((l) => l.event === 'report.ok' && l.managed === 5, 'a scheduled report');
    writeFileSync(managedFile, '7 9\n');
    await agent.waitFor((l) => l.event === 'report.ok' && l.managed === 7, 'a report with the new count');
    expect((await reports()).at(-1)).toMatchObject({ managed_computers: 7, peak_computers: 9 });

    // The activation service goes away: the gateway answers 502 UPSTREAM_UNAVAILABLE.
    const document = readState().license;
    const validUntil = document!.payload.validUntil;
    const activationPort = Number(new URL(h.service('activation').url).port);
    const gatewayPort = Number(new URL(h.gateway.url).port);
    await h.service('activation').close();
    let from = agent.lines.length;
    await eventually(() => (agent.lines.slice(from).filter((l) => l.event === 'refresh.failed').length >= 3 ? true : undefined), 15_000, 'three failed refreshes');
    const failures = agent.lines.slice(from).filter((l) => l.event === 'refresh.failed').slice(0, 3);
    expect(failures.map((l) => l.code)).toEqual(['UPSTREAM_UNAVAILABLE', 'UPSTREAM_UNAVAILABLE', 'UPSTREAM_UNAVAILABLE']);
    expect(failures.map((l) => l.status)).toEqual([502, 502, 502]);
    expect(failures.map((l) => (l.attempt as number) - (failures[0]!.attempt as number))).toEqual([0, 1, 2]);
    const delays = failures.map((l) => l.retryInMs as number);
    expect(delays[0]).toBeGreaterThanOrEqual(200);
    expect(delays[1]).toBeGreaterThan(delays[0]!);
    expect(delays[2]).toBeGreaterThan(delays[1]!);
    expect(Math.max(...delays)).toBeLessThanOrEqual(1000);
    // The last verified document stays, trusted until its validUntil.
    for (const failure of failures) expect(failure).toMatchObject({ trusted: true, validUntil, level: 'warn' });
    expect(readState().license).toEqual(document);

    // Then the gateway too: the network refuses.
    from = agent.lines.length;
    await h.gateway.close();
    const refused = await agent.waitFor((l) => l.event === 'refresh.failed', 'a refused connection', from);
    expect(refused).toMatchObject({ code: 'ECONNREFUSED', trusted: true, validUntil });
    expect(refused.retryInMs).toBeLessThanOrEqual(1000);
    const report = await agent.waitFor((l) => l.event === 'report.failed', 'a failed report', from);
    expect(report).toMatchObject({ trusted: true });
    const pending = readState().pendingReport;
    expect(pending).toMatchObject({ managedComputers: 7 });

    // Both come back where they were: the agent catches up, the pending report goes once, with its id.
    from = agent.lines.length;
    await h.startService('activation', activationPort);
    await h.startGateway({}, gatewayPort);
    const recovered = await agent.waitFor((l) => l.event === 'refresh.ok', 'a refresh after the outage', from);
    expect(Date.parse(recovered.validUntil as string)).toBeGreaterThan(Date.parse(validUntil));
    const resent = await agent.waitFor((l) => l.event === 'report.ok', 'the pending report sent again', from);
    expect(resent).toMatchObject({ resent: true, reportId: pending!.reportId });
    const stored = await reports();
    expect(stored.filter((r) => r.report_id === pending!.reportId)).toHaveLength(1);
    expect(new Set(stored.map((r) => r.report_id)).size).toBe(stored.length);

    expect(await agent.stop()).toBe(0);
    expect(agent.lines.at(-1)).toMatchObject({ event: 'stopped' });
    expect(readState().pendingReport).toBeUndefined();
    expect(Date.parse(readState().schedule!.lastRefreshAt!)).toBeGreaterThanOrEqual(Date.parse(recovered.time as string) - 1000);
  });

  it('on SIGTERM abandons a call that does not finish within the stop timeout, keeping its state, and exits 0', async () => {
    // A server that accepts the connection and never answers (a hung upstream).
    const held: Socket[] = [];
    const hung = createServer((socket) => held.push(socket));
    await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve));
    const copy = join(dir, 'hung.json');
    const before = readState();
    const now = new Date().toISOString();
    writeFileSync(copy, JSON.stringify({ ...before, pendingReport: undefined, schedule: { lastRefreshAt: '2026-01-01T00:00:00.000Z', lastReportAt: now } }));
    const agent = new AgentProcess(['--state', copy, '--server', `http://127.0.0.1:${(hung.address() as AddressInfo).port}`, 'run', '--managed-file', managedFile, '--stop-timeout', '300ms']);
    try {
      await agent.waitFor((l) => l.event === 'started', 'the start');
      await eventually(() => (held.length > 0 ? true : undefined), 10_000, 'the refresh in flight');
      expect(await agent.stop()).toBe(0);
      expect(agent.lines.map((l) => l.event)).toEqual(['started', 'stopping', 'refresh.failed', 'stopped']);
      expect(agent.events('refresh.failed')[0]).toMatchObject({ code: 'ABANDONED', level: 'info', trusted: true });
      const after = JSON.parse(readFileSync(copy, 'utf8')) as ProxyState;
      expect(after.license).toEqual(before.license);
      expect(after.credential).toBe(before.credential);
    } finally {
      for (const socket of held) socket.destroy();
      hung.close();
    }
  });

  it('stops trusting its document once its validUntil passes without a refresh, and says so', async () => {
    // The stored document made to end in two seconds (the agent's own state, as a fake clock would),
    // and a server nobody answers on: every refresh is refused.
    const before = readState();
    const validUntil = new Date(Date.now() + 2000).toISOString();
    const copy = join(dir, 'ending.json');
    writeFileSync(
      copy,
      JSON.stringify({
        ...before,
        pendingReport: undefined,
        license: { ...before.license!, payload: { ...before.license!.payload, validUntil } },
        schedule: { lastRefreshAt: '2026-01-01T00:00:00.000Z', lastReportAt: new Date().toISOString() },
      }),
    );
    const agent = new AgentProcess(['--state', copy, '--server', `http://127.0.0.1:${await freePort()}`, 'run', '--managed-file', managedFile, '--retry-initial', '200ms', '--retry-max', '500ms']);
    expect(await agent.waitFor((l) => l.event === 'started', 'the start')).toMatchObject({ trusted: true, validUntil });
    const early = await agent.waitFor((l) => l.event === 'refresh.failed', 'a refused refresh');
    expect(early).toMatchObject({ code: 'ECONNREFUSED', trusted: true, validUntil });
    const untrusted = await agent.waitFor((l) => l.event === 'license.untrusted', 'the document no longer trusted');
    expect(untrusted).toMatchObject({ level: 'error', validUntil });
    expect(Date.parse(untrusted.time as string)).toBeGreaterThanOrEqual(Date.parse(validUntil));
    // Said once; the retries go on, untrusted.
    const from = agent.lines.indexOf(untrusted);
    const later = await agent.waitFor((l) => l.event === 'refresh.failed', 'a retry after validUntil', from);
    expect(later).toMatchObject({ trusted: false, validUntil });
    expect(await agent.stop()).toBe(0);
    expect(agent.events('license.untrusted')).toHaveLength(1);
    expect(agent.lines.at(-1)).toMatchObject({ event: 'stopped', trusted: false });
  });

  it('refuses to run a proxy that is not activated online, with a clear error', async () => {
    const fresh = new AgentProcess(['--state', join(dir, 'fresh.json'), '--server', h.gateway.url, 'run', '--managed-file', managedFile]);
    expect(await fresh.exited).toBe(1);
    expect(fresh.lines).toEqual([]);
    expect(JSON.parse(fresh.stderr)).toMatchObject({ code: 'NOT_ACTIVATED_ONLINE', message: expect.stringContaining('Activate this proxy online') });
  });
});
