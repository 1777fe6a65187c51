import { EventEmitter } from 'node:events';
import { describe, expect, it } from '@jest/globals';
import type { Connection } from 'pg';
import { CopyOutText, withLiterals } from './copy-out.js';

const HEADER = Buffer.concat([Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'), Buffer.alloc(8)]);
const tuple = (text: string) => {
  const bytes = Buffer.from(text, 'utf8');
  const head = Buffer.alloc(6);
  head.writeInt16BE(1, 0);
  head.writeInt32BE(bytes.length, 2);
  return Buffer.concat([head, bytes]);
};
const TRAILER = Buffer.from([0xff, 0xff]);

/** A connection whose socket records pause and resume, and the statement it was given. */
function fakeConnection() {
  const socket = Object.assign(new EventEmitter(), {
    paused: false,
    pause() {
      socket.paused = true;
    },
    resume() {
      socket.paused = false;
    },
  });
  const sent: string[] = [];
  const connection = { stream: socket, query: (text: string) => sent.push(text) } as unknown as Connection;
  return { connection, socket, sent };
}

async function read(stream: NodeJS.ReadableStream): Promise<string> {
  const parts: Buffer[] = [];
  for await (const part of stream) parts.push(part as Buffer);
  return Buffer.concat(parts).toString('utf8');
}

describe('CopyOutText', () => {
  it('sends the prefix, then each row\'s bytes in order, header and trailer left out', async () => {
    const { connection, sent } = fakeConnection();
    const copy = new CopyOutText('COPY (SELECT 1) TO STDOUT (FORMAT binary)', '\uFEFFId\r\n');
    copy.submit(connection);
    expect(sent).toEqual(['COPY (SELECT 1) TO STDOUT (FORMAT binary)']);
    copy.handleCopyData({ chunk: Buffer.concat([HEADER, tuple('a,•\r\n')]) });
    copy.handleCopyData({ chunk: tuple('b,"x, y"\r\n') });
    copy.handleCopyData({ chunk: TRAILER });
    copy.handleCommandComplete();
    copy.handleReadyForQuery();
    await expect(copy.done).resolves.toBeUndefined();
    expect(await read(copy.stream)).toBe('\uFEFFId\r\na,•\r\nb,"x, y"\r\n');
  });

  it('reads a header sent on its own and rows larger than a chunk', async () => {
    const { connection } = fakeConnection();
    const copy = new CopyOutText('COPY', '');
    copy.submit(connection);
    const big = 'x'.repeat(200_000);
    copy.handleCopyData({ chunk: HEADER });
    copy.handleCopyData({ chunk: tuple('1\r\n') });
    copy.handleCopyData({ chunk: tuple(big) });
    copy.handleReadyForQuery();
    expect(await read(copy.stream)).toBe(`1\r\n${big}`);
  });

  it('pauses the socket while the reader is behind and resumes it when the reader asks', async () => {
    const { connection, socket } = fakeConnection();
    const copy = new CopyOutText('COPY', '');
    copy.submit(connection);
    copy.handleCopyData({ chunk: HEADER });
    const row = 'y'.repeat(1000);
    for (let i = 0; i < 200 && !socket.paused; i++) copy.handleCopyData({ chunk: tuple(row) });
    expect(socket.paused).toBe(true);
    copy.stream.read();
    expect(socket.paused).toBe(false);
  });

  it('drops the rest once the reader is gone, and is done when the connection is ready again', async () => {
    const { connection, socket } = fakeConnection();
    const copy = new CopyOutText('COPY', 'head');
    copy.submit(connection);
    copy.handleCopyData({ chunk: Buffer.concat([HEADER, tuple('1')]) });
    socket.pause();
    copy.stream.destroy();
    expect(socket.paused).toBe(false);
    copy.handleCopyData({ chunk: tuple('2') });
    copy.handleReadyForQuery();
    await expect(copy.done).resolves.toBeUndefined();
  });

  it('fails the stream on a Postgres error, and is done', async () => {
    const { connection } = fakeConnection();
    const copy = new CopyOutText('COPY', 'head');
    copy.submit(connection);
    const failed = read(copy.stream);
    copy.handleCopyData({ chunk: Buffer.concat([HEADER, tuple('1')]) });
    copy.handleError(new Error('canceling statement due to user request'));
    await expect(failed).rejects.toThrow('canceling statement');
    await expect(copy.done).resolves.toBeUndefined();
  });

  it('fails on what is not a binary COPY of one column', async () => {
    const { connection } = fakeConnection();
    const copy = new CopyOutText('COPY', '');
    copy.submit(connection);
    const failed = read(copy.stream);
    copy.handleCopyData({ chunk: Buffer.from('1\tx\n') });
    await expect(failed).rejects.toThrow('not a binary COPY header');
  });
});

describe('withLiterals', () => {
  it('writes string parameters in as escaped literals, each occurrence', () => {
    expect(withLiterals('WHERE a = $1 AND b ILIKE $2 OR c = $1', ['x', "it's"])).toBe(`WHERE a = 'x' AND b ILIKE 'it''s' OR c = 'x'`);
  });

  it('escapes backslashes with an E string, whatever standard_conforming_strings is', () => {
    expect(withLiterals('$1', ['a\\b'])).toBe(` E'a\\\\b'`);
  });

  it('writes string arrays as ARRAY literals, and tells $1 from $10', () => {
    const params = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9', ['a', "b'"]];
    expect(withLiterals('$10::uuid[] $1', params)).toBe(`ARRAY['a', 'b''']::text[]::uuid[] 'p1'`);
    expect(withLiterals('$1::uuid[]', [[]])).toBe('ARRAY[]::text[]::uuid[]');
  });

  it('refuses other parameter types rather than guess their SQL', () => {
    expect(() => withLiterals('$1', [42])).toThrow(TypeError);
    expect(() => withLiterals('$1', [[1]])).toThrow(TypeError);
  });
});
