import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { activationEnvSchema } from '../../apps/activation/src/config.js';
import { identityEnvSchema } from '../../apps/identity/src/config.js';
import { licensingEnvSchema } from '../../apps/licensing/src/config.js';
import { notificationEnvSchema } from '../../apps/notification/src/config.js';
import { gatewayEnvSchema } from '../../apps/gateway/src/config.js';
import {
  checkCompose,
  checkGateway,
  checkMonitoring,
  dockerfileStages,
  documentedVariables,
  interpolate,
  parseDotenv,
  requiredKeys,
  type ComposeCheckContext,
} from './compose-checks.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readFile = (path: string): string | undefined =>
  existsSync(root + path) ? readFileSync(root + path, 'utf8') : undefined;

const composeText = readFile('docker-compose.yml') ?? '';
const envExample = readFile('.env.example') ?? '';
const composeDoc = (): Record<string, unknown> => parse(composeText, { merge: true }) as Record<string, unknown>;

/** Fresh signing keys, written as an operator's .env holds them: one line, newlines as \n. */
function signingKeys(): Record<string, string> {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519', {
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  const oneLine = (pem: string) => pem.replace(/\n/g, '\\n');
  return {
    AUTH_PRIVATE_KEY: oneLine(privateKey),
    AUTH_PUBLIC_KEY: oneLine(publicKey),
    // The license-key secrets, as the line in .env.example generates them.
    LICENSE_KEY_SECRET: randomBytes(32).toString('hex'),
    LICENSE_KEY_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    // Activation's document-signing keys, the JSON form .env.example's line generates.
    ACTIVATION_SIGNING_KEYS: JSON.stringify([{ kid: '2026-11', privateKey: generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() }]),
  };
}

const context: ComposeCheckContext = {
  apps: [
    { service: 'identity', schema: identityEnvSchema, portKey: 'IDENTITY_PORT', entry: 'dist/apps/identity/src/main.js' },
    { service: 'licensing', schema: licensingEnvSchema, portKey: 'LICENSING_PORT', entry: 'dist/apps/licensing/src/main.js' },
    { service: 'activation', schema: activationEnvSchema, portKey: 'ACTIVATION_PORT', entry: 'dist/apps/activation/src/main.js' },
    { service: 'notification', schema: notificationEnvSchema, portKey: 'NOTIFICATION_PORT', entry: 'dist/apps/notification/src/main.js', alsoRequired: ['SMTP_URL'] },
  ],
  infrastructure: ['postgres', 'redis', 'mailpit'],
  migrate: { service: 'migrate', command: ['node', 'dist/scripts/migrate.js', 'run'] },
  appDependsOn: { postgres: 'service_healthy', redis: 'service_healthy', migrate: 'service_completed_successfully' },
  imageMustCopy: ['apps/notification/templates'],
  readFile,
  // What `cp .env.example .env` plus the documented key generation gives an operator.
  variables: { ...parseDotenv(envExample), ...signingKeys() },
  documented: documentedVariables(envExample),
};

const gateway = {
  service: 'gateway',
  entry: 'dist/apps/gateway/src/main.js',
  port: 8080,
  upstreams: Object.fromEntries(
    context.apps.map((app) => [`${app.service.toUpperCase()}_URL`, app]),
  ),
};

const monitoring = {
  prometheus: { service: 'prometheus', port: 9090, configPath: 'ops/prometheus/prometheus.yml' },
  grafana: { service: 'grafana', provisioningDir: 'ops/grafana/provisioning', dashboardsDir: 'ops/grafana/dashboards' },
  apps: context.apps,
  parseYaml: (text: string) => parse(text) as unknown,
};

/** A deep copy with no shared (aliased) nodes, so one service can be changed alone. */
type Doc = { services: Record<string, Record<string, unknown>> };
const mutated = (change: (doc: Doc) => void): Doc => {
  const doc = JSON.parse(JSON.stringify(composeDoc())) as Doc;
  change(doc);
  return doc;
};

