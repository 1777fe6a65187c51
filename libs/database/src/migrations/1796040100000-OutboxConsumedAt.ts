import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What Postgres knows of the consumer's progress, so that what Redis lost can be enqueued again:
 * `outbox_events.consumed_at` (set when the consumer finished the event; the events published
 * before this migration count as consumed) with an index of the published, unconsumed ones, and
 * the job id of an operator's retry on its delivery.
 */
export class OutboxConsumedAt1796040100000 implements MigrationInterface {
  name = 'OutboxConsumedAt1796040100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_events" ADD "consumed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`UPDATE "outbox_events" SET "consumed_at" = "published_at" WHERE "published_at" IS NOT NULL`);
    await queryRunner.query(
      `CREATE INDEX "idx_outbox_events_unconsumed" ON "outbox_events"  ("published_at") WHERE published_at IS NOT NULL AND consumed_at IS NULL`,
    );
    await queryRunner.query(`ALTER TABLE "email_deliveries" ADD "retry_job_id" character varying(100)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "email_deliveries" DROP COLUMN "retry_job_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_outbox_events_unconsumed"`);
    await queryRunner.query(`ALTER TABLE "outbox_events" DROP COLUMN "consumed_at"`);
  }
}
