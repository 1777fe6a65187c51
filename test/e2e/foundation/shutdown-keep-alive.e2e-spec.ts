import { describe, expect, it } from '@jest/globals';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { eventually } from '../../support/harness.js';
import { useHarness } from '../../support/suite.js';

/**
 * A request in flight when the gateway or a service closes is answered with `Connection: close`, so
 * its keep-alive client lets the close finish: Node keeps a connection that was busy when the server
 * closed open until its keep-alive timeout (72 s), and a browser or the gateway's own pool would hold
 * the shutdown that long. The request is known to be in flight: it asked `Expect: 100-continue` and
 * got the 100 before the close began; its body is sent once the server refuses new connections.
 */
describe('closing with a keep-alive request in flight', () => {
  const h = useHarness({ services: ['identity'] });

  /** A keep-alive POST over a raw socket, its body held back until `finish`; `expectContinue`: wait for the server's 100 first. */
  async function heldRequest(base: string, path: string, options: { expectContinue: boolean; contentType: string }) {
    const { expectContinue, contentType } = options;
    const { hostname, port } = new URL(base);
    const body = JSON.stringify({ email: 'nobody@example.com', password: 'not the password' });
    const socket = connect(Number(port), hostname);
    socket.setEncoding('utf8');
    let received = '';
    socket.on('data', (chunk: string) => (received += chunk));
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
    socket.write(
      `POST ${path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: ${contentType}\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: keep-alive\r\n${expectContinue ? 'Expect: 100-continue\r\n' : ''}\r\n`,
    );
    if (expectContinue) await eventually(() => (received.startsWith('HTTP/1.1 100') ? true : undefined), 10_000, 'the 100 Continue');
    return {
      finish: () => socket.write(body),
      /** The final answer's status line and headers, once it has arrived. */
      answer: () => eventually(() => /HTTP\/1\.1 [2-5]\d\d[^]*?\r\n\r\n/.exec(received)?.[0], 10_000, 'the answer'),
      closed,
      destroy: () => socket.destroy(),
    };
  }

  /** Resolves once `port` refuses connections (the server has stopped listening: it is closing). */
  const refusing = (base: string) =>
    eventually(
      () =>
        new Promise<true | undefined>((resolve) => {
          const probe = connect(Number(new URL(base).port), '127.0.0.1');
          probe.once('connect', () => {
            probe.destroy();
            resolve(undefined);
          });
          probe.once('error', () => resolve(true));
        }),
      10_000,
      'the port to refuse connections',
    );

  it('the gateway answers the request with Connection: close and finishes closing', async () => {
    // An upstream that holds its answers until released: the request is in flight at the gateway.
    const held: ServerResponse[] = [];
    const upstream = createServer((req: IncomingMessage, res: ServerResponse) => {
      req.resume();
      req.on('end', () => held.push(res));
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    try {
      const gateway = await h.startGateway({ IDENTITY_URL: `http://127.0.0.1:${(upstream.address() as AddressInfo).port}` });
      const request = await heldRequest(gateway.url, '/api/identity/auth/sign-in', { expectContinue: false, contentType: 'application/json' });
      try {
        request.finish();
        await eventually(() => (held.length > 0 ? true : undefined), 10_000, 'the request at the upstream');
        const closing = gateway.close();
        await refusing(gateway.url);
        for (const res of held) res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
        const answer = await request.answer();
        expect(answer).toMatch(/^HTTP\/1\.1 200/);
        expect(answer).toMatch(/\r\nconnection: close\r\n/i);
        await request.closed;
        await closing;
      } finally {
        request.destroy();
      }
    } finally {
      upstream.closeAllConnections();
      await new Promise((resolve) => upstream.close(resolve));
    }
  }, 30_000);

  it('a service answers the request with Connection: close and finishes closing', async () => {
    const identity = h.service('identity');
    const request = await heldRequest(identity.url, '/auth/sign-in', { expectContinue: true, contentType: 'application/json' });
    try {
      const closing = identity.close();
      await refusing(identity.url);
      request.finish();
      const answer = await request.answer();
      expect(answer).toMatch(/\r\nconnection: close\r\n/i);
      await request.closed;
      await closing;
    } finally {
      request.destroy();
    }
  }, 30_000);
});
