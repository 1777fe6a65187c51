import { z } from 'zod';
import { DEFAULT_SERVICE_PORTS, authVerifyEnvSchema, loadConfig, mapShared, portSchema, positiveInt, sharedEnvSchema, type AuthVerifyConfig, type SharedConfig } from '#common';

export const notificationEnvSchema = sharedEnvSchema.extend(authVerifyEnvSchema.shape).extend({
  NOTIFICATION_PORT: portSchema(DEFAULT_SERVICE_PORTS.notification),
  /** e.g. smtp://user:pass@mail.example.com:587 ; unset = write .eml files to MAIL_OUTBOX_DIR. */
  SMTP_URL: z
    .string()
    .url()
    .refine((v) => /^smtps?:\/\//.test(v), 'must be an smtp:// or smtps:// URL')
    .optional(),
  SMTP_POOL_SIZE: positiveInt(5),
  MAIL_FROM: z.string().default('Mac Management Licensing <no-reply@licensing.localhost>'),
  MAIL_OUTBOX_DIR: z.string().default('.data/mail'),
  PORTAL_URL: z.string().url().default('http://localhost:8080'),
  PRODUCT_NAME: z.string().default('Mac Management'),
  NOTIFICATION_CONCURRENCY: positiveInt(5),
  NOTIFICATION_ATTEMPTS: positiveInt(8),
  NOTIFICATION_BACKOFF_MS: positiveInt(2000),
  /**
   * How long a worker's lock on a job lasts without renewal (renewed at half of it). A job whose
   * worker died (kill -9, lost host) is taken again by another worker after about this long.
   */
  NOTIFICATION_LOCK_MS: positiveInt(30_000),
  /**
   * How often events and unsent deliveries that Postgres says are not done are re-enqueued (stable
   * job ids: a job still in Redis is not doubled), e.g. after Redis restarted empty.
   */
  NOTIFICATION_RECONCILE_MS: positiveInt(60_000),
  /** How long after publishing an event may stay unconsumed before the reconciliation re-enqueues it. */
  NOTIFICATION_RECONCILE_GRACE_MS: positiveInt(60_000),
  /** How often the expiry-reminder scan runs (a BullMQ job scheduler shared by every replica). */
  REMINDER_INTERVAL_MS: positiveInt(3_600_000),
  /** How often the reminder job scheduler is upserted again (it vanishes when Redis restarts empty). */
  REMINDER_ENSURE_MS: positiveInt(60_000),
});

export interface NotificationConfig extends SharedConfig {
  auth: AuthVerifyConfig;
  mail: { smtpUrl?: string; poolSize: number; from: string; outboxDir: string };
  portalUrl: string;
  productName: string;
  worker: { concurrency: number; attempts: number; backoffMs: number; lockMs: number };
  reconcile: { intervalMs: number; graceMs: number };
  reminders: { intervalMs: number; ensureMs: number };
}

export function loadNotificationConfig(env: Record<string, string | undefined> = process.env): NotificationConfig {
  return loadConfig(notificationEnvSchema, env, (p) => ({
    ...mapShared(p, p.NOTIFICATION_PORT),
    auth: { publicKeyPem: p.AUTH_PUBLIC_KEY, issuer: p.AUTH_ISSUER },
    mail: { smtpUrl: p.SMTP_URL, poolSize: p.SMTP_POOL_SIZE, from: p.MAIL_FROM, outboxDir: p.MAIL_OUTBOX_DIR },
    portalUrl: p.PORTAL_URL.replace(/\/$/, ''),
    productName: p.PRODUCT_NAME,
    worker: { concurrency: p.NOTIFICATION_CONCURRENCY, attempts: p.NOTIFICATION_ATTEMPTS, backoffMs: p.NOTIFICATION_BACKOFF_MS, lockMs: p.NOTIFICATION_LOCK_MS },
    reconcile: { intervalMs: p.NOTIFICATION_RECONCILE_MS, graceMs: p.NOTIFICATION_RECONCILE_GRACE_MS },
    reminders: { intervalMs: p.REMINDER_INTERVAL_MS, ensureMs: p.REMINDER_ENSURE_MS },
  }));
}

export const NOTIFICATION_CONFIG = Symbol('NOTIFICATION_CONFIG');
