import type { Pool, PoolClient, QueryResultRow } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs a named (server-side prepared) statement: Postgres parses and plans it once per connection,
 * then only binds and executes. For the proxy endpoints' hot queries. Inside a transaction, pass the
 * transaction's manager: the statement runs on its connection.
 */
export function prepared<R extends QueryResultRow>(db: DataSource | EntityManager, name: string, text: string, values: unknown[]): Promise<R[]> {
  return run<R>(db, { name, text, values });
}

/**
 * The rows of a statement, whatever it is. TypeORM's `query()` answers `[rows, count]` for UPDATE
 * and DELETE; this answers the rows for `UPDATE … RETURNING` too.
 */
export function rows<R extends QueryResultRow>(db: DataSource | EntityManager, text: string, values: unknown[]): Promise<R[]> {
  return run<R>(db, { text, values });
}

async function run<R extends QueryResultRow>(db: DataSource | EntityManager, query: { name?: string; text: string; values: unknown[] }): Promise<R[]> {
  if ('queryRunner' in db && db.queryRunner) {
    const client = (await db.queryRunner.connect()) as PoolClient;
    return (await client.query<R>(query)).rows;
  }
  const dataSource = 'driver' in db ? db : db.connection;
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  return (await pool.query<R>(query)).rows;
}

