import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';
import { Global, Module, type DynamicModule, type LoggerService } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import { pino, type Logger as PinoLogger } from 'pino';
import type { LogFormat } from '../config/load-config.js';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The request id: the caller's `x-request-id` when it is sane, else a new UUID. Fastify's genReqId
 * calls it and writes the id back to the header, so the request log, the answer and the
 * services behind the gateway all carry the same id.
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

const levelOf = (statusCode: number): 'error' | 'warn' | 'info' => (statusCode >= 500 ? 'error' : statusCode >= 400 ? 'warn' : 'info');

/** The process's one pino logger: JSON lines (or pretty in a terminal), secrets redacted. */
export function createRootLogger(service: string, level: string, format: LogFormat = 'auto'): PinoLogger {
  const transport = prettyLogTransport(format);
  return pino({
    level,
    name: service,
    base: { service },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    ...(transport ? { transport } : {}),
  });
}

type LogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal';

/**
 * Nest's logger interface over the root pino logger, with nestjs-pino's calling contract: the last
 * optional parameter is the context; an object first argument is merged into the line (an Error
 * becomes `err`); Nest's own exception handlers' `error(message, stack)` becomes an `err` too.
 * It keeps no per-request context: request lines come from {@link installRequestLogging}, which
 * needs no AsyncLocalStorage (whose promise hooks would tax every await of every request on Node 20).
 */
export class AppLogger implements LoggerService {
  constructor(private readonly root: PinoLogger) {}

  verbose(message: unknown, ...optional: unknown[]): void {
    this.call('trace', message, optional);
  }
  debug(message: unknown, ...optional: unknown[]): void {
    this.call('debug', message, optional);
  }
  log(message: unknown, ...optional: unknown[]): void {
    this.call('info', message, optional);
  }
  warn(message: unknown, ...optional: unknown[]): void {
    this.call('warn', message, optional);
  }
  error(message: unknown, ...optional: unknown[]): void {
    this.call('error', message, optional);
  }
  fatal(message: unknown, ...optional: unknown[]): void {
    this.call('fatal', message, optional);
  }

  private call(level: LogLevel, message: unknown, optional: unknown[]): void {
    if (!this.root.isLevelEnabled(level)) return;
    const fields: Record<string, unknown> = {};
    let params = optional;
    if (optional.length > 0) {
      fields.context = optional[optional.length - 1];
      params = optional.slice(0, -1);
    }
    if (message instanceof Error) {
      fields.err = message;
      this.root[level](fields, ...(params as [string?]));
    } else if (typeof message === 'object' && message !== null) {
      Object.assign(fields, message);
      this.root[level](fields, ...(params as [string?]));
    } else if (level === 'error' && typeof message === 'string' && params.length === 1 && typeof params[0] === 'string') {
      const err = new Error(message);
      err.stack = params[0];
      fields.err = err;
      this.root[level](fields);
    } else {
      this.root[level](fields, String(message), ...(params as []));
    }
  }
}

export const ROOT_LOGGER = Symbol('ROOT_LOGGER');

/** The root logger and Nest's logger over it, for every module of the app: JSON lines, or pretty in a terminal. */
@Global()
@Module({})
export class LoggingModule {
  static forRoot(service: string, level: string, format: LogFormat = 'auto'): DynamicModule {
    const root = createRootLogger(service, level, format);
    return {
      module: LoggingModule,
      providers: [
        { provide: ROOT_LOGGER, useValue: root },
        { provide: AppLogger, useValue: new AppLogger(root) },
      ],
      exports: [ROOT_LOGGER, AppLogger],
    };
  }
}

/**
 * One line per answered request, written when it is answered: `{ req: { id, method, url }, res: {
 * statusCode }, responseTime }` with the URL's secrets redacted, at info, warn (4xx) or error (5xx).
 * A Fastify hook rather than a Nest middleware: no middleware pipeline, no AsyncLocalStorage and no
 * per-request child logger, so a request whose line the level leaves out costs one level check.
 * Health probes are not logged.
 */
export function installRequestLogging(fastify: FastifyInstance, root: PinoLogger): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    const level = levelOf(reply.statusCode);
    if (root.isLevelEnabled(level) && !request.url.startsWith('/health')) {
      root[level](
        {
          req: { id: request.id, method: request.method, url: redactUrl(request.url) },
          res: { statusCode: reply.statusCode },
          responseTime: Math.round(reply.elapsedTime * 1000) / 1000,
        },
        reply.statusCode >= 500 ? 'request errored' : 'request completed',
      );
    }
    done();
  });
}
