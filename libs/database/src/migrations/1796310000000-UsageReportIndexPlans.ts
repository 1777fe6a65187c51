import type { MigrationInterface, QueryRunner } from 'typeorm';

const SIGNATURE = 'activation_record_usage_report(uuid, varchar, int, int, varchar, timestamptz, uuid, varchar, text)';

/**
 * Every statement inside `activation_record_usage_report` is a keyed look-up (installation by id,
 * report by installation and report id, the installation's later reports, its open breach), for
 * which an index is always right. PL/pgSQL caches one plan per statement per connection; a plan made
 * while `usage_reports` was still empty (a fresh deployment, the first reports of a connection) was a
 * sequential scan, and it stayed one until the next ANALYZE, each report reading every stored report:
 * at 100,000 installations a report took 1.6 ms in Postgres instead of 0.5 and slowed as the table
 * grew. With sequential scans off inside the function (only there), its cached plans are index scans
 * from the first call on.
 */
export class UsageReportIndexPlans1796310000000 implements MigrationInterface {
  name = 'UsageReportIndexPlans1796310000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER FUNCTION ${SIGNATURE} SET enable_seqscan = off`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER FUNCTION ${SIGNATURE} RESET enable_seqscan`);
  }
}
