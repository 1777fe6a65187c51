/**
 * Benchmark of the activation service's portal views, CSV export and usage reports.
 *   npm run bench:activation -- [--installations 100000] [--samples 30] [--concurrency 32] [--connections 64] [--requests 20000] [--seconds 20]
 *                               [--database <existing seeded database>] [--keep] [--only export [--runs 3]]
 *                               [--export-query 'sort=serverName&order=asc'] [--csv-out <file>]
 * Creates a database of its own on the Postgres at DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres),
 * migrates it, seeds one account with N installations (progress shown), then, each against a freshly
 * started built activation service on loopback:
 *   1. the CSV export of every installation: time, size and the service's RSS growth (sampled from /proc);
 *   2. the portal views: every filter, every sort's first page, search and the summary, `--samples`
 *      sequential requests each (median, p95), with the EXPLAIN ANALYZE of the page, count and summary SQL;
 *   3. usage reports over HTTP, autocannon with `--connections` in a process of its own (reports per second),
 *      and the same report in SQL alone under `--concurrency` clients of this script: the former transaction
 *      (BEGIN, lock, store, COMMIT), the one statement and the service's batching, A/B.
 * Writes docs/benchmarks/activation.md, then drops the database (unless --database or --keep) and its Redis keys.
 * `--only export` measures the CSV export alone (`--runs` times, each from a freshly started service, with the
 * medians) and writes no report: the quick loop while working on the export. With `--keep` the seeded database
 * stays for the next run's `--database`. `--export-query` is added to the export's URL and `--csv-out` keeps the
 * exported file (to compare the output of two versions of the service).
 * The proxy endpoints against a bare server are measured by scripts/bench/proxy-ab-bench.ts.
 */
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { createWriteStream, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SignJWT, importPKCS8 } from 'jose';
import pg from 'pg';
import { sha256Hex } from '#common';
import { admin, databaseUrl, deleteRedisKeys, dropDatabase, freePort, HISTORY_WEEKS, migrate, redisUrl, runLoad, seedUsageHistory } from './bench-support.js';
import type { LoadOutput } from './proxy-load.js';
import { OUTBOX_CHANNEL } from '#messaging';
import { createDataSource } from '#database';
import { UsageReportsService } from '../../apps/activation/src/usage/usage-reports.service.js';
import type { InstallationFilter, InstallationSort } from '../../apps/activation/src/installations/installations.dto.js';
import { FROM_JOINS, orderBy, selectColumns, summarySql, whereClause } from '../../apps/activation/src/installations/installations.query.js';

const { values: args } = parseArgs({
  options: {
    installations: { type: 'string', default: '100000' },
    samples: { type: 'string', default: '30' },
    concurrency: { type: 'string', default: '32' },
    /** Connections of the HTTP usage-report load (autocannon), as in bench:proxy. */
    connections: { type: 'string', default: '64' },
    requests: { type: 'string', default: '20000' },
    seconds: { type: 'string', default: '20' },
    database: { type: 'string' },
    keep: { type: 'boolean', default: false },
    out: { type: 'string', default: 'docs/benchmarks/activation.md' },
    only: { type: 'string' },
    runs: { type: 'string', default: '1' },
    'export-query': { type: 'string', default: '' },
    'csv-out': { type: 'string' },
  },
});
if (args.only !== undefined && args.only !== 'export') throw new Error(`--only accepts only "export", not "${args.only}"`);
const ONLY_EXPORT = args.only === 'export';
const RUNS = Number(args.runs);
if (!Number.isInteger(RUNS) || RUNS < 1 || (RUNS > 1 && !ONLY_EXPORT)) throw new Error('--runs is a positive integer, with --only export');
const N = Number(args.installations);
const SAMPLES = Number(args.samples);
const CONCURRENCY = Number(args.concurrency);
const CONNECTIONS_HTTP = Number(args.connections);
const REQUESTS = Number(args.requests);
const SECONDS = Number(args.seconds);

const runId = `bench${Date.now().toString(36)}`;
const reuse = args.database;
const dbName = reuse ?? `lic_${runId}`;
const dbUrl = databaseUrl(dbName);

