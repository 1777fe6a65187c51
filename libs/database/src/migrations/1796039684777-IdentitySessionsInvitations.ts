import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Identity: sessions (refresh-token families), retired refresh tokens, password reset tokens, invitations. */
export class IdentitySessionsInvitations1796039684777 implements MigrationInterface {
  name = 'IdentitySessionsInvitations1796039684777';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "email" character varying(320) NOT NULL, "token_hash" character varying(64) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'pending', "invited_by_user_id" uuid, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "accepted_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5dec98cfdfd562e4ad3648bbb07" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_invitations_pending_email" ON "invitations"  ("account_id", "email") WHERE status = 'pending'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_invitations_token_hash" ON "invitations"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "idx_invitations_account" ON "invitations"  ("account_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "password_reset_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character varying(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d16bebd73e844c48bca50ff8d3d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_password_reset_tokens_hash" ON "password_reset_tokens"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "idx_password_reset_tokens_user" ON "password_reset_tokens"  ("user_id") `);
    await queryRunner.query(`CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "refresh_token_hash" character varying(64) NOT NULL, "keep_signed_in" boolean NOT NULL DEFAULT false, "user_agent" character varying(512), "ip" character varying(64), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" character varying(32), CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_sessions_refresh_token_hash" ON "sessions"  ("refresh_token_hash") `);
    await queryRunner.query(`CREATE INDEX "idx_sessions_user" ON "sessions"  ("user_id") `);
    await queryRunner.query(`CREATE TABLE "retired_refresh_tokens" ("token_hash" character varying(64) NOT NULL, "session_id" uuid NOT NULL, "retired_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e7a5086431f93a7c2d388933f95" PRIMARY KEY ("token_hash"))`);
    await queryRunner.query(`CREATE INDEX "idx_retired_refresh_tokens_session" ON "retired_refresh_tokens"  ("session_id") `);
    await queryRunner.query(`ALTER TABLE "invitations" ADD CONSTRAINT "FK_84433480afca16f777aed2c445c" FOREIGN KEY ("account_id") REFERENCES "business_accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "invitations" ADD CONSTRAINT "FK_e686620e08c4661e70a6b39b94a" FOREIGN KEY ("invited_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "invitations" ADD CONSTRAINT "FK_8f29b080d4120512e9f99f2dbb1" FOREIGN KEY ("accepted_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "password_reset_tokens" ADD CONSTRAINT "FK_52ac39dd8a28730c63aeb428c9c" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "sessions" ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "retired_refresh_tokens" ADD CONSTRAINT "FK_7aeb762d817af235814edc9e782" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "retired_refresh_tokens" DROP CONSTRAINT "FK_7aeb762d817af235814edc9e782"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19"`);
    await queryRunner.query(`ALTER TABLE "password_reset_tokens" DROP CONSTRAINT "FK_52ac39dd8a28730c63aeb428c9c"`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "FK_8f29b080d4120512e9f99f2dbb1"`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "FK_e686620e08c4661e70a6b39b94a"`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "FK_84433480afca16f777aed2c445c"`);
    await queryRunner.query(`DROP INDEX "public"."idx_retired_refresh_tokens_session"`);
    await queryRunner.query(`DROP TABLE "retired_refresh_tokens"`);
    await queryRunner.query(`DROP INDEX "public"."idx_sessions_user"`);
    await queryRunner.query(`DROP INDEX "public"."uq_sessions_refresh_token_hash"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP INDEX "public"."idx_password_reset_tokens_user"`);
    await queryRunner.query(`DROP INDEX "public"."uq_password_reset_tokens_hash"`);
    await queryRunner.query(`DROP TABLE "password_reset_tokens"`);
    await queryRunner.query(`DROP INDEX "public"."idx_invitations_account"`);
    await queryRunner.query(`DROP INDEX "public"."uq_invitations_token_hash"`);
    await queryRunner.query(`DROP INDEX "public"."uq_invitations_pending_email"`);
    await queryRunner.query(`DROP TABLE "invitations"`);
  }
}
