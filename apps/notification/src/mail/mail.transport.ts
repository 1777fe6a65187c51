import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool/index.js';
import { NOTIFICATION_CONFIG, type NotificationConfig } from '../config.js';

export interface OutgoingEmail {
  /** The Message-ID header, stable per delivery so that a duplicate is recognisable downstream. */
  messageId?: string;
  to: string;
  subject: string;
  html: string;
  text: string;
}

export interface SentEmail {
  messageId: string;
}

/**
 * Sends over pooled SMTP when SMTP_URL is set; otherwise writes each message as an .eml file,
 * so a local run needs no mail server and a person can still open what would have been sent.
 */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly logger = new Logger(MailTransport.name);
  private readonly transporter: Transporter;
  private readonly toFiles: boolean;

  constructor(@Inject(NOTIFICATION_CONFIG) private readonly config: NotificationConfig) {
    this.toFiles = !config.mail.smtpUrl;
    this.transporter = config.mail.smtpUrl
      ? nodemailer.createTransport({
          url: config.mail.smtpUrl,
          pool: true,
          maxConnections: config.mail.poolSize,
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 30_000,
        } as SMTPPool.Options)
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    if (this.toFiles) {
      mkdirSync(resolve(config.mail.outboxDir), { recursive: true });
      this.logger.log(`No SMTP_URL: emails are written to ${resolve(config.mail.outboxDir)}`);
    }
  }

  async send(email: OutgoingEmail): Promise<SentEmail> {
    const info = (await this.transporter.sendMail({ from: this.config.mail.from, ...email })) as {
      messageId: string;
      message?: Buffer;
    };
    if (this.toFiles && info.message) {
      const file = join(resolve(this.config.mail.outboxDir), `${Date.now()}-${info.messageId.replace(/[^A-Za-z0-9.-]/g, '')}.eml`);
      writeFileSync(file, info.message);
      this.logger.log({ to: email.to, subject: email.subject, file }, 'Email written to file');
    }
    return { messageId: info.messageId };
  }

  // Not onModuleDestroy: Nest runs that before beforeApplicationShutdown, where the worker waits for
  // the jobs in progress, which still need the pool.
  onApplicationShutdown(): void {
    this.transporter.close();
  }
}
