/**
 * Static checks of docker-compose.yml against the apps' config schemas and the Dockerfile.
 * No Docker engine runs where the tests run, so these catch what `docker compose up` would
 * otherwise reveal only on an operator's machine: a missing setting, a port that does not line up,
 * a dependency on a service that does not exist, a build target the Dockerfile lacks.
 * `checkCompose` returns every problem found, as readable sentences; none means the file is sound.
 */
import type { z } from 'zod';

export interface AppUnderTest {
  /** The compose service that runs the app. */
  service: string;
  /** The app's environment schema (keys are the variable names). */
  schema: z.ZodObject;
  /** The setting that holds the app's HTTP port, e.g. IDENTITY_PORT. */
  portKey: string;
  /** The compiled entry point the service must run, e.g. dist/apps/identity/src/main.js. */
  entry: string;
  /** Settings optional for the app that this setup must give all the same (e.g. SMTP_URL). */
  alsoRequired?: string[];
}

export interface ComposeCheckContext {
  apps: AppUnderTest[];
  /** Services the apps need besides themselves (databases, mail catcher, migration job). */
  infrastructure: string[];
  /** The one-shot migration service and the exact command it must run. */
  migrate: { service: string; command: string[] };
  /** What every app must wait for, and in which state (e.g. migrate: service_completed_successfully). */
  appDependsOn: Record<string, string>;
  /** Paths (relative to the build context) the image's target stage must COPY in. */
  imageMustCopy: string[];
  /** Text of a file relative to the folder of docker-compose.yml, or undefined when it does not exist. */
  readFile: (path: string) => string | undefined;
  /** Values for `${VAR}` interpolation, as an operator's .env gives them. */
  variables: Record<string, string>;
  /** Variables that .env.example documents. */
  documented: ReadonlySet<string>;
}

type Mapping = Record<string, unknown>;

const isMapping = (v: unknown): v is Mapping => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Keys the schema cannot do without: no default and not optional. */
export function requiredKeys(schema: z.ZodObject): string[] {
  return Object.entries(schema.shape)
    .filter(([, field]) => !(field as z.ZodType).safeParse(undefined).success)
    .map(([key]) => key);
}

/** `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?error}`, `${VAR?error}`, `${VAR:+alt}`, `$VAR`, `$$`. */
const VARIABLE = /\$(?:\$|\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;

/** Compose-style interpolation; a `${VAR:?msg}` (or `${VAR?msg}`) left unset is reported through `fail`. */
export function interpolate(value: string, variables: Record<string, string>, fail: (message: string) => void): string {
  return value.replace(VARIABLE, (match, braced?: string, op?: string, arg?: string, bare?: string) => {
    if (match === '$$') return '$';
    const name = (braced ?? bare) as string;
    const current = variables[name];
    const unset = current === undefined || (op?.startsWith(':') === true && current === '');
    switch (op?.replace(':', '')) {
      case '-':
        return unset ? (arg ?? '') : current;
      case '?':
        if (unset) fail(`${name} is not set (${arg || 'required'})`);
        return current ?? '';
      case '+':
        return unset ? '' : (arg ?? '');
      default:
        return current ?? '';
    }
  });
}

/** Names of the variables a compose document interpolates, anywhere in it. */
export function referencedVariables(node: unknown, found = new Set<string>()): Set<string> {
  if (typeof node === 'string') {
    for (const m of node.matchAll(VARIABLE)) if (m[0] !== '$$') found.add((m[1] ?? m[4]) as string);
  } else if (Array.isArray(node)) {
    node.forEach((item) => referencedVariables(item, found));
  } else if (isMapping(node)) {
    Object.values(node).forEach((item) => referencedVariables(item, found));
  }
  return found;
}

/** `KEY=value` lines of a .env file; single quotes keep text literally, double quotes expand \n. */
export function parseDotenv(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!m) continue;
    const raw = (m[2] as string).trim();
    if (/^'.*'$/.test(raw)) values[m[1] as string] = raw.slice(1, -1);
    else if (/^".*"$/.test(raw)) values[m[1] as string] = raw.slice(1, -1).replace(/\\n/g, '\n');
    else values[m[1] as string] = raw.replace(/\s+#.*$/, '');
  }
  return values;
}

