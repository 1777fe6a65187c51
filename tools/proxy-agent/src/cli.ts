#!/usr/bin/env node
/**
 * proxy-agent: the reference proxy, by hand.
 *   npm run -s proxy-agent -- --state ./proxy.json --server http://localhost:3003 activate --key XXXXX-... --site-code T12
 * Prints JSON on stdout; on failure prints `{ code, message }` on stderr and exits 1.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { parseArgs } from 'node:util';
import type { Ed25519PublicJwk } from '../../../libs/common/src/signing/index.js';
import { ProxyAgent } from './agent.js';
import { AgentError, ProxyApiError } from './errors.js';
import { AgentService, DEFAULT_SERVICE_OPTIONS, jsonLineLog } from './service.js';
import type { UsageSource } from './usage-source.js';

const USAGE = `Usage: proxy-agent [--state FILE] [--server URL] <command> [options]

  --state FILE             the proxy's state file (default ./proxy-state.json; created with a fresh key pair)
  --server URL             the activation service, e.g. http://localhost:3003 (remembered in the state)

Commands:
  status                                 what the state file holds, and whether the license is trusted now
  keys [--export FILE] [--import FILE]   fetch the published signing keys (or move them to an offline proxy)
  verify --key KEY                       license information of a key, before activating
  activate --key KEY --site-code CODE [--server-name NAME] [--site-description TEXT] [--app-version V]
  refresh                                current license information and a fresh signed document
  report --managed N [--peak N] [--report-id ID]
  enroll-check [--managed N]             may one more computer be enrolled?
  deactivate                             online deactivation: releases the key
  offline-request activate --key KEY --site-code CODE [...] --out FILE
  offline-request refresh [--managed N --peak N] --out FILE
  offline-request deactivate --out FILE
  offline-import --in FILE               import an activation file or a subscription information file
  run (--managed-file FILE | --managed-command CMD) [--refresh-interval 24h] [--refresh-jitter 30m]
      [--report-interval 7d] [--retry-initial 30s] [--retry-max 1h] [--stop-timeout 10s]
                                         the proxy as a service: refreshes and reports on schedule, retries with
                                         backoff, logs JSON lines on stdout, stops cleanly on SIGTERM (exit 0).
                                         The file or the command's output holds the managed count ("42", "42 57"
                                         with the peak, or {"managed":42,"peak":57}).

Every option of run (and --state, --server) may come from the environment instead:
PROXY_AGENT_STATE, PROXY_AGENT_SERVER, PROXY_AGENT_MANAGED_FILE, PROXY_AGENT_REFRESH_INTERVAL, ...
Durations: 500ms, 30s, 15m, 24h, 7d.
`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    state: { type: 'string' },
    server: { type: 'string' },
    key: { type: 'string' },
    'server-name': { type: 'string' },
    'site-code': { type: 'string' },
    'site-description': { type: 'string' },
    'app-version': { type: 'string', default: '6.0.0.74' },
    managed: { type: 'string' },
    peak: { type: 'string' },
    'report-id': { type: 'string' },
    out: { type: 'string' },
    in: { type: 'string' },
    export: { type: 'string' },
    import: { type: 'string' },
    'managed-file': { type: 'string' },
    'managed-command': { type: 'string' },
    'refresh-interval': { type: 'string' },
    'refresh-jitter': { type: 'string' },
    'report-interval': { type: 'string' },
    'retry-initial': { type: 'string' },
    'retry-max': { type: 'string' },
    'stop-timeout': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

type Option = keyof typeof values;

/** A flag, else PROXY_AGENT_<NAME> from the environment (what a systemd EnvironmentFile gives). */
function option(name: Option): string | undefined {
  const value = values[name];
  if (typeof value === 'string') return value;
  const fromEnv = process.env[`PROXY_AGENT_${name.toUpperCase().replace(/-/g, '_')}`];
  return fromEnv === '' ? undefined : fromEnv;
}

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3600_000, d: 86_400_000 };

function duration(name: Option, fallback: number): number {
  const raw = option(name);
  if (raw === undefined) return fallback;
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/.exec(raw.trim());
  if (!m) throw new AgentError('USAGE', `--${name} must be a duration such as 500ms, 30s, 15m, 24h or 7d`);
  return Math.round(Number(m[1]) * (UNITS[m[2] as string] as number));
}

function usageSource(): UsageSource {
  const file = option('managed-file');
  const command = option('managed-command');
  if (file && command) throw new AgentError('USAGE', 'Give --managed-file or --managed-command, not both');
  if (file) return { file };
  if (command) return { command };
  throw new AgentError('USAGE', `run needs --managed-file FILE or --managed-command CMD\n\n${USAGE}`);
}

