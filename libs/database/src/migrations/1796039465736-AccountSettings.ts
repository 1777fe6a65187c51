import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountSettings1796039465736 implements MigrationInterface {
  name = 'AccountSettings1796039465736';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "account_settings" ("account_id" uuid NOT NULL, "offline_operations_enabled" boolean NOT NULL DEFAULT false, "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_37b8bbe76d3f93380d01fc1bfff" PRIMARY KEY ("account_id"))`);
    await queryRunner.query(`ALTER TABLE "account_settings" ADD CONSTRAINT "FK_37b8bbe76d3f93380d01fc1bfff" FOREIGN KEY ("account_id") REFERENCES "business_accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "account_settings" DROP CONSTRAINT "FK_37b8bbe76d3f93380d01fc1bfff"`);
    await queryRunner.query(`DROP TABLE "account_settings"`);
  }
}
