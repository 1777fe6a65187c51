import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { buildService, type ServiceName } from '#common';
import { createDataSource } from '#database';
import type { FastifyInstance } from 'fastify';
import { loadGatewayConfig } from '../../apps/gateway/src/config.js';
import { buildGateway } from '../../apps/gateway/src/gateway.js';
import { apiPrefix } from '../../apps/gateway/src/routes.js';
import { SERVICE_DEFINITIONS } from '../../apps/services.js';
import { createSuiteDatabase, dropDatabase } from './postgres.js';
import { ServiceProcess } from './processes.js';
import { deleteKeys, OwnRedis, redisUrl } from './redis.js';
import { TEST_LICENSE_KEY_ENCRYPTION_KEY, TEST_LICENSE_KEY_SECRET } from './factories.js';
import { checkResponse } from './contract.js';
import { TestSmtpServer } from './smtp.js';

export type { ServiceName };

/** The service `name` built with its own config from `env`, on `port` (generic, so config and module agree). */
export async function buildNamedService<N extends ServiceName>(name: N, env: Record<string, string>, port: number): Promise<NestFastifyApplication> {
  const definition = SERVICE_DEFINITIONS[name];
  const config = definition.loadConfig(env);
  return buildService(definition, { ...config, http: { ...config.http, port, host: '127.0.0.1' } });
}

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete' | 'head';
/** A supertest agent whose every response is checked against the service's OpenAPI document. */
export type ContractAgent = Record<Method, (path: string) => request.Test>;

/** Set CONTRACT_CHECK=off to run without the OpenAPI response checks (e.g. while writing an API). */
const contractChecks = (process.env.CONTRACT_CHECK ?? 'on') !== 'off';

export function contractAgent(service: ServiceName, url: string): ContractAgent {
  const agent = request(url);
  const wrap = (method: Method) => (path: string) => {
    const test = agent[method](path);
    return contractChecks ? test.expect((res) => checkResponse(service, method, path, res)) : test;
  };
  return { get: wrap('get'), post: wrap('post'), put: wrap('put'), patch: wrap('patch'), delete: wrap('delete'), head: wrap('head') };
}

export interface RunningService {
  app: NestFastifyApplication;
  url: string;
  /** A supertest agent bound to the service, checking responses against its OpenAPI document. */
  http: () => ContractAgent;
  close: () => Promise<void>;
}

export interface HarnessOptions {
  services: readonly ServiceName[];
  /** Run a redis-server of the suite's own (so the suite can stop it). */
  ownRedis?: boolean;
  /**
   * A migrated database of the suite's own to use instead of a copy of the template on the shared
   * server (e.g. on an OwnPostgres the suite restarts); the suite drops it.
   */
  databaseUrl?: string;
  /** Extra environment for every service. */
  env?: Record<string, string>;
  /**
   * Start the gateway in front of the started services (true, or the gateway's extra environment,
   * e.g. CORS_ORIGINS, PORTAL_DIR). `harness.identity` etc. then go through it, as clients do.
   */
  gateway?: boolean | Record<string, string>;
}

export interface RunningGateway {
  /** The in-process gateway; absent when it runs as its own process (`startGatewayProcess`). */
  app?: FastifyInstance;
  /** The one base URL, e.g. http://127.0.0.1:PORT (APIs at /api/<service>, the proxy protocol at /proxy/v1). */
  url: string;
  close: () => Promise<void>;
}

/** Where no service listens: a route to a service the suite did not start answers 502. */
const NOWHERE = 'http://127.0.0.1:9';

/**
 * One suite's world: its own database (copied from the migrated template), its own queue prefix,
 * a real SMTP server, and the chosen services started in-process on free ports.
 */
export class Harness {
  readonly services = new Map<ServiceName, RunningService>();
  gatewayServer?: RunningGateway;
  smtp!: TestSmtpServer;
  db!: DataSource;
  redis?: OwnRedis;
  env: Record<string, string> = {};
  private databaseName = '';

  static async start(options: HarnessOptions): Promise<Harness> {
    const harness = new Harness();
    try {
      await harness.setUp(options);
    } catch (err) {
      await harness.close();
      throw err;
    }
    return harness;
  }

  private async setUp(options: HarnessOptions): Promise<void> {
    const database = options.databaseUrl ? { name: '', url: options.databaseUrl } : await createSuiteDatabase();
    this.databaseName = database.name;
    this.smtp = await new TestSmtpServer().start();
    if (options.ownRedis) this.redis = await OwnRedis.create();
    this.env = {
      NODE_ENV: 'test',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
      DATABASE_URL: database.url,
      DATABASE_POOL_SIZE: '5',
      REDIS_URL: this.redis?.url ?? redisUrl(),
      QUEUE_PREFIX: `t${randomBytes(5).toString('hex')}`,
      HTTP_HOST: '127.0.0.1',
      // The rate-limit suites vary the client IP with X-Forwarded-For.
      TRUST_PROXY: 'true',
      AUTH_PRIVATE_KEY: process.env.TEST_AUTH_PRIVATE_KEY ?? '',
      AUTH_PUBLIC_KEY: process.env.TEST_AUTH_PUBLIC_KEY ?? '',
      SMTP_URL: this.smtp.url,
      PORTAL_URL: 'http://portal.test',
      NOTIFICATION_BACKOFF_MS: '200',
      PASSWORD_HASH_MEMORY_KIB: '4096',
      PASSWORD_HASH_ITERATIONS: '1',
      LICENSE_KEY_SECRET: TEST_LICENSE_KEY_SECRET,
      LICENSE_KEY_ENCRYPTION_KEY: TEST_LICENSE_KEY_ENCRYPTION_KEY,
      ACTIVATION_SIGNING_KEYS: process.env.TEST_ACTIVATION_SIGNING_KEYS ?? '',
      ...options.env,
    };
    this.db = createDataSource({ url: database.url, poolSize: 2, applicationName: 'e2e-assertions' });
    await this.db.initialize();
    for (const name of options.services) await this.startService(name);
    if (options.gateway) await this.startGateway(options.gateway === true ? {} : options.gateway);
  }

