import { DataSource, DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities/index.js';
import { MIGRATIONS } from './migrations/index.js';
import { SnakeNamingStrategy } from './naming.strategy.js';

export interface DatabaseSettings {
  url: string;
  poolSize?: number;
  /** Shown in pg_stat_activity. */
  applicationName?: string;
}

/** The one data source definition: used by every service, the migration CLI and the tests. */
export function dataSourceOptions(settings: DatabaseSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is built into Postgres 13+; no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    applicationName: settings.applicationName,
    extra: { max: settings.poolSize ?? 10, connectionTimeoutMillis: 5000 },
    // Failed queries surface as exceptions, logged once by the services; expected ones
    // (a unique violation meaning "already exists") must not flood the logs.
    logging: false,
  };
}

export function createDataSource(settings: DatabaseSettings): DataSource {
  return new DataSource(dataSourceOptions(settings));
}
