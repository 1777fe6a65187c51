import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notification: when the SMTP conversation of a delivery's current attempt began, committed before
 * it starts and cleared when its outcome is recorded. Set on an unsent row, it says an attempt
 * ended without a recorded outcome (a killed process): the one case that may have been accepted.
 */
export class DeliverySendStartedAt1796040000000 implements MigrationInterface {
  name = 'DeliverySendStartedAt1796040000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "email_deliveries" ADD "send_started_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "email_deliveries" DROP COLUMN "send_started_at"`);
  }
}
