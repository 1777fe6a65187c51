import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DomainError, type UsageFigures } from '#common';
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

/** A report already stored under this id: the same answer again, or REPORT_ID_REUSED when it differs. */
function duplicateOf(existing: StoredReport, figures: UsageFigures, reportedAt: Date): UsageReportResponseDto {
  const same =
    existing.managed_computers === figures.managedComputers &&
    existing.peak_computers === figures.peakComputers &&
    existing.reported_at.getTime() === reportedAt.getTime();
  if (!same) throw new DomainError(ActivationErrorCode.REPORT_ID_REUSED, 'A different report was already stored under this reportId');
  return toResponse(existing, true);
}

/**
 * Usage reports. Each runs in one transaction that first locks the installation row (reading the
 * report already stored under its id in the same statement), so reports of one installation are
 * applied one at a time: a retried report finds the stored one, and two concurrent over-limit
 * reports cannot both open a breach (nor email twice). The report (INSERT … ON CONFLICT DO NOTHING),
 * its effect on the installation and the breach are then written in one statement (CTEs): BEGIN,
 * two statements, COMMIT; a third only when a concurrent call stored the same report first.
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
      throw new DomainError(ActivationErrorCode.REPORTED_AT_IN_FUTURE, 'reportedAt is in the future; check the proxy clock', { reportedAt: figures.reportedAt });
    }
    if (figures.peakComputers < figures.managedComputers) {
      throw new DomainError(ActivationErrorCode.PEAK_BELOW_MANAGED, 'peakComputers cannot be lower than managedComputers', {
        peakComputers: figures.peakComputers,
        managedComputers: figures.managedComputers,
      });
    }
    // Round trip 1: lock the installation and read what is stored under this reportId.
    const [installation] = await prepared<LockedInstallation & Partial<Record<`e_${keyof StoredReport}`, unknown>>>(
      manager,
      'activation_report_lock',
      `SELECT i.id, i.account_id, i.status, i.server_name, i.license_key_id, lk.quota,
              (SELECT max(r.reported_at) FROM usage_reports r WHERE r.installation_id = i.id) AS latest_reported_at,
              e.report_id AS e_report_id, e.managed_computers AS e_managed_computers, e.peak_computers AS e_peak_computers,
              e.app_version AS e_app_version, e.reported_at AS e_reported_at, e.received_at AS e_received_at,
              e.quota AS e_quota, e.over_limit AS e_over_limit
         FROM installations i
         LEFT JOIN license_keys lk ON lk.id = i.license_key_id
         LEFT JOIN usage_reports e ON e.installation_id = i.id AND e.report_id = $2
        WHERE i.id = $1
          FOR UPDATE OF i`,
      [installationId, figures.reportId],
    );
    if (!installation) throw new DomainError(ActivationErrorCode.INSTALLATION_NOT_FOUND, 'Installation not found');

    if (installation.e_report_id !== null && installation.e_report_id !== undefined) {
      const existing: StoredReport = {
        report_id: installation.e_report_id as string,
        managed_computers: installation.e_managed_computers as number,
        peak_computers: installation.e_peak_computers as number,
        app_version: installation.e_app_version as string,
        reported_at: installation.e_reported_at as Date,
        received_at: installation.e_received_at as Date,
        quota: installation.e_quota as number,
        over_limit: installation.e_over_limit as boolean,
      };
      return duplicateOf(existing, figures, reportedAt);
    }
    if (installation.status !== 'active') {
      throw new DomainError(ActivationErrorCode.INSTALLATION_DEACTIVATED, 'This installation was deactivated');
    }

    const quota = installation.quota ?? 0;
    const overLimit = figures.managedComputers > quota;
    // A late report (measured before the latest one stored) joins the history but changes nothing current.
    const isLatest = !installation.latest_reported_at || reportedAt.getTime() >= installation.latest_reported_at.getTime();
    // Round trip 2, still under the lock: store the report, apply it, open or close the breach.
    const [stored] = await prepared<StoredReport & { breach_opened: boolean }>(
      manager,
      'activation_report_store',
      `WITH stored AS (
         INSERT INTO usage_reports (installation_id, report_id, managed_computers, peak_computers, app_version, reported_at, quota, over_limit)
         VALUES ($1::uuid, $2::varchar, $3::int, $4::int, $5::varchar, $6::timestamptz, $7::int, $8::boolean)
         ON CONFLICT (installation_id, report_id) DO NOTHING
         RETURNING report_id, managed_computers, peak_computers, app_version, reported_at, received_at, quota, over_limit
       ), applied AS (
         UPDATE installations SET managed_computers = $3::int, app_version = $5::varchar, last_report_at = (SELECT received_at FROM stored), updated_at = now()
          WHERE id = $1::uuid AND $9::boolean AND EXISTS (SELECT 1 FROM stored)
         RETURNING id
       ), open_breach AS (
         SELECT id FROM license_breaches WHERE installation_id = $1::uuid AND resolved_at IS NULL
       ), opened AS (
         INSERT INTO license_breaches (installation_id, license_key_id, account_id, started_at, quota, managed_computers)
         SELECT $1::uuid, $10::uuid, $11::uuid, now(), $7::int, $3::int
          WHERE $9::boolean AND $8::boolean AND NOT EXISTS (SELECT 1 FROM open_breach) AND EXISTS (SELECT 1 FROM stored)
         RETURNING id
       ), closed AS (
         UPDATE license_breaches SET resolved_at = now()
          WHERE id IN (SELECT id FROM open_breach) AND $9::boolean AND NOT $8::boolean AND EXISTS (SELECT 1 FROM stored)
         RETURNING id
       )
       SELECT stored.*, EXISTS (SELECT 1 FROM opened) AS breach_opened
         FROM stored`,
      [
        installationId,
        figures.reportId,
        figures.managedComputers,
        figures.peakComputers,
        figures.appVersion,
        reportedAt,
        quota,
        overLimit,
        isLatest,
        installation.license_key_id,
        installation.account_id,
      ],
    );
    if (!stored) {
      // Stored by a concurrent call that held the lock before us: the lock statement's join read
      // the snapshot from before that commit, so the report is read again now.
      const [existing] = await prepared<StoredReport>(
        manager,
        'activation_report_existing',
        `SELECT report_id, managed_computers, peak_computers, app_version, reported_at, received_at, quota, over_limit
           FROM usage_reports WHERE installation_id = $1 AND report_id = $2`,
        [installationId, figures.reportId],
      );
      if (!existing) throw new Error('usage report vanished after a conflict');
      return duplicateOf(existing, figures, reportedAt);
    }
    const row = stored;
    if (row.breach_opened) {
      // Only when a breach opens (rare): the admins are emailed through the outbox, in this transaction.
      await appendEvent(manager, {
        type: 'installation.license-limit-exceeded',
        payload: {
          accountId: installation.account_id,
          installationId: installation.id,
          licenseKeyId: installation.license_key_id ?? '',
          serverName: installation.server_name,
          quota,
          managedComputers: figures.managedComputers,
        },
      });
    }
    return toResponse(row, false);
  }
}
