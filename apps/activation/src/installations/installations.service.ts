import { Readable } from 'node:stream';
import type { PoolClient } from 'pg';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError, CommonErrorCode, pageOf } from '#common';
import { appendEvents } from '#messaging';
import { ActivationErrorCode } from '../activation.errors.js';
import { rows } from '../db/prepared.js';
import { InstallationsWriter } from '../proxy/installations.writer.js';
import { CopyOutText, withLiterals } from './copy-out.js';
import { CSV_BOM, csvRow } from './csv.js';
import {
  INSTALLATION_COLUMNS,
  type DeactivateInstallationsResponseDto,
  type InstallationColumn,
  type InstallationSort,
  type InstallationDetailsResponseDto,
  type InstallationGeneralDto,
  type InstallationListResponseDto,
  type InstallationSummaryResponseDto,
  type ListInstallationsQueryDto,
} from './installations.dto.js';
import {
  COLUMN_LABELS,
  csvLineSql,
  FROM_JOINS,
  listItem,
  orderBy,
  generalOf,
  summarySql,
  selectColumns,
  todaySql,
  whereClause,
  type InstallationRow,
  type Selection,
} from './installations.query.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const notFound = () => new DomainError(ActivationErrorCode.INSTALLATION_NOT_FOUND, 'Proxy server not found');

