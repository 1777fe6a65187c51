import { daysLeft, DAY_MS } from '#common';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { appendEvent } from '#messaging';
import { MdmRepository } from './mdm.repository.js';
import { EXPIRY_CHECK_INTERVAL_MS, EXPIRY_WARNING_DAYS, MDM_SETTINGS, type MdmSettings } from './mdm.tokens.js';

export type ExpiryCheckOutcome = 'not-configured' | 'not-due' | 'warned' | 'already-warned';

class AlreadyWarned extends Error {}

/**
 * Warns the operators (event `mdm.vendor-certificate-expiring`) once the vendor certificate is
 * within 30 days of expiry: checked at start and every 12 hours. The warning row's primary key is
 * the certificate fingerprint, so however many replicas and restarts check, one event is written.
 */
@Injectable()
export class MdmExpiryWatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MdmExpiryWatcher.name);
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(MDM_SETTINGS) private readonly settings: MdmSettings,
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: MdmRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const config = this.settings.config;
    if (!config) {
      this.logger.warn(
        'MDM push certificate signing is off: MDM_VENDOR_KEY, MDM_VENDOR_CERTIFICATE and MDM_CHAIN (or their _FILE forms) are not set; signing answers 503 MDM_NOT_CONFIGURED',
      );
      return;
    }
    const { vendor } = config;
    this.logger.log(
      { subject: vendor.subject, serialNumber: vendor.serialNumber, notAfter: vendor.notAfter.toISOString(), signatureAlgorithm: config.signatureAlgorithm },
      'MDM push certificate signing is on',
    );
    await this.runCheck();
    this.timer = setInterval(() => void this.runCheck(), EXPIRY_CHECK_INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private async runCheck(): Promise<void> {
    try {
      await this.check();
    } catch (err) {
      this.logger.error(`MDM vendor certificate expiry check failed: ${(err as Error).message}`);
    }
  }

  async check(now: Date = new Date()): Promise<ExpiryCheckOutcome> {
    const config = this.settings.config;
    if (!config) return 'not-configured';
    const { vendor } = config;
    const left = daysLeft(vendor.notAfter, now);
    if (vendor.notAfter.getTime() - now.getTime() > EXPIRY_WARNING_DAYS * DAY_MS) return 'not-due';
    this.logger.warn({ notAfter: vendor.notAfter.toISOString(), daysLeft: left, serialNumber: vendor.serialNumber }, 'The MDM vendor certificate expires soon');
    try {
      await this.db.transaction(async (manager) => {
        const eventId = await appendEvent(manager, {
          type: 'mdm.vendor-certificate-expiring',
          payload: {
            subject: vendor.subject,
            serialNumber: vendor.serialNumber,
            fingerprint: vendor.fingerprint,
            notAfter: vendor.notAfter.toISOString(),
            daysLeft: left,
          },
        });
        const inserted = await this.repository.recordVendorWarning(manager, vendor, eventId);
        // Warned before (here or by another replica): roll back the event just written.
        if (!inserted) throw new AlreadyWarned();
      });
    } catch (err) {
      if (err instanceof AlreadyWarned) return 'already-warned';
      throw err;
    }
    this.logger.log({ serialNumber: vendor.serialNumber }, 'Operators warned that the MDM vendor certificate expires soon');
    return 'warned';
  }
}