const log = (message: string) => console.log(`[bench] ${message}`);

/** One secret (43 base64url characters) for every seeded installation's credential: the bench signs in as any of them. */
const SECRET = createHash('sha256').update('bench credential').digest('base64url');
const SECRET_HASH = sha256Hex(SECRET);

interface Seeded {
  accountId: string;
  userId: string;
  active: string[];
}

/**
 * One account, N subscriptions with their primary key, one installation per key: 1 in 32 deactivated,
 * end dates spread from 20 days ago to a year ahead (about 5% expired, 7% expiring soon), 1 in 50
 * subscriptions suspended and 1 in 50 cancelled, about 4% over their quota.
 */
async function seed(db: pg.Client): Promise<Seeded> {
  const proxyKey = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const [user] = (
    await db.query<{ id: string }>(
      `INSERT INTO users (email, first_name, last_name, password_hash, terms_accepted_at) VALUES ($1, 'Bench', 'Admin', 'x', now()) RETURNING id`,
      [`bench-${runId}@example.com`],
    )
  ).rows;
  const [account] = (
    await db.query<{ id: string }>(
      `INSERT INTO business_accounts (company_name, country, zip, phone, support_code) VALUES ('Bench Corp', 'DE', '10115', '+49', '00000-00001') RETURNING id`,
    )
  ).rows;
  await db.query(`INSERT INTO memberships (account_id, user_id, role, status) VALUES ($1, $2, 'admin', 'active')`, [account!.id, user!.id]);
  const chunk = 10_000;
  const started = performance.now();
  for (let from = 1; from <= N; from += chunk) {
    const to = Math.min(N, from + chunk - 1);
    await db.query('BEGIN');
    await db.query(
      `WITH subs AS (
         INSERT INTO subscriptions (account_id, product_id, name, quantity, starts_on, ends_on, status, registered_at)
         SELECT $1, (SELECT id FROM products WHERE code = 'mac-management'), 'Bench ' || g, 50,
                current_date - 300, current_date + ((g % 400) - 20),
                CASE g % 50 WHEN 7 THEN 'suspended' WHEN 8 THEN 'cancelled' ELSE 'active' END, now()
           FROM generate_series($2::int, $3::int) g
         RETURNING id, name
       ), keys AS (
         INSERT INTO license_keys (subscription_id, kind, name, quota, key_hash, key_ciphertext, key_last)
         SELECT id, 'primary', 'Primary Key', 50, md5(name) || md5(name || 'x'), 'v1.x.x.x', upper(substr(md5(name), 1, 5)) FROM subs
         RETURNING id, subscription_id
       )
       INSERT INTO installations (account_id, license_key_id, server_name, site_code, site_description, app_version, activated_offline,
                                  status, proxy_public_key, credential_hash, activated_at, last_report_at, managed_computers, deactivated_at, deactivation_reason)
       SELECT $1, k.id, 'proxy-' || substr(md5(k.id::text), 1, 10) || '.corp.example', 'S' || lpad((row_number() OVER ())::text, 5, '0'),
              (ARRAY['Berlin', 'Munich', 'Hamburg', 'Paris', 'Lyon', 'London', 'Madrid'])[1 + (hashtext(k.id::text) & 1023) % 7] || ' site',
              '6.0.0.' || (hashtext(k.id::text) & 127), (hashtext(k.id::text) & 15) = 0,
              CASE WHEN (hashtext(k.id::text) & 31) = 0 THEN 'deactivated' ELSE 'active' END,
              $4, $5, now() - ((hashtext(k.id::text) & 1023) || ' days')::interval, now() - ((hashtext(k.id::text) & 255) || ' hours')::interval,
              (hashtext(k.id::text) & 1023) % 53,
              CASE WHEN (hashtext(k.id::text) & 31) = 0 THEN now() END, CASE WHEN (hashtext(k.id::text) & 31) = 0 THEN 'portal' END
         FROM keys k`,
      [account!.id, from, to, proxyKey, SECRET_HASH],
    );
    await db.query('COMMIT');
    const seconds = (performance.now() - started) / 1000;
    log(`seeded ${to.toLocaleString('en')}/${N.toLocaleString('en')} installations (${seconds.toFixed(0)} s, ~${((seconds / to) * (N - to)).toFixed(0)} s left)`);
  }
  // What autovacuum does soon after a bulk load: statistics and the visibility map (index-only scans).
  await seedUsageHistory(db, HISTORY_WEEKS, log);
  log('VACUUM ANALYZE');
  await db.query('VACUUM ANALYZE');
  return { accountId: account!.id, userId: user!.id, active: await activeIds(db) };
}

