import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';
import { LoggerModule } from 'nestjs-pino';
import type { LogFormat } from '../config/load-config.js';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The request id: the caller's `x-request-id` when it is sane, else a new UUID. Fastify's genReqId
 * calls this first and writes the id back to the header, so pino-http and Fastify agree on it.
 */
export function requestIdFor(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  req.headers['x-request-id'] = id;
  return id;
}

/** Values that never reach a log line. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-proxy-credential"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.licenseKey',
  '*.key',
  '*.token',
  '*.refreshToken',
  '*.accessToken',
  '*.secret',
];

/**
 * pino-pretty when asked for, or (`auto`) when stdout is a terminal and pino-pretty is installed
 * (it is a dev dependency: production images log JSON whatever the setting).
 */
export function prettyLogTransport(format: LogFormat): { target: string; options: Record<string, unknown> } | undefined {
  if (format === 'json' || (format === 'auto' && !process.stdout.isTTY)) return undefined;
  try {
    createRequire(import.meta.url).resolve('pino-pretty');
  } catch {
    return undefined;
  }
  return { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,service' } };
}

/** Query parameters that carry single-use secrets (provider codes, flow state and tickets, emailed tokens). */
const SECRET_QUERY = /([?&](?:code|state|ticket|token|access_token|id_token|code_verifier)=)[^&#]*/gi;

/** A request URL fit for the logs: secret query values replaced. */
export function redactUrl(url: string): string {
  return url.replace(SECRET_QUERY, '$1[redacted]');
}

/** Logs, one line per request with its id, secrets redacted: JSON, or pretty in a terminal. */
export function loggerModule(service: string, level: string, format: LogFormat = 'auto') {
  const transport = prettyLogTransport(format);
  return LoggerModule.forRoot({
    pinoHttp: {
      level,
      ...(transport ? { transport } : {}),
      name: service,
      base: { service },
      genReqId: (req) => requestIdFor(req),
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
      // Health probes every few seconds would drown everything else.
      autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/health') },
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: redactUrl(req.url) }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    },
  });
}
