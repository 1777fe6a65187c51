import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Identity: provider identities (Google, Facebook, single sign-on), accounts' SSO providers, provider-only users, SSO sessions. */
export class SocialSignIn1796218879729 implements MigrationInterface {
  name = 'SocialSignIn1796218879729';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "user_identities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "provider" character varying(16) NOT NULL, "provider_key" character varying(64) NOT NULL, "account_id" uuid, "subject" character varying(255) NOT NULL, "email" character varying(320), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_e23bff04e9c3e7b785e442b262c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_user_identities_user_provider" ON "user_identities"  ("user_id", "provider_key") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_user_identities_subject" ON "user_identities"  ("provider_key", "subject") `);
    await queryRunner.query(`CREATE TABLE "account_sso_configs" ("account_id" uuid NOT NULL, "issuer" character varying(500) NOT NULL, "client_id" character varying(255) NOT NULL, "client_secret_encrypted" text NOT NULL, "allowed_domains" text array NOT NULL, "required" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_aeeb1550c2719fd208663dc6f52" PRIMARY KEY ("account_id"))`);
    await queryRunner.query(`ALTER TABLE "sessions" ADD "sso_account_id" uuid`);
    await queryRunner.query(`ALTER TABLE "users" ALTER COLUMN "password_hash" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "user_identities" ADD CONSTRAINT "FK_bf5fe01eb8cad7114b4c371cdc7" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "user_identities" ADD CONSTRAINT "FK_0077804407cf12de88d51ce1f53" FOREIGN KEY ("account_id") REFERENCES "business_accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "account_sso_configs" ADD CONSTRAINT "FK_aeeb1550c2719fd208663dc6f52" FOREIGN KEY ("account_id") REFERENCES "business_accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "account_sso_configs" DROP CONSTRAINT "FK_aeeb1550c2719fd208663dc6f52"`);
    await queryRunner.query(`ALTER TABLE "user_identities" DROP CONSTRAINT "FK_0077804407cf12de88d51ce1f53"`);
    await queryRunner.query(`ALTER TABLE "user_identities" DROP CONSTRAINT "FK_bf5fe01eb8cad7114b4c371cdc7"`);
    await queryRunner.query(`ALTER TABLE "users" ALTER COLUMN "password_hash" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP COLUMN "sso_account_id"`);
    await queryRunner.query(`DROP TABLE "account_sso_configs"`);
    await queryRunner.query(`DROP INDEX "public"."uq_user_identities_subject"`);
    await queryRunner.query(`DROP INDEX "public"."uq_user_identities_user_provider"`);
    await queryRunner.query(`DROP TABLE "user_identities"`);
  }
}