async function activeIds(db: pg.Client): Promise<string[]> {
  // Running installations (their key usable today): the ones that report.
  const running = `status = 'active' AND subscription_status = 'active' AND key_ends_on >= current_date`;
  return (await db.query<{ id: string }>(`SELECT id FROM installations WHERE ${running} ORDER BY id`)).rows.map((r) => r.id);
}

interface Stats {
  requests: number;
  errors: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

function stats(latencies: number[], errors: number, seconds: number): Stats {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  return { requests: sorted.length, errors, seconds, rps: sorted.length / seconds, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted[sorted.length - 1] ?? 0 };
}

/** `CONCURRENCY` workers run `task` until REQUESTS are done or SECONDS have passed; progress every 5 s. */
async function load(name: string, task: (i: number) => Promise<boolean>): Promise<Stats> {
  const latencies: number[] = [];
  let errors = 0;
  let issued = 0;
  const started = performance.now();
  const deadline = started + SECONDS * 1000;
  const progress = setInterval(() => log(`${name}: ${latencies.length} done, ${(latencies.length / ((performance.now() - started) / 1000)).toFixed(0)}/s`), 5000);
  const worker = async () => {
    while (issued < REQUESTS && performance.now() < deadline) {
      const i = issued++;
      const t0 = performance.now();
      if (!(await task(i))) errors++;
      latencies.push(performance.now() - t0);
    }
  };
  try {
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  } finally {
    clearInterval(progress);
  }
  const result = stats(latencies, errors, (performance.now() - started) / 1000);
  log(`${name}: ${result.requests} in ${result.seconds.toFixed(1)} s, ${result.rps.toFixed(0)}/s, p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, errors ${errors}`);
  return result;
}

/** Resident set size of a process, from /proc (Linux). */
function rssMiB(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(match?.[1] ?? 0) / 1024;
}

interface Service {
  child: ChildProcess;
  base: string;
  stop(): Promise<void>;
}

const auth = generateKeyPairSync('ed25519');
const signing = generateKeyPairSync('ed25519');
const POOL = '10';

async function startService(): Promise<Service> {
  const port = await freePort();
  const env = {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATABASE_URL: dbUrl,
    DATABASE_POOL_SIZE: POOL,
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: runId,
    HTTP_HOST: '127.0.0.1',
    ACTIVATION_PORT: String(port),
    AUTH_PUBLIC_KEY: auth.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    LICENSE_KEY_SECRET: randomBytes(24).toString('hex'),
    ACTIVATION_SIGNING_KEYS: JSON.stringify([{ kid: 'bench', privateKey: signing.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() }]),
  };
  const child = spawn(process.execPath, ['dist/apps/activation/src/main.js'], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${base}/health/ready`)).ok) return { child, base, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error('the activation service did not become ready');
}

interface ViewCase {
  label: string;
  query: string;
  filter?: InstallationFilter;
  search?: string;
  sort?: InstallationSort;
  order?: 'asc' | 'desc';
}

interface ViewResult {
  label: string;
  total: number;
  stats: Stats;
  pageIndexes: string;
  countIndexes: string;
  plans: string;
}

const FILTERS: InstallationFilter[] = ['all', 'active', 'expiring_soon', 'over_limit', 'expired', 'suspended', 'cancelled', 'deactivated'];
const SORTS: Array<[InstallationSort, 'asc' | 'desc']> = [
  ['activatedAt', 'desc'],
  ['serverName', 'asc'],
  ['siteCode', 'asc'],
  ['lastReportedAt', 'desc'],
  ['used', 'desc'],
];
const CASES: ViewCase[] = [
  ...FILTERS.map((filter): ViewCase => ({ label: `filter=${filter}`, query: `filter=${filter}`, filter })),
  ...SORTS.map(([sort, order]): ViewCase => ({ label: `sort=${sort}&order=${order}, first page`, query: `sort=${sort}&order=${order}`, sort, order })),
  { label: 'search "munich"', query: 'search=munich', search: 'munich' },
  { label: 'search "proxy-0a1" (server name fragment)', query: 'search=proxy-0a1', search: 'proxy-0a1' },
];

const indexesOf = (plan: string): string =>
  [...new Set([...plan.matchAll(/(?:Index Only Scan|Index Scan)(?: Backward)? using (\w+)|Bitmap Index Scan on (\w+)/g)].map((m) => m[1] ?? m[2]))].join(', ') ||
  (plan.includes('Seq Scan') ? 'sequential scan' : '-');

async function explain(db: pg.Client, sql: string, params: unknown[]): Promise<string> {
  const res = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql}`, params);
  return res.rows.map((r) => r['QUERY PLAN']).join('\n');
}

async function timed(n: number, request: () => Promise<Response>): Promise<{ stats: Stats; body: unknown }> {
  const timings: number[] = [];
  let body: unknown;
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const res = await request();
    body = await res.json();
    if (!res.ok) throw new Error(`answered ${res.status}: ${JSON.stringify(body)}`);
    timings.push(performance.now() - t0);
  }
  return { stats: stats(timings, 0, 1), body };
}

