import type { LicensePayload } from '../../../libs/common/src/signing/index.js';
import type { ProxyAgent } from './agent.js';
import { AgentError, ProxyApiError } from './errors.js';
import { readUsage, type UsageSource } from './usage-source.js';

export interface ServiceOptions {
  /** Between two refreshes (24 h), plus a random part of `refreshJitterMs` so that a fleet does not call at once. */
  refreshIntervalMs: number;
  refreshJitterMs: number;
  /** Between two usage reports (7 days). */
  reportIntervalMs: number;
  /** First retry delay after a failed call, doubled at each failure up to `retryMaxMs`. */
  retryInitialMs: number;
  retryMaxMs: number;
  /** How long SIGTERM waits for the call in flight before abandoning it. */
  stopTimeoutMs: number;
  /** Where the managed-computer count comes from. */
  usage: UsageSource;
  log?: (entry: LogEntry) => void;
  random?: () => number;
}

export const DEFAULT_SERVICE_OPTIONS = {
  refreshIntervalMs: 24 * 3600_000,
  refreshJitterMs: 30 * 60_000,
  reportIntervalMs: 7 * 24 * 3600_000,
  retryInitialMs: 30_000,
  retryMaxMs: 3600_000,
  stopTimeoutMs: 10_000,
} as const;

export interface LogEntry {
  level: 'info' | 'warn' | 'error';
  event: string;
  message: string;
  [field: string]: unknown;
}

type Task = 'refresh' | 'report';

