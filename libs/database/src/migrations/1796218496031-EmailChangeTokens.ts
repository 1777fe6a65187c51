import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EmailChangeTokens1796218496031 implements MigrationInterface {
  name = 'EmailChangeTokens1796218496031';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "email_change_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "new_email" character varying(320) NOT NULL, "token_hash" character varying(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_43a95c314ab2d2cece393b2d899" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_email_change_tokens_hash" ON "email_change_tokens"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "idx_email_change_tokens_user" ON "email_change_tokens"  ("user_id") `);
    await queryRunner.query(`ALTER TABLE "email_change_tokens" ADD CONSTRAINT "FK_96765158b3511f89740635a3768" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "email_change_tokens" DROP CONSTRAINT "FK_96765158b3511f89740635a3768"`);
    await queryRunner.query(`DROP INDEX "public"."idx_email_change_tokens_user"`);
    await queryRunner.query(`DROP INDEX "public"."uq_email_change_tokens_hash"`);
    await queryRunner.query(`DROP TABLE "email_change_tokens"`);
  }
}