async function portalViews(service: Service, db: pg.Client, seeded: Seeded, token: string): Promise<{ views: ViewResult[]; summary: ViewResult }> {
  const headers = { authorization: `Bearer ${token}` };
  const views: ViewResult[] = [];
  for (const c of CASES) {
    const url = `${service.base}/accounts/${seeded.accountId}/installations?${c.query}`;
    await timed(3, () => fetch(url, { headers })); // warm-up: plans cached, pages in memory
    const { stats: st, body } = await timed(SAMPLES, () => fetch(url, { headers }));
    const where = whereClause({ accountId: seeded.accountId, filter: c.filter, search: c.search });
    const page = await explain(db, `SELECT ${selectColumns()} ${FROM_JOINS} ${where.sql} ${orderBy(c.sort, c.order)} LIMIT 50 OFFSET 0`, where.params);
    const count = await explain(db, `SELECT count(*)::int AS total FROM installations i ${where.sql}`, where.params);
    const total = (body as { total: number }).total;
    views.push({ label: c.label, total, stats: st, pageIndexes: indexesOf(page), countIndexes: indexesOf(count), plans: `-- page\n${page}\n\n-- count\n${count}` });
    log(`${c.label}: median ${st.p50.toFixed(1)} ms, p95 ${st.p95.toFixed(1)} ms (${total} matching; page ${indexesOf(page)}; count ${indexesOf(count)})`);
  }
  const url = `${service.base}/accounts/${seeded.accountId}/installations/summary`;
  await timed(3, () => fetch(url, { headers }));
  const { stats: st } = await timed(SAMPLES, () => fetch(url, { headers }));
  const plan = await explain(db, summarySql(), [seeded.accountId]);
  const summary = { label: 'summary', total: N, stats: st, pageIndexes: indexesOf(plan), countIndexes: '', plans: plan };
  log(`summary: median ${st.p50.toFixed(1)} ms, p95 ${st.p95.toFixed(1)} ms (${indexesOf(plan)})`);
  return { views, summary };
}

interface ExportResult {
  seconds: number;
  mib: number;
  rows: number;
  rssBefore: number;
  rssPeak: number;
}

