/**
 * A/B benchmark of the proxy hot path: the built activation service (A) against a bare Fastify
 * server running the same domain code, statements and signing (B, scripts/bench/proxy-bare-server.ts).
 *   npm run bench:proxy -- [--installations 20000] [--rounds 5] [--seconds 5] [--connections 64] [--endpoints refresh,...] [--profile dir]
 *                          [--perf] [--baseline <checkout>]
 * Creates a database of its own on the Postgres at DATABASE_URL, migrates it, seeds one account
 * (progress shown), starts A and B as separate processes on loopback, then for each endpoint runs
 * autocannon (scripts/bench/proxy-load.ts, a third process) in short rounds alternating A and B
 * (ABAB.., BABA.. on odd rounds) so that noise from other work on the machine hits both. Reports the
 * medians of the rounds: req/s ratio, p99 ratio and CPU per request (the server process's user+system
 * time over the round / its requests), writes docs/benchmarks/proxy-ab.md, drops the database.
 * `--perf` also records both servers with Linux perf during the rounds and reports, per endpoint, where
 * each one's CPU per request goes (scripts/bench/perf-profile.ts). `--baseline <checkout>` makes B the
 * activation service built in another checkout (e.g. a git worktree of an earlier commit) instead of
 * the bare server: a change's effect measured against its baseline in the same run.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { sha256Hex } from '#common';
import { PERF_NODE_FLAGS, perfAvailable, recordPerf, removePerfMaps, type PerfRecording } from './perf-profile.js';
import { admin, databaseUrl, deleteRedisKeys, dropDatabase, freePort, HISTORY_WEEKS, migrate, redisUrl, runLoad, seedUsageHistory } from './bench-support.js';
import type { Endpoint, LoadOutput } from './proxy-load.js';

const { values: args } = parseArgs({
  options: {
    installations: { type: 'string', default: '20000' },
    rounds: { type: 'string', default: '5' },
    seconds: { type: 'string', default: '5' },
    connections: { type: 'string', default: '64' },
    endpoints: { type: 'string', default: 'refresh,usage report,enrollment check' },
    /** Default: docs/benchmarks/proxy-ab.md, or a file in the temp directory with --baseline. */
    out: { type: 'string' },
    /** Write a V8 CPU profile of each server into this directory (on exit). */
    profile: { type: 'string' },
    /** Record both servers with Linux perf (cpu-clock) during the rounds: CPU per request by category. */
    perf: { type: 'boolean', default: false },
    /** B is the activation service built in this other checkout instead of the bare server. */
    baseline: { type: 'string' },
  },
});
const N = Number(args.installations);
const ROUNDS = Number(args.rounds);
const SECONDS = Number(args.seconds);
const CONNECTIONS = Number(args.connections);
const ENDPOINTS = String(args.endpoints).split(',') as Endpoint[];
const OUT = resolve(args.out ?? (args.baseline ? join(tmpdir(), 'proxy-vs-baseline.md') : 'docs/benchmarks/proxy-ab.md'));
const PROFILE = args.profile ? ['--cpu-prof', `--cpu-prof-dir=${resolve(args.profile)}`] : [];
const PERF = args.perf === true;
const BASELINE = args.baseline ? resolve(args.baseline) : undefined;
const SERVICE_MAIN = 'dist/apps/activation/src/main.js';
if (PERF && !perfAvailable()) throw new Error('--perf needs Linux perf (apt-get install linux-perf)');
if (BASELINE && !existsSync(join(BASELINE, SERVICE_MAIN))) throw new Error(`--baseline: ${join(BASELINE, SERVICE_MAIN)} not found (build that checkout first)`);
const B_NAME = BASELINE ? 'baseline' : 'bare';

const runId = `pab${Date.now().toString(36)}`;
const dbName = `lic_${runId}`;
const dbUrl = databaseUrl(dbName);
const idsFile = join(tmpdir(), `${runId}-ids.txt`);
const log = (message: string) => console.log(`[bench:proxy] ${message}`);

const SECRET = randomBytes(32).toString('base64url');
const SECRET_HASH = sha256Hex(SECRET);

