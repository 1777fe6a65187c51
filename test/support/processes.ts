import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import type { ServiceName } from './harness.js';
import { freePort } from './redis.js';

/**
 * A service run as its own process from `dist` (built by the e2e global setup), as it runs in
 * production, so that a fault test can kill it with SIGKILL. Its output goes to the test's stderr
 * when LOG_LEVEL asks for logs, or is kept in `output` when the test reads its log lines.
 */
export class ServiceProcess {
  private exited: Promise<number | null>;
  /** Everything the process wrote on stdout (its log lines), with `captureOutput`. */
  output = '';

  private constructor(
    readonly name: ServiceName | 'gateway',
    readonly url: string,
    private readonly child: ChildProcess,
  ) {
    this.exited = new Promise((done) => child.once('exit', (code) => done(code)));
  }

  static async start(name: ServiceName | 'gateway', env: Record<string, string>, timeoutMs = 30_000, options: { captureOutput?: boolean } = {}): Promise<ServiceProcess> {
    const port = await freePort();
    const logs = env.LOG_LEVEL && env.LOG_LEVEL !== 'silent' ? 'inherit' : 'ignore';
    const child = spawn(process.execPath, [resolve(`dist/apps/${name}/src/main.js`)], {
      env: { ...process.env, ...env, [`${name.toUpperCase()}_PORT`]: String(port), HTTP_HOST: '127.0.0.1' },
      stdio: ['ignore', options.captureOutput ? 'pipe' : logs, 'inherit'],
    });
    const running = new ServiceProcess(name, `http://127.0.0.1:${port}`, child);
    child.stdout?.on('data', (chunk: Buffer) => (running.output += chunk.toString('utf8')));
    // The gateway is ready when every upstream is; a suite may run only some: listening is enough.
    const probe = name === 'gateway' ? '/health' : '/health/ready';
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode} while starting`);
      const ready = await fetch(`${running.url}${probe}`).then((r) => r.ok, () => false);
      if (ready) return running;
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`${name} was not ready within ${timeoutMs} ms`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** kill -9: no shutdown hook runs; jobs in progress are left to BullMQ's stalled-job check. */
  async kill(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    await this.exited;
  }

  /** A graceful stop (SIGTERM), as a deploy does; SIGKILL if it takes longer than `timeoutMs`. */
  async stop(timeoutMs = 20_000): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
    await this.exited;
    clearTimeout(timer);
  }
}