/** The whole account as CSV from a freshly started service, read as it streams; RSS sampled every 20 ms. */
async function csvExport(service: Service, seeded: Seeded, token: string): Promise<ExportResult> {
  const pid = service.child.pid as number;
  const rssBefore = rssMiB(pid);
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssMiB(pid))), 20);
  const t0 = performance.now();
  let bytes = 0;
  let rows = 0;
  const query = args['export-query'] ? `?${args['export-query']}` : '';
  const file = args['csv-out'] ? createWriteStream(args['csv-out']) : undefined;
  try {
    const res = await fetch(`${service.base}/accounts/${seeded.accountId}/installations/export${query}`, { headers: { authorization: `Bearer ${token}` } });
    if (!res.ok || !res.body) throw new Error(`export answered ${res.status}`);
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.byteLength;
      for (const byte of chunk) if (byte === 10) rows++;
      file?.write(chunk);
    }
  } finally {
    clearInterval(sampler);
    if (file) await new Promise((r) => file.end(r));
  }
  rssPeak = Math.max(rssPeak, rssMiB(pid));
  const result = { seconds: (performance.now() - t0) / 1000, mib: bytes / 2 ** 20, rows: rows - 1, rssBefore, rssPeak };
  log(`CSV export: ${result.rows} rows, ${result.mib.toFixed(1)} MiB in ${result.seconds.toFixed(1)} s; RSS ${rssBefore.toFixed(0)} -> peak ${rssPeak.toFixed(0)} MiB (+${(rssPeak - rssBefore).toFixed(1)})`);
  return result;
}

/** `--only export`: RUNS exports, each from a freshly started service, and their medians. */
async function exportRuns(seeded: Seeded, token: string): Promise<void> {
  const results: ExportResult[] = [];
  for (let run = 1; run <= RUNS; run++) {
    log(`CSV export from a freshly started service (run ${run}/${RUNS})`);
    const service = await startService();
    try {
      results.push(await csvExport(service, seeded, token));
    } finally {
      await service.stop();
    }
  }
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  };
  const growth = results.map((r) => r.rssPeak - r.rssBefore);
  log(
    `CSV export, ${RUNS} run(s): RSS growth ${growth.map((g) => `+${g.toFixed(1)}`).join(', ')} MiB (median +${median(growth).toFixed(1)}); ` +
      `time ${results.map((r) => r.seconds.toFixed(1)).join(', ')} s (median ${median(results.map((r) => r.seconds)).toFixed(1)})`,
  );
}

const reportBody = (i: number) => ({ reportId: randomUUID(), managedComputers: i % 40, peakComputers: (i % 40) + 2, appVersion: '6.0.0.80', reportedAt: new Date().toISOString() });

/**
 * Usage reports over HTTP, loaded by autocannon in a process of its own (scripts/bench/proxy-load.ts, as
 * in bench:proxy), never from inside this script: `--connections` keep-alive connections, each report as
 * the next active installation with a fresh reportId, after a 3 s warm-up.
 */
async function usageReportsHttp(service: Service, seeded: Seeded): Promise<LoadOutput> {
  const idsFile = join(tmpdir(), `${runId}-ids.txt`);
  writeFileSync(idsFile, seeded.active.join('\n'));
  try {
    const input = { url: service.base, endpoint: 'usage report' as const, connections: CONNECTIONS_HTTP, idsFile, secret: SECRET };
    log(`usage reports (HTTP): warm-up, autocannon with ${CONNECTIONS_HTTP} connections`);
    await runLoad({ ...input, seconds: 3, tag: `${runId}-warm-up` });
    log(`usage reports (HTTP): ${SECONDS} s`);
    const result = await runLoad({ ...input, seconds: SECONDS, tag: `${runId}-http` });
    log(`usage reports (HTTP): ${result.requests} in ${result.seconds} s, ${result.rps.toFixed(0)}/s, p50 ${result.p50} ms, p99 ${result.p99} ms, non-2xx ${result.non2xx}, errors ${result.errors}`);
    return result;
  } finally {
    rmSync(idsFile, { force: true });
  }
}

/** The statements of a report as the service sent them before (BEGIN, lock + probe, store, COMMIT). */
const BEFORE_LOCK = `SELECT i.id, i.account_id, i.status, i.server_name, i.license_key_id, lk.quota,
        (SELECT max(r.reported_at) FROM usage_reports r WHERE r.installation_id = i.id) AS latest_reported_at,
        e.report_id AS e_report_id
   FROM installations i
   LEFT JOIN license_keys lk ON lk.id = i.license_key_id
   LEFT JOIN usage_reports e ON e.installation_id = i.id AND e.report_id = $2
  WHERE i.id = $1
    FOR UPDATE OF i`;
