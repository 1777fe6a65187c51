import { Readable } from 'node:stream';
import pg, { type Connection, type Submittable } from 'pg';

/** What opens a binary COPY: the signature, then the flags and the header extension's length (int32 each). */
const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
const HEADER_LENGTH = SIGNATURE.length + 8;
/** Bytes handed to the stream at a time. */
const CHUNK = 64 * 1024;

/**
 * Streams the values of a query's one text column, their UTF-8 bytes one after the other, through
 * `COPY (query) TO STDOUT (FORMAT binary)`. node-postgres hands a COPY's rows over as bytes (one
 * CopyData message per row), not as strings in row objects, so a long export allocates next to
 * nothing per row: a cursor's FETCHes made strings that lived long enough to be promoted to the old
 * generation, which grew by about the size of the file before a full GC. The bytes are copied into
 * 64 KiB chunks; when the reader is behind (`push` is refused), the connection's socket is paused
 * until it asks for more, so Postgres waits on TCP rather than the service buffering. If the reader
 * goes away, the rest of the COPY is read and dropped, so the connection is left clean.
 *
 * Use it as `client.query(copy)`; `done` settles when the connection can be given back.
 */
export class CopyOutText implements Submittable {
  readonly stream: Readable;
  readonly done: Promise<void>;
  private connection: Connection | undefined;
  private out = Buffer.allocUnsafe(CHUNK);
  private used = 0;
  private headerRead = false;
  private dropping = false;
  private settle!: () => void;

  /** `prefix` goes out first (e.g. a header line), before the connection answers. */
  constructor(
    private readonly text: string,
    prefix: string,
  ) {
    this.done = new Promise<void>((resolve) => (this.settle = resolve));
    this.stream = new Readable({
      highWaterMark: CHUNK,
      read: () => this.connection?.stream.resume(),
      destroy: (err, callback) => {
        this.dropping = true;
        this.connection?.stream.resume();
        callback(err);
      },
    });
    this.stream.push(Buffer.from(prefix, 'utf8'));
  }

  submit(connection: Connection): void {
    this.connection = connection;
    connection.query(this.text);
  }

  handleCopyData(message: { chunk: Buffer }): void {
    if (this.dropping) return;
    const bytes = message.chunk;
    let at = 0;
    if (!this.headerRead) {
      // Sent with the first row or on its own.
      if (bytes.length < HEADER_LENGTH || !bytes.subarray(0, SIGNATURE.length).equals(SIGNATURE)) return this.fail(new Error('COPY: not a binary COPY header'));
      at = HEADER_LENGTH + bytes.readInt32BE(SIGNATURE.length + 4);
      this.headerRead = true;
      if (at >= bytes.length) return;
    }
    const fields = bytes.readInt16BE(at);
    if (fields === -1) return; // the trailer
    const length = bytes.readInt32BE(at + 2);
    if (fields !== 1 || length < 0) return this.fail(new Error('COPY: expected one non-null column per row'));
    this.write(bytes, at + 6, at + 6 + length);
  }

  handleCommandComplete(): void {}

  handleReadyForQuery(): void {
    if (!this.dropping) {
      this.flush();
      this.stream.push(null);
    }
    this.settle();
  }

  /** A Postgres error or a lost connection: node-postgres is done with this query (no ReadyForQuery follows for it). */
  handleError(err: Error): void {
    this.fail(err);
    this.settle();
  }

  // Messages a COPY does not send; node-postgres may call them on any active query.
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}

  private write(bytes: Buffer, from: number, to: number): void {
    if (this.used + (to - from) > this.out.length) {
      this.flush();
      if (to - from > this.out.length) this.out = Buffer.allocUnsafe(to - from);
    }
    this.used += bytes.copy(this.out, this.used, from, to);
  }

  private flush(): void {
    if (this.used === 0) return;
    const full = this.out.subarray(0, this.used);
    this.out = Buffer.allocUnsafe(CHUNK);
    this.used = 0;
    if (!this.stream.push(full)) this.connection?.stream.pause();
  }

  private fail(err: Error): void {
    if (this.dropping) return;
    this.dropping = true;
    this.connection?.stream.resume();
    this.stream.destroy(err);
  }
}

/**
 * `sql` with its `$n` parameters written in as literals (COPY takes no bind parameters), escaped by
 * node-postgres. Strings and arrays of strings only (what `whereClause` gives).
 */
export function withLiterals(sql: string, params: readonly unknown[]): string {
  return sql.replace(/\$(\d+)\b/g, (_, n: string) => literal(params[Number(n) - 1]));
}

function literal(value: unknown): string {
  if (typeof value === 'string') return pg.escapeLiteral(value);
  if (Array.isArray(value) && value.every((v): v is string => typeof v === 'string')) return `ARRAY[${value.map((v) => pg.escapeLiteral(v)).join(', ')}]::text[]`;
  throw new TypeError(`no literal for a parameter of type ${typeof value}`);
}
