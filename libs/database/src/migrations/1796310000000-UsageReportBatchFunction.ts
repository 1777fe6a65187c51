import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Several usage reports in one statement, hence one transaction and one commit (one WAL flush) for
 * all of them: `activation_record_usage_reports` calls `activation_record_usage_report` (migration
 * UsageReportFunction) for each element of its arrays, in installation-id order, so that two batches
 * running at once lock installation rows in the same order and cannot deadlock each other. Each call
 * keeps its guarantees (its statements read fresh snapshots after the row lock; a report of an
 * installation already reported earlier in the same batch sees that one). `ord` is the element's
 * 1-based position in the arrays, whatever order they ran in.
 */
export class UsageReportBatchFunction1796310000000 implements MigrationInterface {
  name = 'UsageReportBatchFunction1796310000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION activation_record_usage_reports(
        p_installation_ids uuid[], p_report_ids varchar[], p_managed int[], p_peak int[], p_app_versions varchar[],
        p_reported_at timestamptz[], p_event_ids uuid[], p_event_type varchar, p_channel text)
      RETURNS TABLE (ord int, outcome text, report_id varchar, managed_computers int, peak_computers int, app_version varchar,
                     reported_at timestamptz, received_at timestamptz, quota int, over_limit boolean)
      LANGUAGE plpgsql AS $$
      DECLARE
        i int;
      BEGIN
        FOR i IN SELECT g FROM generate_subscripts(p_installation_ids, 1) AS g ORDER BY p_installation_ids[g], g LOOP
          RETURN QUERY
            SELECT i, r.outcome, r.report_id, r.managed_computers, r.peak_computers, r.app_version, r.reported_at, r.received_at, r.quota, r.over_limit
              FROM activation_record_usage_report(p_installation_ids[i], p_report_ids[i], p_managed[i], p_peak[i], p_app_versions[i],
                                                  p_reported_at[i], p_event_ids[i], p_event_type, p_channel) AS r;
        END LOOP;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION activation_record_usage_reports(uuid[], varchar[], int[], int[], varchar[], timestamptz[], uuid[], varchar, text)`);
  }
}