/** One account, N subscriptions with their primary key (all valid for a year or more), one active installation per key. */
async function seed(db: pg.Client): Promise<string[]> {
  const proxyKey = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const [account] = (
    await db.query<{ id: string }>(
      `INSERT INTO business_accounts (company_name, country, zip, phone, support_code) VALUES ('Bench Corp', 'DE', '10115', '+49', '00000-00001') RETURNING id`,
    )
  ).rows;
  const chunk = 10_000;
  for (let from = 1; from <= N; from += chunk) {
    const to = Math.min(N, from + chunk - 1);
    await db.query(
      `WITH subs AS (
         INSERT INTO subscriptions (account_id, product_id, name, quantity, starts_on, ends_on, status, registered_at)
         SELECT $1, (SELECT id FROM products WHERE code = 'mac-management'), 'Bench ' || g, 50, current_date - 300, current_date + 400 + g % 100, 'active', now()
           FROM generate_series($2::int, $3::int) g
         RETURNING id, name
       ), keys AS (
         INSERT INTO license_keys (subscription_id, kind, name, quota, key_hash, key_ciphertext, key_last)
         SELECT id, 'primary', 'Primary Key', 50, md5(name) || md5(name || 'x'), 'v1.x.x.x', upper(substr(md5(name), 1, 5)) FROM subs
         RETURNING id
       )
       INSERT INTO installations (account_id, license_key_id, server_name, site_code, app_version, activated_offline, status,
                                  proxy_public_key, credential_hash, activated_at, managed_computers)
       SELECT $1, k.id, 'proxy-' || substr(md5(k.id::text), 1, 10) || '.corp.example', 'S' || lpad((row_number() OVER ())::text, 5, '0'),
              '6.0.0.1', false, 'active', $4, $5, now() - interval '30 days', (hashtext(k.id::text) & 1023) % 40
         FROM keys k`,
      [account!.id, from, to, proxyKey, SECRET_HASH],
    );
    log(`seeded ${to}/${N} installations`);
  }
  await seedUsageHistory(db, HISTORY_WEEKS, log);
  await db.query('ANALYZE');
  return (await db.query<{ id: string }>(`SELECT id FROM installations`)).rows.map((r) => r.id);
}

async function waitReady(child: ChildProcess, port: number, name: string): Promise<void> {
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${name} did not become ready`);
}

/** The commit a checkout is at, for the report. */
function gitHead(dir: string): string {
  try {
    return execFileSync('git', ['-C', dir, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

const TICK_SECONDS = 0.01; // Linux USER_HZ = 100

/** User + system CPU seconds the process has used so far. */
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_SECONDS;
}

interface Round extends LoadOutput {
  cpuPerRequestUs: number;
}

interface PerfShares {
  service: { samples: number; shares: Map<string, number> };
  bare: { samples: number; shares: Map<string, number> };
}

/** Per endpoint: each side's CPU per request (median of the rounds) split by the perf samples' categories. */
function perfTables(summary: Array<{ endpoint: Endpoint; serviceCpu: number; bareCpu: number; perf?: PerfShares }>): string {
  const sections = summary.flatMap(({ endpoint, serviceCpu, bareCpu, perf }) => {
    if (!perf) return [];
    const names = [...new Set([...perf.service.shares.keys(), ...perf.bare.shares.keys()])];
    const us = (side: 'service' | 'bare', name: string) => (perf[side].shares.get(name) ?? 0) * (side === 'service' ? serviceCpu : bareCpu);
    const lines = names
      .map((name) => ({ name, a: us('service', name), b: us('bare', name) }))
      .sort((x, y) => y.a - y.b - (x.a - x.b))
      .map(({ name, a, b }) => `| ${name} | ${a.toFixed(1)} | ${b.toFixed(1)} | ${(a - b >= 0 ? '+' : '') + (a - b).toFixed(1)} |`);
    return [
      `### ${endpoint} (${perf.service.samples} and ${perf.bare.samples} samples)\n\n| category | A µs/req | B µs/req | A - B |\n| --- | ---: | ---: | ---: |\n${lines.join('\n')}\n`,
    ];
  });
  return `\n## Where the CPU goes (\`--perf\`)\n
Linux perf (cpu-clock, every thread of each server) during the rounds; each sample in the category of its
first recognised frame from the leaf (scripts/bench/perf-profile.ts), scaled by the side's median CPU per request.
Largest differences first.

${sections.join('\n')}`;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