/** The portal's proxy-server views. Every query is scoped by the account of the route. */
@Injectable()
export class InstallationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: InstallationsWriter,
  ) {}

  async list(accountId: string, query: ListInstallationsQueryDto): Promise<InstallationListResponseDto> {
    const { page, pageSize, offset } = pageOf(query);
    const columns = this.columns(query.columns);
    const where = whereClause({ accountId, search: query.search, filter: query.filter });
    const [rows, counted] = await Promise.all([
      this.dataSource.query<InstallationRow[]>(
        `SELECT ${selectColumns()} ${FROM_JOINS} ${where.sql} ${orderBy(query.sort, query.order)} LIMIT ${pageSize} OFFSET ${offset}`,
        where.params,
      ),
      this.dataSource.query<Array<{ total: number }>>(
        `SELECT count(*)::int AS total FROM installations i ${where.sql}`,
        where.params,
      ),
    ]);
    return { items: rows.map((row) => listItem(row, columns)), page, pageSize, total: counted[0]?.total ?? 0, columns };
  }

  /** The operators' view of any account's list; an account that does not exist answers 404. */
  async listForOperator(accountId: string, query: ListInstallationsQueryDto): Promise<InstallationListResponseDto> {
    const found = UUID.test(accountId)
      ? await this.dataSource.query<Array<{ id: string }>>(`SELECT id FROM business_accounts WHERE id = $1`, [accountId])
      : [];
    if (found.length === 0) throw new DomainError(CommonErrorCode.ACCOUNT_NOT_FOUND, 'Business account not found');
    return this.list(accountId.toLowerCase(), query);
  }

  async details(accountId: string, installationId: string, usageLimit = 104): Promise<InstallationDetailsResponseDto> {
    const general = await this.general(accountId, installationId);
    const usage: Array<{
      reported_at: Date;
      received_at: Date;
      managed_computers: number;
      peak_computers: number;
      app_version: string;
      over_limit: boolean;
    }> = await this.dataSource.query(
      `SELECT * FROM (
         SELECT reported_at, received_at, managed_computers, peak_computers, app_version, over_limit
           FROM usage_reports WHERE installation_id = $1 ORDER BY reported_at DESC LIMIT $2
       ) latest ORDER BY reported_at ASC`,
      [installationId, usageLimit],
    );
    return {
      general,
      usage: usage.map((u) => ({
        reportedAt: u.reported_at.toISOString(),
        receivedAt: u.received_at.toISOString(),
        managedComputers: u.managed_computers,
        peakComputers: u.peak_computers,
        appVersion: u.app_version,
        overLimit: u.over_limit,
      })),
    };
  }

  async updateNotes(accountId: string, installationId: string, notes: string | null): Promise<InstallationGeneralDto> {
    const updated = await rows(this.dataSource, `UPDATE installations SET notes = $3, updated_at = now() WHERE account_id = $1 AND id = $2 RETURNING id`, [
      accountId,
      installationId,
      notes?.trim() ? notes : null,
    ]);
    if (updated.length === 0) throw notFound();
    return this.general(accountId, installationId);
  }

  /**
   * Deactivates the given installations (all of this account, or nothing: 404), emailing the admins
   * once per installation through the outbox, in the same transaction. Proxies learn it at refresh.
   */
  async deactivate(accountId: string, installationIds: string[], byUserId: string): Promise<DeactivateInstallationsResponseDto> {
    const ids = [...new Set(installationIds.map((id) => id.toLowerCase()))];
    return this.dataSource.transaction(async (manager) => {
      const found: Array<{ id: string }> = await manager.query(
        `SELECT id FROM installations WHERE account_id = $1 AND id = ANY($2::uuid[]) ORDER BY id FOR UPDATE`,
        [accountId, ids],
      );
      if (found.length !== ids.length) {
        const known = new Set(found.map((r) => r.id));
        throw new DomainError(ActivationErrorCode.INSTALLATION_NOT_FOUND, 'Proxy server not found', { missing: ids.filter((id) => !known.has(id)) });
      }
      const changed = await this.writer.deactivate(manager, accountId, ids, 'portal', false);
      await appendEvents(
        manager,
        changed.map((c) => ({ type: 'installation.deactivated' as const, payload: { accountId, installationId: c.id, serverName: c.serverName, byUserId } })),
      );
      const deactivated = new Set(changed.map((c) => c.id));
      return { deactivated: ids.filter((id) => deactivated.has(id)), alreadyDeactivated: ids.filter((id) => !deactivated.has(id)) };
    });
  }

  /** Counts by the state the proxy is told (the same SQL as the list's status and filters). */
  async summary(accountId: string): Promise<InstallationSummaryResponseDto> {
    const [row] = await this.dataSource.query<InstallationSummaryResponseDto[]>(summarySql(), [accountId]);
    return row as InstallationSummaryResponseDto;
  }

  /**
   * The CSV of the selection in the list's order (sort, order, search, filter), streamed. Postgres
   * formats each row as its CSV line (`csvLineSql`, the rules of `csvRow`) and sends the lines as
   * the bytes of one `COPY` (one statement: a consistent snapshot); they go out in 64 KiB chunks as
   * the client takes them (`CopyOutText`), so nothing holds all rows and little garbage is made per
   * row. A failure after the first bytes aborts the response. Unknown ids are simply absent.
   */
  export(selection: Selection, requested?: InstallationColumn[], sort?: InstallationSort, order?: 'asc' | 'desc'): Readable {
    const columns = this.columns(requested);
    const now = new Date();
    const where = whereClause(selection, now);
    const copy = new CopyOutText(
      `COPY (SELECT ${csvLineSql(columns, todaySql(now))} ${FROM_JOINS} ${withLiterals(where.sql, where.params)} ${orderBy(sort, order)}) TO STDOUT (FORMAT binary)`,
      CSV_BOM + csvRow(['Id', 'Status', ...columns.map((c) => COLUMN_LABELS[c])]),
    );
    const runner = this.dataSource.createQueryRunner('slave');
    void runner
      .connect()
      // The driver's own client: a COPY is not something TypeORM's query() reads.
      .then((client: PoolClient) => client.query(copy).done)
      .catch((err: Error) => copy.stream.destroy(err))
      .finally(() => runner.release());
    return copy.stream;
  }

  /** Fails with 404 before streaming starts, so a foreign or unknown selection is an error, not an empty file. */
  async assertSelectable(accountId: string, ids: string[] | undefined): Promise<void> {
    if (!ids?.length) return;
    const rows: Array<{ n: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM installations WHERE account_id = $1 AND id = ANY($2::uuid[])`,
      [accountId, [...new Set(ids.map((id) => id.toLowerCase()))]],
    );
    if ((rows[0]?.n ?? 0) !== new Set(ids.map((id) => id.toLowerCase())).size) throw notFound();
  }

  private async general(accountId: string, installationId: string): Promise<InstallationGeneralDto> {
    const [row] = await this.dataSource.query<InstallationRow[]>(`SELECT ${selectColumns()} ${FROM_JOINS} WHERE i.account_id = $1 AND i.id = $2`, [
      accountId,
      installationId,
    ]);
    if (!row) throw notFound();
    return generalOf(row);
  }

  private columns(requested?: InstallationColumn[]): InstallationColumn[] {
    if (!requested?.length) return [...INSTALLATION_COLUMNS];
    return INSTALLATION_COLUMNS.filter((c) => requested.includes(c));
  }
}