const BEFORE_STORE = `WITH stored AS (
   INSERT INTO usage_reports (installation_id, report_id, managed_computers, peak_computers, app_version, reported_at, quota, over_limit)
   VALUES ($1::uuid, $2::varchar, $3::int, $4::int, $5::varchar, $6::timestamptz, $7::int, $8::boolean)
   ON CONFLICT (installation_id, report_id) DO NOTHING
   RETURNING report_id, managed_computers, peak_computers, app_version, reported_at, received_at, quota, over_limit
 ), applied AS (
   UPDATE installations SET managed_computers = $3::int, app_version = $5::varchar, last_report_at = (SELECT received_at FROM stored), updated_at = now()
    WHERE id = $1::uuid AND $9::boolean AND EXISTS (SELECT 1 FROM stored)
   RETURNING id
 ), open_breach AS (
   SELECT id FROM license_breaches WHERE installation_id = $1::uuid AND resolved_at IS NULL
 ), opened AS (
   INSERT INTO license_breaches (installation_id, license_key_id, account_id, started_at, quota, managed_computers)
   SELECT $1::uuid, $10::uuid, $11::uuid, now(), $7::int, $3::int
    WHERE $9::boolean AND $8::boolean AND NOT EXISTS (SELECT 1 FROM open_breach) AND EXISTS (SELECT 1 FROM stored)
   RETURNING id
 ), closed AS (
   UPDATE license_breaches SET resolved_at = now()
    WHERE id IN (SELECT id FROM open_breach) AND $9::boolean AND NOT $8::boolean AND EXISTS (SELECT 1 FROM stored)
   RETURNING id
 )
 SELECT stored.*, EXISTS (SELECT 1 FROM opened) AS breach_opened FROM stored`;

/** The same reports in SQL alone over a pool like the service's: the former transaction, then the one statement. */
async function usageReportsSql(seeded: Seeded): Promise<{ before: Stats; after: Stats; batched: Stats }> {
  const pool = new pg.Pool({ connectionString: dbUrl, max: Number(POOL) });
  const pick = (i: number) => seeded.active[(i * 104_729) % seeded.active.length] as string;
  try {
    const before = await load('usage reports (SQL, BEGIN + 2 statements + COMMIT)', async (i) => {
      const client = await pool.connect();
      try {
        const body = reportBody(i);
        const id = pick(i);
        await client.query('BEGIN');
        const locked = await client.query<{ account_id: string; license_key_id: string; quota: number; latest_reported_at: Date | null }>({ name: 'b_lock', text: BEFORE_LOCK, values: [id, body.reportId] });
        const row = locked.rows[0]!;
        const reportedAt = new Date(body.reportedAt);
        await client.query({
          name: 'b_store',
          text: BEFORE_STORE,
          values: [id, body.reportId, body.managedComputers, body.peakComputers, body.appVersion, reportedAt, row.quota, body.managedComputers > row.quota, !row.latest_reported_at || reportedAt >= row.latest_reported_at, row.license_key_id, row.account_id],
        });
        await client.query('COMMIT');
        return true;
      } catch {
        await client.query('ROLLBACK').catch(() => undefined);
        return false;
      } finally {
        client.release();
      }
    });
    const after = await load('usage reports (SQL, one statement)', async (i) => {
      const body = reportBody(i);
      const res = await pool.query({
        name: 'a_report',
        text: `SELECT * FROM activation_record_usage_report($1::uuid, $2::varchar, $3::int, $4::int, $5::varchar, $6::timestamptz, $7::uuid, $8::varchar, $9::text)`,
        values: [pick(i + 1), body.reportId, body.managedComputers, body.peakComputers, body.appVersion, new Date(body.reportedAt), randomUUID(), 'installation.license-limit-exceeded', OUTBOX_CHANNEL],
      });
      return res.rows[0]?.outcome === 'stored';
    });
    // The service's own code path without HTTP: UsageReportsService batches the reports that arrive together.
    const dataSource = createDataSource({ url: dbUrl, poolSize: Number(POOL), applicationName: 'bench-usage-batches' });
    await dataSource.initialize();
    let batched: Stats;
    try {
      const reports = new UsageReportsService(dataSource);
      batched = await load('usage reports (SQL, batched as the service sends them)', async (i) => {
        const answer = await reports.report(pick(i + 2), reportBody(i));
        return answer.duplicate === false;
      });
    } finally {
      await dataSource.destroy();
    }
    return { before, after, batched };
  } finally {
    await pool.end();
  }
}

