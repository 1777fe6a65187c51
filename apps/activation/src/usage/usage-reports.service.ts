import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DomainError, type UsageFigures } from '#common';
import { OUTBOX_CHANNEL, type DomainEvent } from '#messaging';
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

/** What `activation_record_usage_report` answers (see its migration, UsageReportFunction). */
type RecordedReport = { outcome: 'not_found' | 'deactivated' } | ({ outcome: 'duplicate' | 'stored' } & StoredReport);

const LIMIT_EXCEEDED: Extract<DomainEvent, { type: 'installation.license-limit-exceeded' }>['type'] = 'installation.license-limit-exceeded';

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
 * Usage reports, in one round trip: one statement calls `activation_record_usage_report` (migration
 * UsageReportFunction), which locks the installation row, reads the report already stored under the
 * id, stores the report (INSERT), applies it to the installation unless it is late, opens or closes
 * the breach and, when a breach opens, writes the outbox event that emails the admins. Its statements
 * each read a fresh snapshot after the row lock, so reports of one installation are applied one at a
 * time: a retried report finds the stored one, and two concurrent over-limit reports cannot both open
 * a breach (nor email twice). Alone it is atomic without BEGIN/COMMIT; the offline refresh runs it
 * inside its own transaction.
 */
@Injectable()
export class UsageReportsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  report(installationId: string, figures: UsageFigures): Promise<UsageReportResponseDto> {
    return this.record(this.dataSource, installationId, figures);
  }

  /** Alone (`db` the data source), or inside the caller's transaction (the offline refresh carries usage too). */
  async record(db: DataSource | EntityManager, installationId: string, figures: UsageFigures): Promise<UsageReportResponseDto> {
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
    const [row] = await prepared<RecordedReport>(
      db,
      'activation_record_usage_report',
      `SELECT * FROM activation_record_usage_report($1::uuid, $2::varchar, $3::int, $4::int, $5::varchar, $6::timestamptz, $7::uuid, $8::varchar, $9::text)`,
      [installationId, figures.reportId, figures.managedComputers, figures.peakComputers, figures.appVersion, reportedAt, randomUUID(), LIMIT_EXCEEDED, OUTBOX_CHANNEL],
    );
    switch (row?.outcome) {
      case undefined:
      case 'not_found':
        throw new DomainError(ActivationErrorCode.INSTALLATION_NOT_FOUND, 'Installation not found');
      case 'deactivated':
        throw new DomainError(ActivationErrorCode.INSTALLATION_DEACTIVATED, 'This installation was deactivated');
      case 'duplicate':
        return duplicateOf(row, figures, reportedAt);
      case 'stored':
        return toResponse(row, false);
    }
  }
}
