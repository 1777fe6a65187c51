/**
 * The "B" side of `npm run bench:proxy`: the three proxy hot-path endpoints (refresh, usage report,
 * enrollment check) on a bare Fastify server, without Nest. It runs the same domain code as the
 * activation service (the credential's one primary-key query, the same usage-report statements, the
 * same Ed25519 signing with the same key), so the difference the benchmark measures is the HTTP layer.
 * Bodies are checked with a plain JSON schema compiled once by Fastify; answers are JSON.stringify'd.
 * Reads the activation service's environment (DATABASE_URL, ACTIVATION_SIGNING_KEYS, ...) and
 * BARE_PORT. Started by scripts/bench/proxy-ab-bench.ts; not a service of the product.
 */
import 'reflect-metadata';
import { createHash, timingSafeEqual } from 'node:crypto';
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import { DomainError, errorRegistry, INSTALLATION_FIELD_LIMITS as LIMITS } from '#common';
import { createDataSource } from '#database';
import { loadActivationConfig } from '../../apps/activation/src/config.js';
import { LicenseKeysRepository } from '../../apps/activation/src/licenses/license-keys.repository.js';
import { loadInstallationContext, type InstallationContext } from '../../apps/activation/src/proxy/installation-context.js';
import { InstallationsWriter } from '../../apps/activation/src/proxy/installations.writer.js';
import { ProxyProtocolService } from '../../apps/activation/src/proxy/proxy-protocol.service.js';
import { DocumentIssuer } from '../../apps/activation/src/signing/document-issuer.js';
import { SigningKeys } from '../../apps/activation/src/signing/signing-keys.js';
import { UsageReportsService } from '../../apps/activation/src/usage/usage-reports.service.js';

const config = loadActivationConfig(process.env);
const dataSource = createDataSource({ url: config.database.url, poolSize: config.database.poolSize, applicationName: 'bench-bare' });
await dataSource.initialize();
const documents = new DocumentIssuer(new SigningKeys(config), config);
const protocol = new ProxyProtocolService(dataSource, new LicenseKeysRepository(dataSource, config), new InstallationsWriter(), documents);
const usage = new UsageReportsService(dataSource);

const HEADER = /^Proxy\s+([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([A-Za-z0-9_-]{43})$/i;

class Refused extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(code);
  }
}

async function authenticate(request: FastifyRequest, allowDeactivated: boolean): Promise<InstallationContext> {
  const header = request.headers.authorization;
  const match = typeof header === 'string' ? HEADER.exec(header.trim()) : null;
  if (!match) throw new Refused(401, 'INVALID_CREDENTIAL');
  const presented = createHash('sha256').update(match[2] as string, 'utf8').digest();
  const installation = await loadInstallationContext(dataSource, (match[1] as string).toLowerCase());
  if (!installation?.credentialHash) throw new Refused(401, 'INVALID_CREDENTIAL');
  const stored = Buffer.from(installation.credentialHash, 'hex');
  if (stored.length !== presented.length || !timingSafeEqual(stored, presented)) throw new Refused(401, 'INVALID_CREDENTIAL');
  if (installation.credentialRevokedAt) throw new Refused(401, 'INSTALLATION_DEACTIVATED');
  if (installation.status === 'deactivated' && !allowDeactivated) throw new Refused(403, 'INSTALLATION_DEACTIVATED');
  return installation;
}

const app = Fastify({ bodyLimit: config.http.bodyLimitBytes });
app.setErrorHandler((error: unknown, _request: FastifyRequest, reply: FastifyReply) => {
  if (error instanceof DomainError) {
    const status = errorRegistry.statusOf(error.code);
    return reply.status(status).send({ statusCode: status, code: error.code, message: error.message });
  }
  if (error instanceof Refused) return reply.status(error.status).send({ statusCode: error.status, code: error.code, message: error.code });
  const status = (error as { statusCode?: number }).statusCode ?? 500;
  return reply.status(status).send({ statusCode: status, code: status === 400 ? 'VALIDATION_FAILED' : 'INTERNAL_ERROR', message: String((error as Error).message) });
});

const text = (max: number) => ({ type: 'string', minLength: 1, maxLength: max });
const count = { type: 'integer', minimum: 0, maximum: 10_000_000 };

app.get('/health/ready', async () => ({ status: 'ok' }));

app.post<{ Body: { appVersion?: string } }>(
  '/proxy/v1/refresh',
  { schema: { body: { type: 'object', additionalProperties: false, properties: { appVersion: text(LIMITS.appVersion) } } } },
  async (request) => protocol.refresh(await authenticate(request, true), request.body),
);

app.post<{ Body: { reportId: string; managedComputers: number; peakComputers: number; appVersion: string; reportedAt: string } }>(
  '/proxy/v1/usage-reports',
  {
    schema: {
      body: {
        type: 'object',
        additionalProperties: false,
        required: ['reportId', 'managedComputers', 'peakComputers', 'appVersion', 'reportedAt'],
        properties: { reportId: text(LIMITS.reportId), managedComputers: count, peakComputers: count, appVersion: text(LIMITS.appVersion), reportedAt: { type: 'string', minLength: 10 } },
      },
    },
  },
  async (request, reply) => {
    const installation = await authenticate(request, false);
    const answer = await usage.report(installation.id, request.body);
    return reply.status(201).send(answer);
  },
);

app.post<{ Body: { managedComputers?: number } }>(
  '/proxy/v1/enrollment-checks',
  { schema: { body: { type: 'object', additionalProperties: false, properties: { managedComputers: count } } } },
  async (request) => protocol.enrollmentCheck(await authenticate(request, false), request.body),
);

await app.listen({ host: '127.0.0.1', port: Number(process.env.BARE_PORT) });
const stop = () => {
  void app
    .close()
    .then(() => dataSource.destroy())
    .finally(() => process.exit(0));
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