async function main(): Promise<void> {
  log(`database ${dbName}${reuse ? ' (reused)' : ''}; ${N} installations; ${SAMPLES} samples per view; usage reports: ${CONCURRENCY} clients, up to ${REQUESTS} or ${SECONDS} s`);
  if (!reuse) await admin((c) => c.query(`CREATE DATABASE "${dbName}"`));
  let service: Service | undefined;
  try {
    await migrate(dbUrl);
    log('migrated');

    const db = new pg.Client({ connectionString: dbUrl });
    await db.connect();
    const seedStarted = performance.now();
    const seeded: Seeded = reuse
      ? await (async () => {
          const [row] = (await db.query<{ account_id: string; user_id: string }>(`SELECT account_id, user_id FROM memberships LIMIT 1`)).rows;
          return { accountId: row!.account_id, userId: row!.user_id, active: await activeIds(db) };
        })()
      : await seed(db);
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    // The guards accept only tokens of a live session.
    const [session] = (
      await db.query<{ id: string }>(
        `INSERT INTO sessions (user_id, refresh_token_hash, keep_signed_in, user_agent, last_used_at, expires_at)
         VALUES ($1, md5(random()::text) || md5(random()::text), false, 'bench', now(), now() + interval '1 day') RETURNING id`,
        [seeded.userId],
      )
    ).rows;
    const token = await new SignJWT({ email: 'bench@example.com', role: 'user', sid: session!.id })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setSubject(seeded.userId)
      .setIssuer('licensing-identity')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(await importPKCS8(auth.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), 'EdDSA'));

    if (ONLY_EXPORT) {
      await exportRuns(seeded, token);
      await db.end();
      return;
    }

    log('CSV export from a freshly started service');
    service = await startService();
    const exported = await csvExport(service, seeded, token);
    await service.stop();

    log('portal views');
    service = await startService();
    const { views, summary } = await portalViews(service, db, seeded, token);

    log('usage reports');
    const reportsHttp = await usageReportsHttp(service, seeded);
    await service.stop();
    service = undefined;
    const reportsSql = await usageReportsSql(seeded);

    const version = (await db.query<{ version: string }>('SELECT version()')).rows[0]?.version ?? '';
    await db.end();

    const cpu = cpus();
    const fmt = (n: number) => n.toFixed(1);
    const all = [...views, summary];
    const worst = all.reduce((a, b) => (b.stats.p95 > a.stats.p95 ? b : a));
    const md = `# Activation benchmark

Recorded by \`npm run bench:activation\` (scripts/bench/activation-bench.ts) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.
The proxy endpoints against a bare server (A/B) are measured by scripts/bench/proxy-ab-bench.ts.

- Machine: ${cpu.length} cores (${cpu[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM; Node ${process.version}. The machine is shared:
  other work ran at the same time, so absolute figures are noisy; compare the A/B rows of one run.
- Postgres: ${version.split(',')[0]}; Redis at ${new URL(redisUrl).host}; all on the same machine as the service and this script
- Service: the built activation service as one process (DATABASE_POOL_SIZE ${POOL}), on loopback, started afresh for the export and again for the rest
- Data: one business account with ${N.toLocaleString('en')} installations (one subscription and key each; ${seeded.active.length.toLocaleString('en')} running, each with ${HISTORY_WEEKS} weeks of weekly usage reports)${reuse ? '' : `, seeded in ${seedSeconds.toFixed(0)} s, then VACUUM ANALYZE`}

## Proxy-server views at ${N.toLocaleString('en')} installations in one account

${SAMPLES} sequential requests each through HTTP after 3 warm-up requests (a page of 50 and the total count), and the
indexes the page and count queries use (\`EXPLAIN ANALYZE\` of the SQL the service runs). Worst p95: ${fmt(worst.stats.p95)} ms (${worst.label}).

| request | matching | median ms | p95 ms | max ms | page uses | count uses |
| --- | ---: | ---: | ---: | ---: | --- | --- |
${views.map((r) => `| ${r.label} | ${r.total.toLocaleString('en')} | ${fmt(r.stats.p50)} | ${fmt(r.stats.p95)} | ${fmt(r.stats.max)} | ${r.pageIndexes} | ${r.countIndexes} |`).join('\n')}
| \`/installations/summary\` | ${N.toLocaleString('en')} | ${fmt(summary.stats.p50)} | ${fmt(summary.stats.p95)} | ${fmt(summary.stats.max)} | ${summary.pageIndexes} | |

The state of each installation is computed from its own row: the key's end date, the subscription's status and
the key's quota are kept on it by database triggers (migration InstallationLicenseFacts), so no filter, count
or summary joins licensing's tables. The state filters use the partial index
\`idx_installations_account_license_state\` (account, subscription status, key end date) and over the limit
\`idx_installations_account_over_limit\`; the count reads only index entries.

## CSV export

All ${exported.rows.toLocaleString('en')} servers from a freshly started service, read by this script as it streams:
${exported.seconds.toFixed(1)} s, ${exported.mib.toFixed(1)} MiB. The service's RSS: ${exported.rssBefore.toFixed(0)} MiB when ready, peak
${exported.rssPeak.toFixed(0)} MiB during the export: **+${(exported.rssPeak - exported.rssBefore).toFixed(1)} MiB**.

## Usage reports (${SECONDS} s over HTTP; SQL: ${CONCURRENCY} concurrent clients, up to ${REQUESTS.toLocaleString('en')} or ${SECONDS} s)

| path | reports | failed | per second | median ms | p99 ms |
| --- | ---: | ---: | ---: | ---: | ---: |
| HTTP \`POST /proxy/v1/usage-reports\` (guard, validation, batched statement; autocannon, ${CONNECTIONS_HTTP} connections) | ${reportsHttp.requests} | ${reportsHttp.non2xx + reportsHttp.errors} | ${reportsHttp.rps.toFixed(0)} | ${fmt(reportsHttp.p50)} | ${fmt(reportsHttp.p99)} |
| SQL only, before: BEGIN, lock + probe, store, COMMIT (4 round trips) | ${reportsSql.before.requests} | ${reportsSql.before.errors} | ${reportsSql.before.rps.toFixed(0)} | ${fmt(reportsSql.before.p50)} | ${fmt(reportsSql.before.p99)} |
| SQL only: \`activation_record_usage_report\` (1 round trip and 1 commit per report) | ${reportsSql.after.requests} | ${reportsSql.after.errors} | ${reportsSql.after.rps.toFixed(0)} | ${fmt(reportsSql.after.p50)} | ${fmt(reportsSql.after.p99)} |
| SQL only, now: \`UsageReportsService\` batching (reports arriving while 4 statements run share one statement and commit) | ${reportsSql.batched.requests} | ${reportsSql.batched.errors} | ${reportsSql.batched.rps.toFixed(0)} | ${fmt(reportsSql.batched.p50)} | ${fmt(reportsSql.batched.p99)} |

The HTTP row is loaded by autocannon in a process of its own (scripts/bench/proxy-load.ts), against the service
with its pool of ${POOL} connections. The SQL rows run over a pool of ${POOL} connections from this script, without
the service, so they show what Postgres allows on this machine for each form of the same work.

<details><summary>Plans</summary>

${all.map((r) => `### ${r.label}\n\n\`\`\`\n${r.plans}\n\`\`\``).join('\n\n')}

</details>
`;
    mkdirSync(dirname(resolve(args.out ?? 'docs/benchmarks/activation.md')), { recursive: true });
    writeFileSync(resolve(args.out ?? 'docs/benchmarks/activation.md'), md);
    log(`wrote ${args.out}`);
  } finally {
    await service?.stop();
    if (!reuse && !args.keep) {
      await dropDatabase(dbName);
    } else log(`kept database ${dbName} (reuse with --database ${dbName})`);
    await deleteRedisKeys(runId);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