describe('docker-compose.yml', () => {
  it('exists next to a Dockerfile and an .env.example', () => {
    expect(composeText).not.toBe('');
    expect(readFile('Dockerfile')).toBeDefined();
    expect(envExample).not.toBe('');
  });

  it('passes every check', () => {
    expect(checkCompose(composeDoc(), context)).toEqual([]);
  });

  it('defines the services the apps need, the apps using the shared image with their own command', () => {
    const services = composeDoc().services as Record<string, Record<string, unknown>>;
    expect(Object.keys(services).sort()).toEqual(
      ['activation', 'gateway', 'grafana', 'identity', 'licensing', 'mailpit', 'migrate', 'notification', 'postgres', 'prometheus', 'redis'].sort(),
    );
    for (const app of context.apps) {
      expect(services[app.service]?.build).toEqual(services.migrate?.build);
      expect(services[app.service]?.restart).toBe('unless-stopped');
    }
    expect(services.migrate?.restart).toBe('no');
  });

  it('puts the gateway in front of the four services, on the one published port 8080', () => {
    expect(checkGateway(composeDoc(), gateway, context)).toEqual([]);
    const services = composeDoc().services as Record<string, { environment: Record<string, string>; ports?: string[] }>;
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(services.gateway?.environment ?? {})) {
      const resolved = interpolate(value, context.variables, () => undefined);
      if (resolved !== '') env[key] = resolved;
    }
    expect(gatewayEnvSchema.safeParse(env).success).toBe(true);
    // The services' own ports are reachable from this host only: clients go through the gateway.
    for (const app of context.apps) expect(services[app.service]?.ports?.every((p) => p.startsWith('127.0.0.1:'))).toBe(true);
  });

  it.each([
    ['an upstream pointing at the wrong port', (d: Doc) => ((d.services.gateway?.environment as Record<string, unknown>).LICENSING_URL = 'http://licensing:3003'), /^gateway: LICENSING_URL is http:\/\/licensing:3003, expected http:\/\/licensing:3002/],
    ['a gateway that starts before a service is ready', (d: Doc) => delete (d.services.gateway?.depends_on as Record<string, unknown>).identity, /^gateway: should depend on identity with condition service_healthy/],
    ['a gateway that runs something else', (d: Doc) => (d.services.gateway!.command = ['node', 'dist/apps/identity/src/main.js']), /^gateway: command does not run dist\/apps\/gateway\/src\/main.js/],
  ])('reports %s', (_label, change, expected) => {
    expect(checkGateway(mutated(change), gateway, context)).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
  });

  it('has Prometheus scrape the four services and Grafana read Prometheus, from the files in ops/', () => {
    expect(checkMonitoring(composeDoc(), monitoring, context)).toEqual([]);
    const dashboard = JSON.parse(readFile(`${monitoring.grafana.dashboardsDir}/licensing-backend.json`) ?? '{}') as { panels?: Array<{ targets: Array<{ expr: string }> }> };
    const exprs = (dashboard.panels ?? []).flatMap((p) => p.targets.map((t) => t.expr)).join('\n');
    for (const series of ['http_requests_total', 'proxy_calls_total', 'email_deliveries', 'outbox_unpublished_events', 'outbox_oldest_unpublished_age_seconds', 'bullmq_queue_jobs', 'db_pool_connections']) {
      expect(exprs).toContain(series);
    }
  });

  it.each([
    ['a service Prometheus does not scrape', (d: Doc) => (d.services.activation!.environment = { ...(d.services.activation?.environment as object), ACTIVATION_PORT: '3005' }), /^ops\/prometheus\/prometheus.yml: does not scrape activation:3005/],
    ['a Prometheus without its config', (d: Doc) => (d.services.prometheus!.volumes = []), /^prometheus: does not mount \.\/ops\/prometheus\/prometheus.yml/],
    ['a Prometheus published beyond loopback', (d: Doc) => (d.services.prometheus!.ports = ['9090:9090']), /^prometheus: should publish 9090 on 127.0.0.1 only/],
  ])('reports %s', (_label, change, expected) => {
    expect(checkMonitoring(mutated(change), monitoring, context)).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
  });

  it('gives the signing keys to the services, from .env only', () => {
    const env = (name: string) => (composeDoc().services as Record<string, { environment: Record<string, string> }>)[name]?.environment;
    expect(env('identity')?.AUTH_PRIVATE_KEY).toMatch(/^\$\{AUTH_PRIVATE_KEY:\?/);
    for (const name of ['licensing', 'activation', 'notification']) {
      expect(env(name)?.AUTH_PUBLIC_KEY).toMatch(/^\$\{AUTH_PUBLIC_KEY:\?/);
      expect(env(name)?.AUTH_PRIVATE_KEY).toBeUndefined();
    }
  });

  it('refuses to start without the signing keys', () => {
    const withoutKeys = { ...context, variables: parseDotenv(envExample) };
    expect(checkCompose(composeDoc(), withoutKeys)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^identity: AUTH_PRIVATE_KEY: AUTH_PRIVATE_KEY is not set/),
        expect.stringMatching(/^licensing: AUTH_PUBLIC_KEY: AUTH_PUBLIC_KEY is not set/),
      ]),
    );
  });
});

