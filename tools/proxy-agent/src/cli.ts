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
`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    state: { type: 'string', default: './proxy-state.json' },
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
    help: { type: 'boolean', short: 'h' },
  },
});

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
  const agent = ProxyAgent.open(values.state ?? './proxy-state.json', { server: values.server });
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
