import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it } from '@jest/globals';
import { eventually, uniqueEmail } from '../../support/harness.js';
import { useHarness } from '../../support/suite.js';
import { freePort } from '../../support/redis.js';

/** Runs the built service as its own process, as production does (the e2e setup builds dist/). */
function startProcess(entry: string, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [entry], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('SIGTERM', () => {
  let child: ChildProcess | undefined;
  // Before the harness's own afterAll: the process holds connections to the suite's database.
  afterAll(() => {
    child?.kill('SIGKILL');
  });
  const h = useHarness({ services: [] });

  it('stops taking requests, finishes the one in flight, and exits', async () => {
    const port = await freePort();
    // An expensive password hash keeps the sign-up in flight long enough to signal during it.
    child = startProcess('dist/apps/identity/src/main.js', {
      ...h.env,
      LOG_LEVEL: 'info',
      IDENTITY_PORT: String(port),
      PASSWORD_HASH_MEMORY_KIB: '262144',
      PASSWORD_HASH_ITERATIONS: '4',
    });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout?.on('data', (d: Buffer) => (stderr += d.toString()));
    const base = `http://127.0.0.1:${port}`;
    await eventually(async () => ((await fetch(`${base}/health`).catch(() => undefined))?.ok ? true : undefined), 20_000, 'identity up').catch((err: Error) => {
      throw new Error(`${err.message}: ${stderr}`);
    });

    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child!.once('exit', (code, signal) => resolve({ code, signal })),
    );
    const email = uniqueEmail('sigterm');
    const inFlight = fetch(`${base}/auth/sign-up`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ firstName: 'Sig', lastName: 'Term', email, password: 'graceful-exit-1', acceptTerms: true }),
    });
    await new Promise((r) => setTimeout(r, 150));
    child.kill('SIGTERM');

    const response = await inFlight;
    expect(response.status).toBe(201);
    const outcome = await exited;
    if (!(outcome.signal === 'SIGTERM' || outcome.code === 0)) throw new Error(`exit ${JSON.stringify(outcome)}: ${stderr}`);
    // Nest re-raises the signal after its shutdown hooks ran; a crash would exit with a code.
    expect(outcome.signal === 'SIGTERM' || outcome.code === 0).toBe(true);
    await expect(fetch(`${base}/health`)).rejects.toThrow();

    const [row] = await h.db.query(`SELECT count(*)::int AS count FROM users WHERE email = $1`, [email]);
    expect(row.count).toBe(1);
  });
});
