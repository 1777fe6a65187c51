import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from '@jest/globals';
import Fastify, { type FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { AppLogger, installRequestLogging, REDACTED_PATHS, requestIdFor } from './logger.module.js';

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setImmediate(r));
}

type Line = Record<string, unknown> & { level: number; msg?: string };

/** A root logger like the services' (same redaction), writing into an array. */
function capture(level = 'info'): { lines: Line[]; root: pino.Logger } {
  const lines: Line[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const text of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(text) as Line);
      done();
    },
  });
  return { lines, root: pino({ level, base: { service: 'test' }, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, stream) };
}

describe('request logging', () => {
  let app: FastifyInstance | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  /** A real server on a free port (the unit project cannot load Fastify's inject). */
  async function serve(root: pino.Logger): Promise<(path: string, headers?: Record<string, string>) => Promise<void>> {
    app = Fastify({ genReqId: (req) => requestIdFor(req) });
    installRequestLogging(app, root);
    app.get('/things', async () => ({ ok: true }));
    app.get('/health/live', async () => ({ ok: true }));
    app.get('/broken', async () => {
      throw new Error('boom');
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as { port: number };
    return async (path, headers = {}) => {
      await (await fetch(`http://127.0.0.1:${port}${path}`, { headers })).arrayBuffer();
    };
  }

  it('writes one line per answered request: id, method, redacted URL, status and time, at a level by status', async () => {
    const { lines, root } = capture();
    const get = await serve(root);
    await get('/things?token=s3cret&page=2', { 'x-request-id': 'req-1', authorization: 'Bearer abc' });
    await get('/missing');
    await get('/broken');
    await get('/health/live');
    // The line is written when the response finishes, which the client may see first.
    await until(() => lines.filter((l) => l.req !== undefined).length >= 3);

    const requests = lines.filter((l) => l.req !== undefined);
    expect(requests).toHaveLength(3);
    const [ok, missing, broken] = requests as [Line, Line, Line];
    expect(ok).toMatchObject({ level: 30, service: 'test', req: { id: 'req-1', method: 'GET', url: '/things?token=[redacted]&page=2' }, res: { statusCode: 200 } });
    expect(typeof ok.responseTime).toBe('number');
    expect(JSON.stringify(lines)).not.toContain('s3cret');
    expect(JSON.stringify(lines)).not.toContain('Bearer abc');
    expect(missing).toMatchObject({ level: 40, res: { statusCode: 404 } });
    expect(broken).toMatchObject({ level: 50, res: { statusCode: 500 } });
    // A new id when the caller gives none, the same one Fastify answers in x-request-id.
    expect((missing.req as { id: string }).id).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('request logging at level warn', () => {
  it('writes the 4xx and 5xx lines and nothing for a 2xx', async () => {
    const { lines, root } = capture('warn');
    const app = Fastify({ genReqId: (req) => requestIdFor(req) });
    installRequestLogging(app, root);
    app.get('/things', async () => ({ ok: true }));
    await app.listen({ host: '127.0.0.1', port: 0 });
    try {
      const { port } = app.server.address() as { port: number };
      for (const path of ['/things', '/things', '/missing']) await (await fetch(`http://127.0.0.1:${port}${path}`)).arrayBuffer();
      await until(() => lines.length >= 1);
      // The 404 came last: once its line is there, the two 200s have been answered and left none.
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({ level: 40, res: { statusCode: 404 }, msg: 'request completed' });
    } finally {
      await app.close();
    }
  });
});

describe('AppLogger (Nest logger over pino)', () => {
  it('takes the last parameter as the context, merges an object first argument and keeps an Error as err', () => {
    const { lines, root } = capture();
    const logger = new AppLogger(root);
    logger.log('started', 'Bootstrap');
    logger.warn({ requestId: 'r1', url: '/x' }, 'Database unavailable', 'HttpExceptionFilter');
    logger.error(new Error('kaput'), 'OutboxRelay');
    logger.error('Unhandled', 'Error: x\n    at y', 'ExceptionsHandler');
    logger.debug('not at this level', 'Quiet');

    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ level: 30, msg: 'started', context: 'Bootstrap' });
    expect(lines[1]).toMatchObject({ level: 40, msg: 'Database unavailable', context: 'HttpExceptionFilter', requestId: 'r1', url: '/x' });
    expect(lines[2]).toMatchObject({ level: 50, context: 'OutboxRelay', err: { message: 'kaput', type: 'Error' } });
    expect(lines[3]).toMatchObject({ level: 50, context: 'ExceptionsHandler', err: { message: 'Unhandled', stack: 'Error: x\n    at y' } });
  });

  it('redacts secrets in what it is given', () => {
    const { lines, root } = capture();
    new AppLogger(root).log({ user: { password: 'hunter2' }, session: { refreshToken: 't' } }, 'Ctx');
    expect(lines[0]).toMatchObject({ user: { password: '[redacted]' }, session: { refreshToken: '[redacted]' } });
  });
});