describe('the compose checker reports', () => {
  // Each case breaks one thing in a copy of the real file; the checker must name it.
  const cases: Array<[string, (doc: Doc) => void, RegExp]> = [
    ['a required setting removed', (d) => delete (d.services.identity?.environment as Record<string, unknown>).DATABASE_URL, /^identity: environment lacks DATABASE_URL/],
    ['the SMTP server removed (the app would fall back to writing files)', (d) => delete (d.services.notification?.environment as Record<string, unknown>).SMTP_URL, /^notification: environment lacks SMTP_URL/],
    ['a setting with a bad value', (d) => ((d.services.licensing?.environment as Record<string, unknown>).REDIS_URL = 'http://redis:6379'), /^licensing: REDIS_URL: must be a redis:\/\/ URL/],
    ['a URL to a host that is no service', (d) => ((d.services.activation?.environment as Record<string, unknown>).REDIS_URL = 'redis://cache:6379'), /^activation: REDIS_URL points at host "cache"/],
    ['database credentials that differ from Postgres', (d) => ((d.services.identity?.environment as Record<string, unknown>).DATABASE_URL = 'postgres://licensing:wrong@postgres:5432/licensing'), /^identity: DATABASE_URL does not match postgres's POSTGRES_PASSWORD/],
    ['a missing service', (d) => delete d.services.mailpit, /^mailpit: service is not defined/],
    ['a depends_on target that does not exist (map form)', (d) => ((d.services.notification?.depends_on as Record<string, unknown>).smtp = { condition: 'service_started' }), /^notification: depends_on "smtp"/],
    ['a depends_on target that does not exist (list form)', (d) => (d.services.migrate!.depends_on = ['postgres', 'pgbouncer']), /^migrate: depends_on "pgbouncer"/],
    ['an app that no longer waits for migrations', (d) => delete (d.services.licensing?.depends_on as Record<string, unknown>).migrate, /^licensing: should depend on migrate with condition service_completed_successfully/],
    ['two services publishing one host port', (d) => (d.services.licensing!.ports = ['3001:3002']), /^licensing: host port 3001 is already published by identity/],
    ['a port setting that the service does not publish', (d) => ((d.services.activation?.environment as Record<string, unknown>).ACTIVATION_PORT = '4003'), /^activation: ACTIVATION_PORT is 4003 but the service publishes container port\(s\) 3003/],
    ['a healthcheck on the wrong port', (d) => ((d.services.identity?.healthcheck as Record<string, unknown>).test = ['CMD', 'node', '-e', "fetch('http://127.0.0.1:3002/health/ready')"]), /^identity: healthcheck does not probe \/health\/ready on port 3001/],
    ['an app running the wrong entry point', (d) => (d.services.notification!.command = ['node', 'dist/apps/licensing/src/main.js']), /^notification: command does not run dist\/apps\/notification\/src\/main.js/],
    ['a migrate service that does not migrate', (d) => (d.services.migrate!.command = 'node dist/scripts/migrate.js show'), /^migrate: command is "node dist\/scripts\/migrate.js show"/],
    ['a build target the Dockerfile lacks', (d) => (d.services.identity!.build = { context: '.', target: 'production' }), /^identity: build target "production" is not a stage of Dockerfile/],
    ['a Dockerfile that does not exist', (d) => (d.services.licensing!.build = { context: '.', dockerfile: 'Dockerfile.missing', target: 'runtime' }), /^licensing: builds from Dockerfile.missing, which does not exist/],
    ['a variable .env.example does not document', (d) => ((d.services.notification?.environment as Record<string, unknown>).LOG_LEVEL = '${NOTIFICATION_LOG_LEVEL:-info}'), /^\$\{NOTIFICATION_LOG_LEVEL\} is used but .env.example does not document it/],
  ];

  it.each(cases)('%s', (_label, change, expected) => {
    const problems = checkCompose(mutated(change), context);
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
  });

  it('a required setting given only by the list form of environment is still found', () => {
    const doc = mutated((d) => {
      const env = d.services.identity?.environment as Record<string, string>;
      d.services.identity!.environment = Object.entries(env).map(([k, v]) => `${k}=${v}`);
    });
    expect(checkCompose(doc, context)).toEqual([]);
  });
});

describe('checker helpers', () => {
  it('derive the required settings from the schemas', () => {
    expect(requiredKeys(identityEnvSchema).sort()).toEqual(['AUTH_PRIVATE_KEY', 'DATABASE_URL', 'REDIS_URL']);
    expect(requiredKeys(notificationEnvSchema).sort()).toEqual(['AUTH_PUBLIC_KEY', 'DATABASE_URL', 'REDIS_URL']);
  });

  it('interpolate like compose', () => {
    const failures: string[] = [];
    const vars = { SET: 'x', EMPTY: '' };
    const run = (v: string) => interpolate(v, vars, (m) => failures.push(m));
    expect(run('${SET}-${UNSET:-d}-${EMPTY:-e}-${EMPTY-f}-$$SET-$SET')).toBe('x-d-e--$SET-x');
    expect(run('${SET:+alt}${UNSET:+alt}')).toBe('alt');
    expect(run('${EMPTY:?set it}')).toBe('');
    expect(failures).toEqual(['EMPTY is not set (set it)']);
  });

  it('read the Dockerfile stages, in order', () => {
    expect([...dockerfileStages(readFile('Dockerfile') ?? '').keys()]).toEqual(['deps', 'build', 'runtime']);
  });
});