  /** The gateway in front of whichever services run now (LOG_LEVEL and the upstreams from the harness). */
  async startGateway(env: Record<string, string> = {}, port = 0): Promise<RunningGateway> {
    const config = loadGatewayConfig(this.gatewayEnv(env));
    const app = await buildGateway(config);
    await app.listen({ port, host: '127.0.0.1' });
    const address = app.server.address() as { port: number };
    const running: RunningGateway = {
      app,
      url: `http://127.0.0.1:${address.port}`,
      close: async () => {
        await app.close();
        this.gatewayServer = undefined;
      },
    };
    this.gatewayServer = running;
    return running;
  }

  /**
   * The gateway as its own process from `dist`, as it runs in production (its log lines kept in
   * `output` with `captureOutput`), in front of the started services unless `env` names other
   * upstreams; `harness.identity` etc. then go through it. The harness stops it at teardown.
   */
  async startGatewayProcess(env: Record<string, string> = {}, options: { captureOutput?: boolean } = {}): Promise<ServiceProcess> {
    const gateway = await ServiceProcess.start('gateway', this.gatewayEnv(env), 30_000, options);
    this.gatewayServer = {
      url: gateway.url,
      close: async () => {
        await gateway.stop();
        this.gatewayServer = undefined;
      },
    };
    return gateway;
  }

  private gatewayEnv(env: Record<string, string>): Record<string, string> {
    const upstream = (name: ServiceName) => this.services.get(name)?.url ?? NOWHERE;
    return {
      NODE_ENV: 'test',
      LOG_LEVEL: this.env.LOG_LEVEL ?? 'silent',
      IDENTITY_URL: upstream('identity'),
      LICENSING_URL: upstream('licensing'),
      ACTIVATION_URL: upstream('activation'),
      NOTIFICATION_URL: upstream('notification'),
      ...env,
    };
  }

  get gateway(): RunningGateway {
    if (!this.gatewayServer) throw new Error('the gateway is not running in this harness (HarnessOptions.gateway)');
    return this.gatewayServer;
  }

  /** A contract-checked agent for one service through the gateway (`/api/<service>` + the service's path). */
  via(name: ServiceName): ContractAgent {
    return contractAgent(name, `${this.gateway.url}${apiPrefix(name)}`);
  }

  /** The agent tests use: through the gateway when it runs, else straight to the service. */
  private agent(name: ServiceName): ContractAgent {
    return this.gatewayServer ? this.via(name) : this.service(name).http();
  }

  /** Starts a service on a free port, or on `port` (a restart where clients expect it). */
  async startService(name: ServiceName, port = 0): Promise<RunningService> {
    const app = await buildNamedService(name, this.env, port);
    await app.listen({ port, host: '127.0.0.1' });
    const address = app.getHttpServer().address() as { port: number };
    const url = `http://127.0.0.1:${address.port}`;
    const running: RunningService = {
      app,
      url,
      http: () => contractAgent(name, url),
      close: async () => {
        await app.close();
        this.services.delete(name);
      },
    };
    this.services.set(name, running);
    return running;
  }

  service(name: ServiceName): RunningService {
    const running = this.services.get(name);
    if (!running) throw new Error(`${name} is not running in this harness`);
    return running;
  }

  get identity() {
    return this.agent('identity');
  }
  get licensing() {
    return this.agent('licensing');
  }
  get activation() {
    return this.agent('activation');
  }
  get notification() {
    return this.agent('notification');
  }

  async close(): Promise<void> {
    await slowStep('the gateway', () => this.gatewayServer?.close().catch(() => undefined));
    for (const [name, running] of [...this.services.entries()].reverse()) await slowStep(name, () => running.close().catch(() => undefined));
    await slowStep('the SMTP server', () => this.smtp?.stop().catch(() => undefined));
    if (this.db?.isInitialized) await this.db.destroy();
    if (this.env.QUEUE_PREFIX) await slowStep('deleting the Redis keys', () => deleteKeys(this.env.REDIS_URL, this.env.QUEUE_PREFIX as string));
    await this.redis?.stop();
    if (this.databaseName) await slowStep('dropping the database', () => dropDatabase(this.databaseName));
  }
}

/** Runs one teardown step; one that takes long says so (a suite's afterAll timing out then names what hung). */
async function slowStep(what: string, step: () => Promise<unknown> | undefined): Promise<void> {
  const started = Date.now();
  const warn = setInterval(() => console.error(`harness teardown: ${what} still closing after ${Math.round((Date.now() - started) / 1000)} s`), 10_000);
  try {
    await step();
  } finally {
    clearInterval(warn);
  }
}

/** Polls until `check` returns a value that is not undefined, or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined> | T | undefined, timeoutMs = 10_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what} not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A unique email for a test. */
export function uniqueEmail(label = 'user'): string {
  return `${label}.${randomBytes(4).toString('hex')}@example.com`;
}