/** The proxy as a service, until SIGTERM (or SIGINT); resolves to nothing printed. */
async function runService(path: string, server: string | undefined): Promise<string> {
  const options = {
    usage: usageSource(),
    refreshIntervalMs: duration('refresh-interval', DEFAULT_SERVICE_OPTIONS.refreshIntervalMs),
    refreshJitterMs: duration('refresh-jitter', DEFAULT_SERVICE_OPTIONS.refreshJitterMs),
    reportIntervalMs: duration('report-interval', DEFAULT_SERVICE_OPTIONS.reportIntervalMs),
    retryInitialMs: duration('retry-initial', DEFAULT_SERVICE_OPTIONS.retryInitialMs),
    retryMaxMs: duration('retry-max', DEFAULT_SERVICE_OPTIONS.retryMaxMs),
    stopTimeoutMs: duration('stop-timeout', DEFAULT_SERVICE_OPTIONS.stopTimeoutMs),
    log: jsonLineLog,
  };
  if (options.refreshIntervalMs <= 0 || options.reportIntervalMs <= 0 || options.retryInitialMs <= 0) {
    throw new AgentError('USAGE', 'Intervals and the first retry delay must be above 0');
  }
  const running: { service?: AgentService } = {};
  // Each call carries the signal of the service's call in flight, so that a stop can abandon it.
  const agent = ProxyAgent.open(path, { server, fetch: (request) => fetch(request, { signal: running.service?.signal }) });
  const service = new AgentService(agent, options);
  running.service = service;
  process.on('SIGTERM', () => service.stop());
  process.on('SIGINT', () => service.stop());
  await service.run();
  // Idle keep-alive sockets would hold the process for seconds; everything is saved and logged (stdout
  // to a pipe or journald is synchronous on Linux).
  process.exit(0);
}

function required(name: keyof typeof values): string {
  const value = values[name];
  if (typeof value !== 'string' || value === '') throw new AgentError('USAGE', `--${name} is required\n\n${USAGE}`);
  return value;
}

function count(name: 'managed' | 'peak'): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new AgentError('USAGE', `--${name} must be a whole number`);
  return n;
}

function activation() {
  return {
    key: required('key'),
    serverName: values['server-name'] ?? hostname(),
    siteCode: required('site-code'),
    siteDescription: values['site-description'] ?? null,
    appVersion: values['app-version'] ?? '6.0.0.74',
  };
}

function writeFile(document: unknown): { written: string } {
  const out = required('out');
  writeFileSync(out, `${JSON.stringify(document, null, 2)}\n`);
  return { written: out };
}

async function run(): Promise<unknown> {
  const [command, sub] = positionals;
  if (values.help || !command) return USAGE;
  const statePath = option('state') ?? './proxy-state.json';
  if (command === 'run') return runService(statePath, option('server'));
  const agent = ProxyAgent.open(statePath, { server: option('server') });
  switch (command) {
    case 'status': {
      const { state } = agent;
      return {
        server: state.server ?? null,
        keyId: agent.keyId,
        installationId: state.installationId ?? null,
        mode: state.mode ?? null,
        deactivatedAt: state.deactivatedAt ?? null,
        pendingRequest: state.pendingRequest ?? null,
        license: agent.license() ?? null,
      };
    }
    case 'keys': {
      if (values.import) agent.importSigningKeys((JSON.parse(readFileSync(values.import, 'utf8')) as { keys: Ed25519PublicJwk[] }).keys);
      else await agent.fetchSigningKeys();
      if (values.export) writeFileSync(values.export, `${JSON.stringify({ keys: agent.state.signingKeys }, null, 2)}\n`);
      return { keys: agent.state.signingKeys };
    }
    case 'verify':
      return agent.verifyKey(required('key'));
    case 'activate':
      return agent.activate(activation());
    case 'refresh':
      return agent.refresh();
    case 'report':
      return agent.report({ managed: count('managed') ?? Number(required('managed')), peak: count('peak'), reportId: values['report-id'] });
    case 'enroll-check':
      return agent.enrollmentCheck(count('managed'));
    case 'deactivate':
      return agent.deactivate();
    case 'offline-request':
      switch (sub) {
        case 'activate':
          return writeFile(agent.createActivationRequest(activation()));
        case 'refresh': {
          const managed = count('managed');
          return writeFile(agent.createRefreshRequest(managed === undefined ? undefined : { managed, peak: count('peak'), reportId: values['report-id'] }));
        }
        case 'deactivate':
          return writeFile(agent.createDeactivationRequest());
        default:
          throw new AgentError('USAGE', `offline-request activate | refresh | deactivate\n\n${USAGE}`);
      }
    case 'offline-import':
      return agent.importFile(JSON.parse(readFileSync(required('in'), 'utf8')) as unknown);
    default:
      throw new AgentError('USAGE', `Unknown command ${command}\n\n${USAGE}`);
  }
}

run().then(
  (result) => {
    process.stdout.write(typeof result === 'string' ? result : `${JSON.stringify(result, null, 2)}\n`);
  },
  (err: unknown) => {
    if (err instanceof AgentError) {
      const body = err instanceof ProxyApiError ? { status: err.status, code: err.code, message: err.message, details: err.details } : { code: err.code, message: err.message };
      process.stderr.write(`${JSON.stringify(body, null, 2)}\n`);
    } else {
      process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
    }
    process.exit(1);
  },
);
