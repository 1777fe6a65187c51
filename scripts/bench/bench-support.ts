/** What the benchmarks share: their own database beside DATABASE_URL, free ports, and cleaning up after a run. */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';
import pg from 'pg';
import { createDataSource } from '#database';
import type { LoadInput, LoadOutput } from './proxy-load.js';

export const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** The URL of database `name` on the same server as DATABASE_URL. */
export function databaseUrl(name: string): string {
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Runs `fn` on a connection to the admin database (create, drop). */
export async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Brings the database at `url` to the current schema, every migration in its own transaction. */
export async function migrate(url: string): Promise<void> {
  const dataSource = createDataSource({ url, applicationName: 'bench-migrate' });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

export async function dropDatabase(name: string): Promise<void> {
  await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).catch((err: Error) => console.error(`could not drop ${name}: ${err.message}`));
}

/** Deletes the run's Redis keys (queues under its prefix); a Redis that is gone has nothing to clean. */
export async function deleteRedisKeys(prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
  } catch {
    // Redis gone: nothing to clean.
  } finally {
    redis.disconnect();
  }
}

/** Weeks of usage history the benchmarks seed for each active installation. */
export const HISTORY_WEEKS = 4;

/**
 * `weeks` weekly usage reports (the latest a week ago) for every active installation, as a fleet that
 * has been running has, then each installation's last report time. Without a history the planner's
 * statistics (after the seed's ANALYZE) describe an empty usage_reports table, and plans cached by
 * the first reports of a run (sequential scans of an "empty" table) stay in use while it grows: not
 * the state of a database in service.
 */
export async function seedUsageHistory(db: pg.Client, weeks: number, log: (message: string) => void): Promise<void> {
  for (let week = weeks; week >= 1; week--) {
    const { rowCount } = await db.query(
      `INSERT INTO usage_reports (installation_id, report_id, managed_computers, peak_computers, app_version, reported_at, received_at, quota, over_limit)
       SELECT i.id, 'seed-week-' || $1::int, i.managed_computers, i.managed_computers + 2, i.app_version,
              now() - make_interval(days => 7 * $1::int), now() - make_interval(days => 7 * $1::int),
              coalesce(lk.quota, 0), i.managed_computers > coalesce(lk.quota, 0)
         FROM installations i LEFT JOIN license_keys lk ON lk.id = i.license_key_id
        WHERE i.status = 'active'`,
      [week],
    );
    log(`seeded usage reports of week -${week}: ${rowCount ?? 0}`);
  }
  await db.query(`UPDATE installations SET last_report_at = now() - interval '7 days' WHERE status = 'active' AND last_report_at IS NULL`);
}

/** One round of autocannon against a proxy endpoint, in a process of its own (scripts/bench/proxy-load.ts). */
export function runLoad(input: LoadInput): Promise<LoadOutput> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['dist/scripts/bench/proxy-load.js', JSON.stringify(input)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop() as string) as LoadOutput) : reject(new Error(`load generator exited ${code}`))));
  });
}
