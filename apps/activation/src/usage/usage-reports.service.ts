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

/** A report waiting for its batch. */
interface Pending {
  installationId: string;
  figures: UsageFigures;
  reportedAt: Date;
  resolve: (row: RecordedReport | undefined) => void;
  reject: (err: unknown) => void;
}

/**
 * Reports arriving while MAX_BATCHES_IN_FLIGHT statements already run wait and go together in the next
 * one (at most MAX_BATCH): under load many reports share one commit instead of each paying its own
 * WAL flush, while a report arriving alone is sent at once, as before.
 */
export const MAX_BATCHES_IN_FLIGHT = 4;
const MAX_BATCH = 64;

const REPORT_SQL = `SELECT * FROM activation_record_usage_report($1::uuid, $2::varchar, $3::int, $4::int, $5::varchar, $6::timestamptz, $7::uuid, $8::varchar, $9::text)`;
const REPORTS_SQL = `SELECT * FROM activation_record_usage_reports($1::uuid[], $2::varchar[], $3::int[], $4::int[], $5::varchar[], $6::timestamptz[], $7::uuid[], $8::varchar, $9::text)`;

/**
 * Usage reports, in one round trip: one statement calls `activation_record_usage_report` (migration
 * UsageReportFunction), which locks the installation row, reads the report already stored under the
 * id, stores the report (INSERT), applies it to the installation unless it is late, opens or closes
 * the breach and, when a breach opens, writes the outbox event that emails the admins. Its statements
 * each read a fresh snapshot after the row lock, so reports of one installation are applied one at a
 * time: a retried report finds the stored one, and two concurrent over-limit reports cannot both open
 * a breach (nor email twice). Alone it is atomic without BEGIN/COMMIT; the offline refresh runs it
 * inside its own transaction.
 *
 * Online reports (`report`) are batched: while MAX_BATCHES_IN_FLIGHT statements run, the reports that
 * arrive wait and go together through `activation_record_usage_reports` (migration
 * UsageReportBatchFunction), one statement and one commit for all of them, each report with the same
 * guarantees as alone. A batch that fails as a whole (a deadlock with another writer, say) is run
 * again report by report, so that one report's failure is its own. A report is answered once its
 * batch has committed, never before.
 */
@Injectable()
export class UsageReportsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private readonly waiting: Pending[] = [];
  private inFlight = 0;

  /** An online report (the proxy's weekly call), batched with the reports that arrive meanwhile. */
  async report(installationId: string, figures: UsageFigures): Promise<UsageReportResponseDto> {
    const reportedAt = checkedReportedAt(figures);
    const row = await new Promise<RecordedReport | undefined>((resolve, reject) => {
      this.waiting.push({ installationId, figures, reportedAt, resolve, reject });
      this.dispatch();
    });
    return answer(row, figures, reportedAt);
  }

  /** Inside the caller's transaction (the offline refresh carries usage too), or alone with `db` the data source. */
  async record(db: DataSource | EntityManager, installationId: string, figures: UsageFigures): Promise<UsageReportResponseDto> {
    const reportedAt = checkedReportedAt(figures);
    return answer(await recordOne(db, { installationId, figures, reportedAt }), figures, reportedAt);
  }

  /** Starts statements for the waiting reports while fewer than MAX_BATCHES_IN_FLIGHT run. */
  private dispatch(): void {
    while (this.inFlight < MAX_BATCHES_IN_FLIGHT && this.waiting.length > 0) {
      const batch = this.waiting.splice(0, MAX_BATCH);
      this.inFlight++;
      void this.send(batch).finally(() => {
        this.inFlight--;
        this.dispatch();
      });
    }
  }

  private async send(batch: Pending[]): Promise<void> {
    if (batch.length === 1) {
      const [only] = batch as [Pending];
      await recordOne(this.dataSource, only).then(only.resolve, only.reject);
      return;
    }
    let rows: Array<RecordedReport & { ord: number }>;
    try {
      rows = await prepared<RecordedReport & { ord: number }>(this.dataSource, 'activation_record_usage_reports', REPORTS_SQL, [
        batch.map((p) => p.installationId),
        batch.map((p) => p.figures.reportId),
        batch.map((p) => p.figures.managedComputers),
        batch.map((p) => p.figures.peakComputers),
        batch.map((p) => p.figures.appVersion),
        batch.map((p) => p.reportedAt.toISOString()),
        batch.map(() => randomUUID()),
        LIMIT_EXCEEDED,
        OUTBOX_CHANNEL,
      ]);
    } catch {
      // A failed statement stored nothing: each report again on its own, its error its own (had the
      // connection broken after the commit, each would find itself stored and be answered as a retry).
      await Promise.all(batch.map((p) => recordOne(this.dataSource, p).then(p.resolve, p.reject)));
      return;
    }
    const byOrd = new Map(rows.map((row) => [row.ord, row]));
    batch.forEach((p, i) => p.resolve(byOrd.get(i + 1)));
  }
}

function recordOne(db: DataSource | EntityManager, report: Pick<Pending, 'installationId' | 'figures' | 'reportedAt'>): Promise<RecordedReport | undefined> {
  const { installationId, figures, reportedAt } = report;
  return prepared<RecordedReport>(db, 'activation_record_usage_report', REPORT_SQL, [
    installationId,
    figures.reportId,
    figures.managedComputers,
    figures.peakComputers,
    figures.appVersion,
    reportedAt,
    randomUUID(),
    LIMIT_EXCEEDED,
    OUTBOX_CHANNEL,
  ]).then(([row]) => row);
}

/** The report's time, refused when it is in the future or its figures contradict each other. */
function checkedReportedAt(figures: UsageFigures): Date {
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
  return reportedAt;
}

/** The answer to a report from what the statement recorded. */
function answer(row: RecordedReport | undefined, figures: UsageFigures, reportedAt: Date): UsageReportResponseDto {
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
