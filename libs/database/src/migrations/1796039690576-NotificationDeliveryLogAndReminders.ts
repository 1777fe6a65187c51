import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Notification: template data and last attempt time on the delivery log; the expiry reminders claimed. */
export class NotificationDeliveryLogAndReminders1796039690576 implements MigrationInterface {
  name = 'NotificationDeliveryLogAndReminders1796039690576';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "email_deliveries" ADD "data" jsonb`);
    await queryRunner.query(`ALTER TABLE "email_deliveries" ADD "last_attempt_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE INDEX "idx_email_deliveries_recipient_created" ON "email_deliveries"  ("recipient", "created_at") `);
    await queryRunner.query(`CREATE INDEX "idx_email_deliveries_created" ON "email_deliveries"  ("created_at") `);
    await queryRunner.query(`CREATE TABLE "expiry_reminders" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "target_kind" character varying(16) NOT NULL, "target_id" uuid NOT NULL, "threshold" integer NOT NULL, "expires_on" date NOT NULL, "account_id" uuid NOT NULL, "event_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_expiry_reminders_target" UNIQUE ("target_kind", "target_id", "threshold", "expires_on"), CONSTRAINT "PK_88d95b6d1071ea66dc718382a6e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_expiry_reminders_account" ON "expiry_reminders"  ("account_id", "created_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_expiry_reminders_account"`);
    await queryRunner.query(`DROP TABLE "expiry_reminders"`);
    await queryRunner.query(`DROP INDEX "public"."idx_email_deliveries_created"`);
    await queryRunner.query(`DROP INDEX "public"."idx_email_deliveries_recipient_created"`);
    await queryRunner.query(`ALTER TABLE "email_deliveries" DROP COLUMN "last_attempt_at"`);
    await queryRunner.query(`ALTER TABLE "email_deliveries" DROP COLUMN "data"`);
  }
}