/** One JSON object per line on stdout: what journald keeps and a test can read. */
export const jsonLineLog = (entry: LogEntry): void => {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`);
};

/** What a failure was, for the log: the server's code, or the network's. */
function describeFailure(err: unknown): { code: string; status?: number; message: string } {
  if (err instanceof ProxyApiError) return { code: err.code, status: err.status, message: err.message };
  if (err instanceof AgentError) return { code: err.code, message: err.message };
  const e = err as Error & { cause?: { code?: string; message?: string } };
  if (e?.name === 'AbortError') return { code: 'ABANDONED', message: 'The call was abandoned at shutdown' };
  if (e instanceof TypeError && e.cause) return { code: e.cause.code ?? 'NETWORK_ERROR', message: e.cause.message ?? e.message };
  return { code: 'UNEXPECTED', message: e?.message ?? String(err) };
}

/**
 * `proxy-agent run`: the proxy as a service. Refreshes every `refreshIntervalMs` (at once after start
 * when the last refresh is older), reports usage every `reportIntervalMs`, retries a failed call with
 * exponential backoff while the last verified document stays trusted until its validUntil, and stops
 * on `stop()` (SIGTERM) after the call in flight or, past `stopTimeoutMs`, by abandoning it. Both are
 * safe to abandon: a refresh changes nothing until its document verifies, and a report left
 * unacknowledged is sent again, with the same id, at the next start.
 */
export class AgentService {
  private readonly options: Required<Omit<ServiceOptions, 'log' | 'random'>> & Pick<Required<ServiceOptions>, 'log' | 'random'>;
  private readonly due: Record<Task, number> = { refresh: 0, report: 0 };
  private readonly failures: Record<Task, number> = { refresh: 0, report: 0 };
  private stopping = false;
  private wake?: () => void;
  private inflight?: AbortController;
  private wasTrusted = false;

  /** The agent's fetch should pass `service.signal` on, so that a stop can abandon the call in flight. */
  constructor(
    private readonly agent: ProxyAgent,
    options: ServiceOptions,
  ) {
    this.options = { log: jsonLineLog, random: Math.random, ...options };
  }

  /** The signal of the call in flight (the agent's fetch passes it on). */
  get signal(): AbortSignal | undefined {
    return this.inflight?.signal;
  }

  async run(): Promise<'stopped' | 'deactivated'> {
    const state = this.agent.state;
    if (!state.credential || state.mode !== 'online') {
      throw new AgentError('NOT_ACTIVATED_ONLINE', state.deactivatedAt ? 'This proxy is deactivated' : 'Activate this proxy online before running it as a service');
    }
    const now = Date.now();
    const lastRefresh = Date.parse(state.schedule?.lastRefreshAt ?? state.license?.payload.issuedAt ?? '');
    const lastReport = Date.parse(state.schedule?.lastReportAt ?? '');
    this.due.refresh = Number.isNaN(lastRefresh) || now - lastRefresh >= this.options.refreshIntervalMs ? now : lastRefresh + this.options.refreshIntervalMs + this.jitter();
    this.due.report = state.pendingReport || Number.isNaN(lastReport) || now - lastReport >= this.options.reportIntervalMs ? now : lastReport + this.options.reportIntervalMs;
    this.wasTrusted = this.agent.license()?.trusted ?? false;
    this.log('info', 'started', 'Proxy agent running', {
      installationId: state.installationId,
      server: state.server,
      nextRefreshAt: new Date(this.due.refresh).toISOString(),
      nextReportAt: new Date(this.due.report).toISOString(),
      ...this.trust(),
    });

    let outcome: 'stopped' | 'deactivated' = 'stopped';
    while (!this.stopping) {
      const task: Task = this.due.refresh <= this.due.report ? 'refresh' : 'report';
      await this.sleepUntil(this.due[task]);
      if (this.stopping) break;
      const result = await this.perform(task);
      if (result === 'deactivated') {
        outcome = 'deactivated';
        break;
      }
    }
    this.agent.updateSchedule({}); // the state as it is now, written once more
    this.log('info', 'stopped', outcome === 'deactivated' ? 'Stopped: this installation is deactivated' : 'Stopped', { ...this.trust() });
    return outcome;
  }

  /** SIGTERM: no new call; the one in flight may finish within stopTimeoutMs, then it is abandoned. */
  stop(): void {
    if (this.stopping) return;
    this.stopping = true;
    this.wake?.();
    const inflight = this.inflight;
    if (inflight) {
      this.log('info', 'stopping', 'Stopping after the call in flight', { stopTimeoutMs: this.options.stopTimeoutMs });
      setTimeout(() => inflight.abort(), this.options.stopTimeoutMs).unref();
    }
  }

  private async perform(task: Task): Promise<'done' | 'failed' | 'deactivated'> {
    this.inflight = new AbortController();
    try {
      if (task === 'refresh') {
        const payload = await this.agent.refresh();
        this.afterRefresh(payload);
        if (payload.status === 'deactivated') return 'deactivated';
        await this.samplePeak(this.inflight.signal);
      } else {
        await this.report(this.inflight.signal);
      }
      this.failures[task] = 0;
      return 'done';
    } catch (err) {
      this.failures[task] += 1;
      const delay = this.backoff(this.failures[task]);
      this.due[task] = Date.now() + delay;
      const failure = describeFailure(err);
      this.log(failure.code === 'ABANDONED' ? 'info' : 'warn', `${task}.failed`, `${task === 'refresh' ? 'Refresh' : 'Usage report'} failed: ${failure.message}`, {
        ...failure,
        attempt: this.failures[task],
        retryInMs: delay,
        ...this.trust(),
      });
      this.noticeTrustChange();
      return 'failed';
    } finally {
      this.inflight = undefined;
    }
  }

  private afterRefresh(payload: LicensePayload): void {
    const at = new Date();
    this.agent.updateSchedule({ lastRefreshAt: at.toISOString() });
    this.due.refresh = at.getTime() + this.options.refreshIntervalMs + this.jitter();
    this.log('info', 'refresh.ok', `Refreshed: ${payload.status}`, {
      status: payload.status,
      quota: payload.quota,
      used: payload.used,
      validUntil: payload.validUntil,
      nextRefreshAt: new Date(this.due.refresh).toISOString(),
    });
    this.noticeTrustChange();
  }

  /** Between reports, each refresh samples the count too, so that the next report carries the peak seen. */
  private async samplePeak(signal: AbortSignal): Promise<void> {
    try {
      const sample = await readUsage(this.options.usage, signal);
      const peak = Math.max(sample.peak ?? sample.managed, this.agent.state.schedule?.peakSinceReport ?? 0);
      this.agent.updateSchedule({ peakSinceReport: peak });
    } catch (err) {
      this.log('warn', 'usage.unreadable', `Could not read the managed-computer count: ${describeFailure(err).message}`);
    }
  }

  /** A report left unacknowledged is this period's report: it goes again, alone, with its id. */
  private async report(signal: AbortSignal): Promise<void> {
    const resent = await this.agent.sendPendingReport();
    let figures: { managed: number; peak: number; reportId?: string };
    if (resent) {
      figures = { managed: resent.managedComputers, peak: resent.peakComputers, reportId: resent.reportId };
    } else {
      const sample = await readUsage(this.options.usage, signal);
      const peak = Math.max(sample.peak ?? sample.managed, this.agent.state.schedule?.peakSinceReport ?? 0);
      const response = await this.agent.report({ managed: sample.managed, peak });
      figures = { managed: response.managedComputers, peak: response.peakComputers, reportId: response.reportId };
    }
    const at = Date.now();
    this.agent.updateSchedule({ lastReportAt: new Date(at).toISOString(), peakSinceReport: undefined });
    this.due.report = at + this.options.reportIntervalMs;
    this.log('info', 'report.ok', resent ? 'Usage report sent again and acknowledged' : 'Usage report acknowledged', {
      ...figures,
      resent: Boolean(resent),
      nextReportAt: new Date(this.due.report).toISOString(),
    });
  }

  /** initial × 2^(n-1), capped, plus up to 20% so that proxies retrying after one outage spread out. */
  private backoff(failures: number): number {
    const base = this.options.retryInitialMs * 2 ** Math.min(failures - 1, 30);
    return Math.round(Math.min(this.options.retryMaxMs, base * (1 + 0.2 * this.options.random())));
  }

  private jitter(): number {
    return Math.round(this.options.random() * this.options.refreshJitterMs);
  }

  private trust(): { trusted: boolean; validUntil: string | null } {
    const license = this.agent.license();
    return { trusted: license?.trusted ?? false, validUntil: license?.payload.validUntil ?? null };
  }

  private noticeTrustChange(): void {
    const { trusted, validUntil } = this.trust();
    if (this.wasTrusted && !trusted) this.log('error', 'license.untrusted', 'The license document is no longer trusted: it expired without a successful refresh, or the license does not grant use', { validUntil });
    if (!this.wasTrusted && trusted) this.log('info', 'license.trusted', 'The license document is trusted again', { validUntil });
    this.wasTrusted = trusted;
  }

  private async sleepUntil(at: number): Promise<void> {
    for (let ms = at - Date.now(); ms > 0 && !this.stopping; ms = at - Date.now()) {
      await new Promise<void>((resolve) => {
        // setTimeout holds at most 2^31-1 ms (24.8 days): longer waits take several rounds.
        const timer = setTimeout(done, Math.min(ms, 2 ** 31 - 1));
        function done() {
          clearTimeout(timer);
          resolve();
        }
        this.wake = done;
      });
    }
  }

  private log(level: LogEntry['level'], event: string, message: string, fields: Record<string, unknown> = {}): void {
    this.options.log({ level, event, message, ...fields });
  }
}
