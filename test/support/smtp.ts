import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedEmail {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
}

type RefuseMode = { kind: 'accept' } | { kind: 'temporary'; remaining: number } | { kind: 'always' };

/** A real SMTP server the tests run, to receive what the notification service sends. */
export class TestSmtpServer {
  readonly received: ReceivedEmail[] = [];
  /** Errors the server met other than a client resetting its connection. */
  readonly serverErrors: Error[] = [];
  private mode: RefuseMode = { kind: 'accept' };
  private server!: SMTPServer;
  private waiters: Array<() => void> = [];
  private delayMs = 0;
  /** Recipients refused at RCPT TO, as a real server refuses an unknown mailbox. */
  private readonly unknownMailboxes = new Set<string>();
  private gate?: { waiting: number; open: Array<() => void> };
  port = 0;

  async start(): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        if (this.unknownMailboxes.has(address.address.toLowerCase())) {
          callback(Object.assign(new Error('5.1.1 No such user here'), { responseCode: 550 }));
          return;
        }
        callback();
      },
      onData: (stream, _session, callback) => {
        const refusal = this.refusal();
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          if (refusal) {
            callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
            return;
          }
          this.delayed()
            .then(() => simpleParser(Buffer.concat(chunks)))
            .then((mail) => {
              const to = (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((a) =>
                a.value.map((v) => (v.address ?? '').toLowerCase()),
              );
              this.received.push({
                to,
                from: mail.from?.text ?? '',
                subject: mail.subject ?? '',
                text: mail.text ?? '',
                html: typeof mail.html === 'string' ? mail.html : '',
                messageId: mail.messageId ?? '',
              });
              this.waiters.splice(0).forEach((w) => w());
              callback();
            })
            .catch((err: Error) => callback(err));
        });
      },
    });
    // A client killed mid-conversation (the worker-kill suite) resets its socket; smtp-server reports
    // that as an 'error' event, which would otherwise crash the suite's process.
    this.server.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'ECONNRESET' && err.code !== 'EPIPE') this.serverErrors.push(err);
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as AddressInfo).port;
    return this;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Refuse the next `count` messages with a temporary error, or every message. */
  refuse(count: number | 'always'): void {
    this.mode = count === 'always' ? { kind: 'always' } : { kind: 'temporary', remaining: count };
  }

  /** Refuse this recipient at RCPT TO with 550 (an unknown mailbox), from now on. */
  refuseRecipient(address: string): void {
    this.unknownMailboxes.add(address.toLowerCase());
  }

  accept(): void {
    this.mode = { kind: 'accept' };
  }

  /** Take `ms` before answering each accepted message (a slow server); 0 = answer at once. */
  slow(ms: number): void {
    this.delayMs = ms;
  }

  /**
   * Hold every message whose data has arrived before answering it, until `release()`: a test can
   * then make something fail while the sender waits for the server's answer.
   */
  hold(): void {
    this.gate ??= { waiting: 0, open: [] };
  }

  /** How many messages wait at the hold. */
  get held(): number {
    return this.gate?.waiting ?? 0;
  }

  /** Answer the held messages (they count as received) and hold no more. */
  release(): void {
    const gate = this.gate;
    this.gate = undefined;
    gate?.open.splice(0).forEach((open) => open());
  }

  private delayed(): Promise<void> {
    const gate = this.gate;
    const held = gate
      ? new Promise<void>((resolve) => {
          gate.waiting += 1;
          gate.open.push(resolve);
        })
      : Promise.resolve();
    return held.then(() => (this.delayMs > 0 ? new Promise((resolve) => setTimeout(resolve, this.delayMs)) : undefined));
  }

  /** Messages to one address. */
  to(address: string): ReceivedEmail[] {
    return this.received.filter((m) => m.to.includes(address.toLowerCase()));
  }

  /** Resolves with the first message matching, or fails after `timeoutMs`. */
  async waitFor(predicate: (m: ReceivedEmail) => boolean, timeoutMs = 15_000): Promise<ReceivedEmail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.received.find(predicate);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching email within ${timeoutMs} ms (received: ${this.received.map((m) => `${m.to.join(',')}: ${m.subject}`).join(' | ') || 'none'})`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 250));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private refusal(): { code: number; message: string } | undefined {
    if (this.mode.kind === 'always') return { code: 550, message: 'Mailbox unavailable' };
    if (this.mode.kind === 'temporary') {
      if (this.mode.remaining <= 0) {
        this.mode = { kind: 'accept' };
        return undefined;
      }
      this.mode.remaining -= 1;
      return { code: 451, message: 'Try again later' };
    }
    return undefined;
  }
}