async function main(): Promise<void> {
  log(`database ${dbName}; ${N} installations; ${CONNECTIONS} connections; ${ROUNDS} rounds of ${SECONDS} s per side and endpoint`);
  await admin((c) => c.query(`CREATE DATABASE "${dbName}"`));
  const children: ChildProcess[] = [];
  try {
    await migrate(dbUrl);
    log('migrated');
    const db = new pg.Client({ connectionString: dbUrl });
    await db.connect();
    writeFileSync(idsFile, (await seed(db)).join('\n'));
    const version = (await db.query<{ version: string }>('SELECT version()')).rows[0]?.version ?? '';
    await db.end();

    const signing = generateKeyPairSync('ed25519');
    const [servicePort, barePort] = [await freePort(), await freePort()];
    const pool = '10';
    const env = {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      DATABASE_URL: dbUrl,
      DATABASE_POOL_SIZE: pool,
      REDIS_URL: redisUrl,
      QUEUE_PREFIX: runId,
      HTTP_HOST: '127.0.0.1',
      ACTIVATION_PORT: String(servicePort),
      BARE_PORT: String(barePort),
      AUTH_PUBLIC_KEY: generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      LICENSE_KEY_SECRET: randomBytes(24).toString('hex'),
      ACTIVATION_SIGNING_KEYS: JSON.stringify([{ kid: 'bench', privateKey: signing.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() }]),
    };
    const start = (script: string, extra: Record<string, string> = {}) => {
      const flags = [...PROFILE, ...(PERF ? PERF_NODE_FLAGS : [])];
      const child = spawn(process.execPath, [...flags, script], { env: { ...env, ...extra }, stdio: ['ignore', 'ignore', 'inherit'] });
      children.push(child);
      return child;
    };
    const sides = {
      service: { child: start(SERVICE_MAIN), port: servicePort },
      // The baseline service listens on B's port; it runs from its own checkout, with that checkout's modules.
      bare: { child: BASELINE ? start(join(BASELINE, SERVICE_MAIN), { ACTIVATION_PORT: String(barePort) }) : start('dist/scripts/bench/proxy-bare-server.js'), port: barePort },
    };
    await waitReady(sides.service.child, servicePort, 'the activation service');
    await waitReady(sides.bare.child, barePort, BASELINE ? 'the baseline service' : 'the bare server');
    log('both servers ready');

    const run = async (side: keyof typeof sides, endpoint: Endpoint, seconds: number, tag: string): Promise<Round> => {
      const { child, port } = sides[side];
      const cpu0 = cpuSeconds(child.pid as number);
      const result = await runLoad({ url: `http://127.0.0.1:${port}`, endpoint, connections: CONNECTIONS, seconds, idsFile, secret: SECRET, tag });
      const cpu = cpuSeconds(child.pid as number) - cpu0;
      if (result.non2xx > 0 || result.errors > 0) log(`  ${side} ${endpoint}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
      return { ...result, cpuPerRequestUs: result.requests > 0 ? (cpu * 1e6) / result.requests : 0 };
    };

    const rows: Array<{ endpoint: Endpoint; service: Round[]; bare: Round[]; perf?: PerfShares }> = [];
    for (const endpoint of ENDPOINTS) {
      log(`${endpoint}: warm-up`);
      await run('service', endpoint, 3, `${runId}-w-s`);
      await run('bare', endpoint, 3, `${runId}-w-b`);
      const row: (typeof rows)[number] = { endpoint, service: [], bare: [] };
      const recordings: Record<keyof typeof sides, PerfRecording> | undefined = PERF
        ? {
            service: recordPerf(sides.service.child.pid as number, join(tmpdir(), `${runId}-service.perf`)),
            bare: recordPerf(sides.bare.child.pid as number, join(tmpdir(), `${runId}-bare.perf`)),
          }
        : undefined;
      for (let r = 0; r < ROUNDS; r++) {
        const order: Array<keyof typeof sides> = r % 2 === 0 ? ['service', 'bare'] : ['bare', 'service'];
        for (const side of order) row[side].push(await run(side, endpoint, SECONDS, `${runId}-${r}-${side}`));
        const s = row.service[r] as Round;
        const b = row.bare[r] as Round;
        log(
          `${endpoint} round ${r + 1}/${ROUNDS}: service ${s.rps.toFixed(0)} req/s p99 ${s.p99} ms ${s.cpuPerRequestUs.toFixed(0)} µs CPU/req; ` +
            `${B_NAME} ${b.rps.toFixed(0)} req/s p99 ${b.p99} ms ${b.cpuPerRequestUs.toFixed(0)} µs CPU/req; ratio ${(s.rps / b.rps).toFixed(2)}`,
        );
      }
      if (recordings) {
        log(`${endpoint}: reading the perf samples`);
        row.perf = { service: await recordings.service.stop(), bare: await recordings.bare.stop() };
      }
      rows.push(row);
    }

    const summary = rows.map(({ endpoint, service, bare, perf }) => {
      const m = (rs: Round[], f: (r: Round) => number) => median(rs.map(f));
      const rpsRatio = median(service.map((s, i) => s.rps / (bare[i] as Round).rps));
      const p99Ratio = median(service.map((s, i) => s.p99 / (bare[i] as Round).p99));
      return {
        endpoint,
        serviceRps: m(service, (r) => r.rps),
        bareRps: m(bare, (r) => r.rps),
        rpsRatio,
        serviceP99: m(service, (r) => r.p99),
        bareP99: m(bare, (r) => r.p99),
        p99Ratio,
        serviceCpu: m(service, (r) => r.cpuPerRequestUs),
        bareCpu: m(bare, (r) => r.cpuPerRequestUs),
        non2xx: [...service, ...bare].reduce((n, r) => n + r.non2xx + r.errors, 0),
        rounds: { service, bare },
        perf,
      };
    });
    for (const s of summary) {
      log(`${s.endpoint}: req/s ratio ${s.rpsRatio.toFixed(2)}, p99 ratio ${s.p99Ratio.toFixed(2)}, CPU/req ${s.serviceCpu.toFixed(0)} vs ${s.bareCpu.toFixed(0)} µs`);
    }
    const perfSection = summary.some((s) => s.perf) ? perfTables(summary) : '';

    const cpu = cpus();
    const bSide = BASELINE
      ? `- B (baseline): the activation service built in \`${BASELINE}\` (commit ${gitHead(BASELINE)}), same settings; A is commit ${gitHead('.')}`
      : `- B (bare): \`scripts/bench/proxy-bare-server.ts\`, one process: plain Fastify with a body schema per route, the same
  domain code (credential query, \`ProxyProtocolService\`, \`UsageReportsService\`, the same Ed25519 key), same pool size`;
    const md = `# Proxy hot path: activation service vs. ${BASELINE ? 'a baseline build of it' : 'a bare Fastify server'}

Recorded by \`npm run bench:proxy\` (scripts/bench/proxy-ab-bench.ts) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.

- Machine: ${cpu.length} cores (${cpu[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM; Node ${process.version}; shared with other work (the rounds alternate A and B so noise hits both)
- Postgres: ${version.split(',')[0]}, on the same machine; one account with ${N.toLocaleString('en')} installations, each with its own valid key and ${HISTORY_WEEKS} weeks of weekly usage reports
- A (service): the built activation service, one process, DATABASE_POOL_SIZE ${pool}, LOG_LEVEL warn
${bSide}
- Load: autocannon in a separate process, ${CONNECTIONS} keep-alive connections, each request as the next installation
  (usage reports with a fresh reportId each); ${ROUNDS} rounds of ${SECONDS} s per side and endpoint after a 3 s warm-up,
  in the order AB, BA, AB, ...
- CPU per request: the server process's user + system time over a round (from /proc, 10 ms ticks) / its requests

## Medians of the rounds

| endpoint | A req/s | B req/s | req/s ratio A/B | A p99 ms | B p99 ms | p99 ratio A/B | A CPU µs/req | B CPU µs/req | non-2xx or errors |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${summary
  .map(
    (s) =>
      `| ${s.endpoint} | ${s.serviceRps.toFixed(0)} | ${s.bareRps.toFixed(0)} | **${s.rpsRatio.toFixed(2)}** | ${s.serviceP99} | ${s.bareP99} | **${s.p99Ratio.toFixed(2)}** | ${s.serviceCpu.toFixed(0)} | ${s.bareCpu.toFixed(0)} | ${s.non2xx} |`,
  )
  .join('\n')}

Ratios are the medians of the per-round ratios (A and B of one round ran back to back).
Targets (issue 17): req/s ratio >= 0.9 and p99 ratio <= 1.2 on each endpoint.

${BASELINE ? 'A and B are the same service at two commits: the difference is the change between them.\n\n' : ''}What A does on each of these requests that the bare server does not: the request log (a Fastify onResponse
hook: one level check, and a line when the level includes it), the request id (genReqId, the x-request-id
header), Prometheus metrics (\`http_requests_total\`, the latency histogram, \`proxy_calls_total\`), the
input guard (NUL characters, lone surrogates, nesting depth in every string of the request), the Nest
adapter's own onRequest hooks (shutdown 503, CORS, security headers, version errors), and answers
serialised from the documented schema. On a 2-core machine shared with other work (load generator,
Postgres and both servers on the same cores), a round's ratio varies by +-0.2: read the medians, and
the CPU per request, which is less sensitive to scheduling than throughput.

<details><summary>Every round</summary>

| endpoint | round | A req/s | B req/s | A p99 | B p99 | A µs/req | B µs/req |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${summary
  .flatMap((s) =>
    s.rounds.service.map((a, i) => {
      const b = s.rounds.bare[i] as Round;
      return `| ${s.endpoint} | ${i + 1} | ${a.rps.toFixed(0)} | ${b.rps.toFixed(0)} | ${a.p99} | ${b.p99} | ${a.cpuPerRequestUs.toFixed(0)} | ${b.cpuPerRequestUs.toFixed(0)} |`;
    }),
  )
  .join('\n')}

</details>
${perfSection}`;
    mkdirSync(dirname(OUT), { recursive: true });
    writeFileSync(OUT, md);
    log(`wrote ${OUT}`);
  } finally {
    rmSync(idsFile, { force: true });
    if (PERF) removePerfMaps(children.map((c) => c.pid as number));
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : undefined)));
    await dropDatabase(dbName);
    await deleteRedisKeys(runId);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
