import type { FastifyInstance } from 'fastify';

/**
 * What every answer of a server (a service or the gateway) carries: its request id (`x-request-id`),
 * and once the server is closing, `Connection: close`, so that a keep-alive client lets the close
 * finish (Node keeps a connection that was busy when the server closed open until its keep-alive
 * timeout, 72 s here). Closing starts with `fastify.close()`, or earlier with one of `signals` (a
 * service's shutdown hooks run before its HTTP server closes). One callback hook: it runs on every
 * answer, the proxy hot path's included.
 */
export function installResponseHeaders(fastify: FastifyInstance, signals: readonly NodeJS.Signals[] = []): void {
  let closing = false;
  const close = () => {
    closing = true;
  };
  for (const signal of signals) process.once(signal, close);
  fastify.addHook('preClose', (done) => {
    close();
    done();
  });
  fastify.addHook('onSend', (request, reply, payload, done) => {
    void reply.header('x-request-id', request.id);
    if (closing) void reply.header('connection', 'close');
    done(null, payload);
  });
  fastify.addHook('onClose', (_instance, done) => {
    for (const signal of signals) process.removeListener(signal, close);
    done();
  });
}