/** Variables a .env.example mentions, set or commented out (`# NAME=...`). */
export function documentedVariables(text: string): Set<string> {
  return new Set([...text.matchAll(/^[\s#]*([A-Za-z_][A-Za-z0-9_]*)=/gm)].map((m) => m[1] as string));
}

/** The environment of a service, list form (`KEY=value`) or map form, as strings. */
function environmentOf(service: Mapping): Record<string, string> {
  const env: Record<string, string> = {};
  const given = service.environment;
  if (Array.isArray(given)) {
    for (const item of given) {
      const [key, ...rest] = String(item).split('=');
      env[key as string] = rest.join('=');
    }
  } else if (isMapping(given)) {
    for (const [key, value] of Object.entries(given)) env[key] = value === null ? '' : String(value);
  }
  return env;
}

function dependsOn(service: Mapping): Record<string, string | undefined> {
  const given = service.depends_on;
  if (Array.isArray(given)) return Object.fromEntries(given.map((name) => [String(name), 'service_started']));
  if (isMapping(given)) {
    return Object.fromEntries(
      Object.entries(given).map(([name, spec]) => [name, isMapping(spec) ? String(spec.condition ?? 'service_started') : undefined]),
    );
  }
  return {};
}

interface PublishedPort {
  hostIp: string;
  host: number | undefined;
  container: number;
  protocol: string;
}

/** Short syntax `[ip:][host:]container[/proto]` or long syntax `{ target, published, host_ip, protocol }`. */
function portsOf(service: Mapping): PublishedPort[] {
  const given = Array.isArray(service.ports) ? service.ports : [];
  return given.map((entry): PublishedPort => {
    if (isMapping(entry)) {
      const published = entry.published === undefined ? undefined : Number(entry.published);
      return { hostIp: String(entry.host_ip ?? ''), host: published, container: Number(entry.target), protocol: String(entry.protocol ?? 'tcp') };
    }
    const [spec, protocol = 'tcp'] = String(entry).split('/');
    const parts = (spec as string).split(':');
    const container = Number(parts.pop());
    const host = parts.length ? Number(parts.pop()) : undefined;
    return { hostIp: parts.join(':'), host, container, protocol };
  });
}

function tryUrl(value: string | undefined): URL | undefined {
  if (!value || !/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return undefined;
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

const commandOf = (service: Mapping): string =>
  Array.isArray(service.command) ? service.command.map(String).join(' ') : String(service.command ?? '');

/** Dockerfile stages by name, each with its own lines and the stage (or image) it starts from. */
export function dockerfileStages(text: string): Map<string, { from: string; body: string[] }> {
  const stages = new Map<string, { from: string; body: string[] }>();
  let current: string[] | undefined;
  for (const line of text.replace(/\\\n/g, ' ').split('\n')) {
    const from = /^\s*FROM\s+(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
    if (from) {
      current = [];
      stages.set((from[2] ?? `#${stages.size}`).toLowerCase(), { from: (from[1] as string).toLowerCase(), body: current });
    } else if (current && line.trim() && !line.trim().startsWith('#')) {
      current.push(line.trim());
    }
  }
  return stages;
}

/** The lines in force in a stage: its parents' first, then its own. */
function stageLines(stages: ReturnType<typeof dockerfileStages>, name: string): string[] {
  const stage = stages.get(name);
  if (!stage) return [];
  return [...(stages.has(stage.from) && stage.from !== name ? stageLines(stages, stage.from) : []), ...stage.body];
}

function checkImage(name: string, service: Mapping, ctx: ComposeCheckContext, problems: string[]): void {
  if (service.build === undefined) return;
  const build = isMapping(service.build) ? service.build : { context: service.build };
  const context = String(build.context ?? '.').replace(/^\.\/?$/, '');
  const path = [context, String(build.dockerfile ?? 'Dockerfile')].filter(Boolean).join('/');
  const text = ctx.readFile(path);
  if (text === undefined) return void problems.push(`${name}: builds from ${path}, which does not exist`);
  const stages = dockerfileStages(text);
  const target = build.target === undefined ? [...stages.keys()].pop() : String(build.target).toLowerCase();
  if (!target || !stages.has(target)) {
    return void problems.push(`${name}: build target "${String(build.target)}" is not a stage of ${path} (${[...stages.keys()].join(', ')})`);
  }
  const lines = stageLines(stages, target);
  const user = lines.filter((l) => /^USER\s/i.test(l)).pop();
  if (!user || /^USER\s+(root|0)(:|\s|$)/i.test(user)) problems.push(`${name}: stage "${target}" of ${path} runs as root`);
  for (const wanted of ctx.imageMustCopy) {
    if (!lines.some((l) => /^(COPY|ADD)\s/i.test(l) && l.split(/\s+/).includes(wanted))) {
      problems.push(`${name}: stage "${target}" of ${path} does not copy ${wanted}`);
    }
  }
}

/** Every problem of the compose document; [] when there is none. */
export function checkCompose(compose: unknown, ctx: ComposeCheckContext): string[] {
  const problems: string[] = [];
  const services = isMapping(compose) && isMapping(compose.services) ? compose.services : undefined;
  if (!services) return ['no services: the document has no `services` mapping'];
  const service = (name: string): Mapping => (isMapping(services[name]) ? services[name] : {});

  for (const name of [...ctx.infrastructure, ctx.migrate.service, ...ctx.apps.map((a) => a.service)]) {
    if (!(name in services)) problems.push(`${name}: service is not defined`);
  }

  for (const [name, spec] of Object.entries(services)) {
    if (!isMapping(spec)) continue;
    for (const target of Object.keys(dependsOn(spec))) {
      if (!(target in services)) problems.push(`${name}: depends_on "${target}", which is not a service`);
    }
    checkImage(name, spec, ctx, problems);
  }

  const seen: Array<PublishedPort & { service: string }> = [];
  for (const [name, spec] of Object.entries(services)) {
    if (!isMapping(spec)) continue;
    for (const port of portsOf(spec).filter((p) => p.host !== undefined)) {
      const clash = seen.find(
        (s) => s.host === port.host && s.protocol === port.protocol && (!s.hostIp || !port.hostIp || s.hostIp === port.hostIp),
      );
      if (clash) problems.push(`${name}: host port ${port.host} is already published by ${clash.service}`);
      seen.push({ ...port, service: name });
    }
  }

  const migrate = service(ctx.migrate.service);
  if (commandOf(migrate) !== ctx.migrate.command.join(' ')) {
    problems.push(`${ctx.migrate.service}: command is "${commandOf(migrate)}", expected "${ctx.migrate.command.join(' ')}"`);
  }

  for (const app of ctx.apps) checkApp(app, service(app.service), services, ctx, problems);

  for (const name of referencedVariables(services)) {
    if (!ctx.documented.has(name)) problems.push(`\${${name}} is used but .env.example does not document it`);
  }
  return problems;
}

function checkApp(app: AppUnderTest, spec: Mapping, services: Mapping, ctx: ComposeCheckContext, problems: string[]): void {
  const name = app.service;
  const raw = environmentOf(spec);
  const required = requiredKeys(app.schema);
  const missing = [...required, ...(app.alsoRequired ?? [])].filter((key) => !raw[key]);
  for (const key of missing) {
    problems.push(`${name}: environment lacks ${key}, which ${required.includes(key) ? 'its schema requires' : 'this setup must give'}`);
  }

  // What the app would read at start, after compose interpolation; empty values count as unset,
  // exactly as loadConfig treats them.
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    const resolved = interpolate(value, ctx.variables, (m) => problems.push(`${name}: ${key}: ${m}`));
    if (resolved !== '') env[key] = resolved;
    else if (app.alsoRequired?.includes(key)) problems.push(`${name}: ${key} is empty once interpolated`);
  }
  const parsed = app.schema.safeParse(env);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path.join('.');
      if (!missing.includes(key)) problems.push(`${name}: ${key}: ${issue.message}`);
    }
  }

  for (const [key, value] of Object.entries(env)) {
    const url = tryUrl(value);
    // A single-label host (not localhost) can only be another compose service.
    if (url?.hostname && !url.hostname.includes('.') && url.hostname !== 'localhost' && !(url.hostname in services)) {
      problems.push(`${name}: ${key} points at host "${url.hostname}", which is not a service`);
    }
  }
  const db = tryUrl(env.DATABASE_URL);
  const pg = isMapping(services[db?.hostname ?? '']) ? environmentOf(services[db?.hostname ?? ''] as Mapping) : undefined;
  if (db && pg) {
    const want = (k: string) => interpolate(pg[k] ?? '', ctx.variables, () => undefined);
    const got = { POSTGRES_USER: db.username, POSTGRES_PASSWORD: decodeURIComponent(db.password), POSTGRES_DB: db.pathname.slice(1) };
    for (const [k, v] of Object.entries(got)) {
      if (pg[k] !== undefined && want(k) !== v) problems.push(`${name}: DATABASE_URL does not match ${db.hostname}'s ${k}`);
    }
  }

  // The port alone, so that another bad setting does not hide or fake a port mismatch.
  const portField = app.schema.shape[app.portKey] as z.ZodType | undefined;
  const portParsed = portField?.safeParse(env[app.portKey]);
  const port = portParsed?.success ? Number(portParsed.data) : NaN;
  const ports = portsOf(spec);
  if (!ports.some((p) => p.container === port && p.host !== undefined)) {
    problems.push(`${name}: ${app.portKey} is ${port} but the service publishes container port(s) ${ports.map((p) => p.container).join(', ') || 'none'}`);
  }
  const probe = isMapping(spec.healthcheck) ? JSON.stringify(spec.healthcheck.test ?? '') : '';
  if (!probe.includes(`:${port}/health/ready`)) problems.push(`${name}: healthcheck does not probe /health/ready on port ${port}`);

  if (!commandOf(spec).split(' ').includes(app.entry)) problems.push(`${name}: command does not run ${app.entry}`);
  const source = app.entry.replace(/^dist\//, '').replace(/\.js$/, '.ts');
  if (ctx.readFile(source) === undefined) problems.push(`${name}: runs ${app.entry}, but ${source} does not exist`);

  const deps = dependsOn(spec);
  for (const [dep, condition] of Object.entries(ctx.appDependsOn)) {
    if (deps[dep] !== condition) problems.push(`${name}: should depend on ${dep} with condition ${condition}`);
  }
}

/** The gateway in front of the apps: its upstreams, port, readiness probe and start order. */
export interface GatewayUnderTest {
  service: string;
  entry: string;
  port: number;
  /** Upstream setting → the app service it must point at. */
  upstreams: Record<string, AppUnderTest>;
}

export function checkGateway(compose: unknown, gateway: GatewayUnderTest, ctx: ComposeCheckContext): string[] {
  const problems: string[] = [];
  const services = isMapping(compose) && isMapping(compose.services) ? compose.services : {};
  const spec = services[gateway.service];
  if (!isMapping(spec)) return [`${gateway.service}: service is not defined`];
  const env = environmentOf(spec);
  for (const [key, app] of Object.entries(gateway.upstreams)) {
    const url = tryUrl(interpolate(env[key] ?? '', ctx.variables, (m) => problems.push(`${gateway.service}: ${key}: ${m}`)));
    const appPort = environmentOf(isMapping(services[app.service]) ? (services[app.service] as Mapping) : {})[app.portKey];
    if (!url) problems.push(`${gateway.service}: ${key} is not a URL`);
    else if (url.hostname !== app.service || url.port !== String(appPort)) {
      problems.push(`${gateway.service}: ${key} is ${url.origin}, expected http://${app.service}:${appPort}`);
    }
    if (dependsOn(spec)[app.service] !== 'service_healthy') problems.push(`${gateway.service}: should depend on ${app.service} with condition service_healthy`);
  }
  if (!portsOf(spec).some((p) => p.container === gateway.port && p.host !== undefined)) problems.push(`${gateway.service}: does not publish port ${gateway.port}`);
  const probe = isMapping(spec.healthcheck) ? JSON.stringify(spec.healthcheck.test ?? '') : '';
  if (!probe.includes(`:${gateway.port}/health/ready`)) problems.push(`${gateway.service}: healthcheck does not probe /health/ready on port ${gateway.port}`);
  if (!commandOf(spec).split(' ').includes(gateway.entry)) problems.push(`${gateway.service}: command does not run ${gateway.entry}`);
  checkImage(gateway.service, spec, ctx, problems);
  return problems;
}

/** Prometheus scraping the apps, and Grafana reading Prometheus, from files in the repository. */
export interface MonitoringUnderTest {
  prometheus: { service: string; port: number; configPath: string };
  grafana: { service: string; provisioningDir: string; dashboardsDir: string };
  apps: AppUnderTest[];
  /** Parses YAML (the checker itself depends on no YAML library). */
  parseYaml: (text: string) => unknown;
}

/** Bind mounts `./host:container[:ro]` of a service, host path relative to the compose folder. */
function bindMounts(service: Mapping): Array<{ host: string; container: string }> {
  const volumes = Array.isArray(service.volumes) ? service.volumes : [];
  return volumes
    .map((v) => String(v).split(':'))
    .filter((parts) => parts[0]?.startsWith('./'))
    .map((parts) => ({ host: (parts[0] as string).slice(2), container: parts[1] ?? '' }));
}

export function checkMonitoring(compose: unknown, m: MonitoringUnderTest, ctx: ComposeCheckContext): string[] {
  const problems: string[] = [];
  const services = isMapping(compose) && isMapping(compose.services) ? compose.services : {};
  const prometheus = services[m.prometheus.service];
  if (!isMapping(prometheus)) return [`${m.prometheus.service}: service is not defined`];
  const mount = bindMounts(prometheus).find((b) => b.host === m.prometheus.configPath);
  const flag = commandOf(prometheus).split(' ').find((a) => a.startsWith('--config.file='))?.slice('--config.file='.length);
  if (!mount) problems.push(`${m.prometheus.service}: does not mount ./${m.prometheus.configPath}`);
  else if (flag !== mount.container) problems.push(`${m.prometheus.service}: --config.file is ${flag ?? 'unset'}, but the config is mounted at ${mount.container}`);
  const text = ctx.readFile(m.prometheus.configPath);
  if (text === undefined) return [...problems, `${m.prometheus.configPath} does not exist`];
  const config = m.parseYaml(text) as { scrape_configs?: Array<{ metrics_path?: string; static_configs?: Array<{ targets?: string[] }> }> };
  const targets = new Map<string, string>();
  for (const job of config.scrape_configs ?? []) {
    for (const target of (job.static_configs ?? []).flatMap((c) => c.targets ?? [])) targets.set(target, job.metrics_path ?? '/metrics');
  }
  for (const target of targets.keys()) {
    const host = target.split(':')[0] as string;
    if (!(host in services)) problems.push(`${m.prometheus.configPath}: target ${target} is not a service`);
  }
  for (const app of m.apps) {
    const spec = services[app.service];
    const port = isMapping(spec) ? environmentOf(spec)[app.portKey] : undefined;
    const path = targets.get(`${app.service}:${port}`);
    if (path === undefined) problems.push(`${m.prometheus.configPath}: does not scrape ${app.service}:${port}`);
    else if (path !== '/metrics') problems.push(`${m.prometheus.configPath}: scrapes ${app.service} at ${path}, not /metrics`);
  }
  if (!portsOf(prometheus).some((p) => p.container === m.prometheus.port && p.hostIp === '127.0.0.1')) {
    problems.push(`${m.prometheus.service}: should publish ${m.prometheus.port} on 127.0.0.1 only`);
  }

  const grafana = services[m.grafana.service];
  if (!isMapping(grafana)) return [...problems, `${m.grafana.service}: service is not defined`];
  for (const dir of [m.grafana.provisioningDir, m.grafana.dashboardsDir]) {
    if (!bindMounts(grafana).some((b) => b.host === dir)) problems.push(`${m.grafana.service}: does not mount ./${dir}`);
  }
  const datasource = m.parseYaml(ctx.readFile(`${m.grafana.provisioningDir}/datasources/prometheus.yml`) ?? '') as { datasources?: Array<{ url?: string }> } | null;
  const url = tryUrl(datasource?.datasources?.[0]?.url);
  if (!url || url.hostname !== m.prometheus.service || url.port !== String(m.prometheus.port)) {
    problems.push(`${m.grafana.service}: the provisioned data source is not http://${m.prometheus.service}:${m.prometheus.port}`);
  }
  const provider = m.parseYaml(ctx.readFile(`${m.grafana.provisioningDir}/dashboards/dashboards.yml`) ?? '') as { providers?: Array<{ options?: { path?: string } }> } | null;
  const dashboardsMount = bindMounts(grafana).find((b) => b.host === m.grafana.dashboardsDir)?.container;
  if (provider?.providers?.[0]?.options?.path !== dashboardsMount) problems.push(`${m.grafana.service}: the dashboard provider does not read ${dashboardsMount ?? 'the mounted dashboards'}`);
  return problems;
}
