import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppException, type UsageFigures } from '#common';
import { appendEvent } from '#messaging';
import { ActivationErrorCode } from '../activation.errors.js';
import { prepared } from '../db/prepared.js';
import type { UsageReportResponseDto } from '../proxy/proxy.dto.js';

/** Clocks of proxies drift; a report "from the future" within this margin is accepted. */
const CLOCK_SKEW_MS = 5 * 60_000;

interface StoredReport {
  report_id: string;
  managed_computers: number;
  peak_computers: number;
  app_version: string;
  reported_at: Date;
  received_at: Date;
  quota: number;
  over_limit: boolean;
}

interface LockedInstallation {
  id: string;
  account_id: string;
  status: 'active' | 'deactivated';
  server_name: string;
  license_key_id: string | null;
  quota: number | null;
  latest_reported_at: Date | null;
}

const toResponse = (row: StoredReport, duplicate: boolean): UsageReportResponseDto => ({
  reportId: row.report_id,
  receivedAt: row.received_at.toISOString(),
  managedComputers: row.managed_computers,
  peakComputers: row.peak_computers,
  quota: row.quota,
  overLimit: row.over_limit,
  duplicate,
});

/**
 * Usage reports. Each runs in one transaction that first locks the installation row, so reports of
 * one installation are applied one at a time: a retried report finds the stored one, and two
 * concurrent over-limit reports cannot both open a breach (nor email twice).
 */
@Injectable()
export class UsageReportsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  report(installationId: string, figures: UsageFigures): Promise<UsageReportResponseDto> {
    return this.dataSource.transaction((manager) => this.record(manager, installationId, figures));
  }

  /** Inside the caller's transaction (the offline refresh carries usage too). */
  async record(manager: EntityManager, installationId: string, figures: UsageFigures): Promise<UsageReportResponseDto> {
    const reportedAt = new Date(figures.reportedAt);
    if (reportedAt.getTime() > Date.now() + CLOCK_SKEW_MS) {
      throw AppException.badRequest(ActivationErrorCode.REPORTED_AT_IN_FUTURE, 'reportedAt is in the future; check the proxy clock');
    }
    if (figures.peakComputers < figures.managedComputers) {
      throw AppException.badRequest(ActivationErrorCode.PEAK_BELOW_MANAGED, 'peakComputers cannot be lower than managedComputers');
    }
    const [installation] = await prepared<LockedInstallation>(
      manager,
      'activation_report_lock',
      `SELECT i.id, i.account_id, i.status, i.server_name, i.license_key_id, lk.quota,
              (SELECT max(r.reported_at) FROM usage_reports r WHERE r.installation_id = i.id) AS latest_reported_at
         FROM installations i LEFT JOIN license_keys lk ON lk.id = i.license_key_id
        WHERE i.id = $1
          FOR UPDATE OF i`,
      [installationId],
    );
    if (!installation) throw AppException.notFound(ActivationErrorCode.INSTALLATION_NOT_FOUND, 'Installation not found');

    const [existing] = await prepared<StoredReport>(
      manager,
      'activation_report_existing',
      `SELECT report_id, managed_computers, peak_computers, app_version, reported_at, received_at, quota, over_limit
         FROM usage_reports WHERE installation_id = $1 AND report_id = $2`,
      [installationId, figures.reportId],
    );
    if (existing) {
      const same =
        existing.managed_computers === figures.managedComputers &&
        existing.peak_computers === figures.peakComputers &&
        existing.reported_at.getTime() === reportedAt.getTime();
      if (!same) {
        throw AppException.conflict(ActivationErrorCode.REPORT_ID_REUSED, 'A different report was already stored under this reportId');
      }
      return toResponse(existing, true);
    }
    if (installation.status !== 'active') {
      throw AppException.forbidden(ActivationErrorCode.INSTALLATION_DEACTIVATED, 'This installation was deactivated');
    }

    const quota = installation.quota ?? 0;
    const overLimit = figures.managedComputers > quota;
    const [stored] = await prepared<StoredReport>(
      manager,
      'activation_report_insert',
      `INSERT INTO usage_reports (installation_id, report_id, managed_computers, peak_computers, app_version, reported_at, quota, over_limit)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       RETURNING report_id, managed_computers, peak_computers, app_version, reported_at, received_at, quota, over_limit`,
      [installationId, figures.reportId, figures.managedComputers, figures.peakComputers, figures.appVersion, reportedAt, quota, overLimit],
    );

    // A late report (measured before the latest one stored) joins the history but changes nothing current.
    const isLatest = !installation.latest_reported_at || reportedAt.getTime() >= installation.latest_reported_at.getTime();
    if (isLatest) {
      await prepared(
        manager,
        'activation_report_apply',
        `UPDATE installations SET managed_computers = $2, app_version = $3, last_report_at = $4, updated_at = now() WHERE id = $1`,
        [installationId, figures.managedComputers, figures.appVersion, (stored as StoredReport).received_at],
      );
      await this.trackBreach(manager, installation, quota, figures.managedComputers, overLimit);
    }
    return toResponse(stored as StoredReport, false);
  }

  /** Opens a breach (and emails the admins, through the outbox) when none is open; closes it once back within quota. */
  private async trackBreach(manager: EntityManager, installation: LockedInstallation, quota: number, managed: number, overLimit: boolean): Promise<void> {
    const [open] = await prepared<{ id: string }>(
      manager,
      'activation_breach_open',
      `SELECT id FROM license_breaches WHERE installation_id = $1 AND resolved_at IS NULL`,
      [installation.id],
    );
    if (overLimit && !open) {
      await manager.query(
        `INSERT INTO license_breaches (installation_id, license_key_id, account_id, started_at, quota, managed_computers)
         VALUES ($1, $2, $3, now(), $4, $5)`,
        [installation.id, installation.license_key_id, installation.account_id, quota, managed],
      );
      await appendEvent(manager, {
        type: 'installation.license-limit-exceeded',
        payload: {
          accountId: installation.account_id,
          installationId: installation.id,
          licenseKeyId: installation.license_key_id ?? '',
          serverName: installation.server_name,
          quota,
          managedComputers: managed,
        },
      });
    } else if (!overLimit && open) {
      await manager.query(`UPDATE license_breaches SET resolved_at = now() WHERE id = $1`, [open.id]);
    }
  }
}
