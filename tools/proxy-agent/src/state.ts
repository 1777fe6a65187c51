import { generateKeyPairSync } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Ed25519PublicJwk, LicensePayload, SignedDocument, UsageFigures } from '../../../libs/common/src/signing/index.js';
import { AgentError } from './errors.js';

export interface InstallationDetails {
  serverName: string;
  siteCode: string;
  siteDescription: string | null;
  appVersion: string;
}

/** Everything the proxy keeps between runs, in one JSON file (it holds secrets: mode 0600). */
export interface ProxyState {
  version: 1;
  server?: string;
  /** The proxy's own Ed25519 key pair: it signs offline request files, documents are bound to it. */
  keyPair: { privateKey: string; publicKey: string };
  details?: InstallationDetails;
  installationId?: string;
  /** `<installationId>.<secret>`, for online calls; absent for offline installations. */
  credential?: string;
  mode?: 'online' | 'offline';
  /** The last license document received, verified. */
  license?: SignedDocument<LicensePayload>;
  /** Published signing keys, cached for offline verification. */
  signingKeys?: Ed25519PublicJwk[];
  /** The offline request file written last and not answered yet. */
  pendingRequest?: { type: 'activation-request' | 'refresh-request' | 'deactivation-request'; nonce: string; createdAt: string };
  /** A usage report sent but not acknowledged: retried with the same reportId. */
  pendingReport?: UsageFigures;
  /** The last reports acknowledged (newest last): one retried by hand with `--report-id` is sent again as it was. */
  sentReports?: UsageFigures[];
  /** Set once deactivated (online, or offline by writing the deactivation request). */
  deactivatedAt?: string;
  /** What `proxy-agent run` did last, so that a restart knows what is due. */
  schedule?: {
    lastRefreshAt?: string;
    lastReportAt?: string;
    /** The highest managed count seen since the last report (the peak the next report carries). */
    peakSinceReport?: number;
  };
}

export function newState(server?: string): ProxyState {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    version: 1,
    server,
    keyPair: {
      privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    },
  };
}

export function loadState(path: string): ProxyState | undefined {
  if (!existsSync(path)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new AgentError('STATE_UNREADABLE', `${path} is not a proxy state file (invalid JSON)`);
  }
  const state = parsed as Partial<ProxyState>;
  if (state.version !== 1 || typeof state.keyPair?.privateKey !== 'string' || typeof state.keyPair.publicKey !== 'string') {
    throw new AgentError('STATE_UNREADABLE', `${path} is not a proxy state file`);
  }
  return state as ProxyState;
}

/** Written to a temporary file then renamed, so a crash never leaves half a state file. */
export function saveState(path: string, state: ProxyState): void {
  const temporary = `${path}.tmp-${process.pid}`;
  writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, path);
}
