import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Activation: usage history, license breaches, offline request nonces, the proxy credential's
 * revocation, and the indexes that keep the proxy-server views index-served at 100k installations
 * in one account (one per sortable column, plus a trigram index for the search box).
 */
export class ActivationUsageAndOffline1796039749409 implements MigrationInterface {
  name = 'ActivationUsageAndOffline1796039749409';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "license_breaches" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "installation_id" uuid NOT NULL, "license_key_id" uuid, "account_id" uuid NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "resolved_at" TIMESTAMP WITH TIME ZONE, "quota" integer NOT NULL, "managed_computers" integer NOT NULL, CONSTRAINT "PK_7dc004c7f422a251a6f350abec5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_license_breaches_installation_started" ON "license_breaches"  ("installation_id", "started_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_license_breaches_open" ON "license_breaches"  ("installation_id") WHERE resolved_at IS NULL`);
    await queryRunner.query(`CREATE TABLE "offline_request_nonces" ("nonce" character varying(64) NOT NULL, "kind" character varying(32) NOT NULL, "account_id" uuid NOT NULL, "installation_id" uuid, "used_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_484d9823cfc56c40bdd99190c5c" PRIMARY KEY ("nonce"))`);
    await queryRunner.query(`CREATE INDEX "idx_offline_request_nonces_used" ON "offline_request_nonces"  ("used_at") `);
    await queryRunner.query(`CREATE TABLE "usage_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "installation_id" uuid NOT NULL, "report_id" character varying(64) NOT NULL, "managed_computers" integer NOT NULL, "peak_computers" integer NOT NULL, "app_version" character varying(50) NOT NULL, "reported_at" TIMESTAMP WITH TIME ZONE NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "quota" integer NOT NULL, "over_limit" boolean NOT NULL, CONSTRAINT "uq_usage_reports_installation_report" UNIQUE ("installation_id", "report_id"), CONSTRAINT "PK_6543e87a3958331b40068578f3a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_usage_reports_installation_reported" ON "usage_reports"  ("installation_id", "reported_at") `);
    await queryRunner.query(`ALTER TABLE "installations" ADD "credential_revoked_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE INDEX "idx_installations_license_key" ON "installations"  ("license_key_id") `);
    await queryRunner.query(`CREATE INDEX "idx_installations_account_managed" ON "installations"  ("account_id", "managed_computers", "id") `);
    await queryRunner.query(`CREATE INDEX "idx_installations_account_last_report" ON "installations"  ("account_id", "last_report_at", "id") `);
    await queryRunner.query(`CREATE INDEX "idx_installations_account_site_code" ON "installations"  ("account_id", "site_code", "id") `);
    await queryRunner.query(`CREATE INDEX "idx_installations_account_server_name" ON "installations"  ("account_id", "server_name", "id") `);
    await queryRunner.query(`ALTER TABLE "license_breaches" ADD CONSTRAINT "FK_2776e9a283fee20ed90b7c65d7b" FOREIGN KEY ("installation_id") REFERENCES "installations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "usage_reports" ADD CONSTRAINT "FK_8a223ffcdf09475c6dacb9d1381" FOREIGN KEY ("installation_id") REFERENCES "installations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Search by server name, site code or description with ILIKE '%…%' (a trusted extension since PG 13).
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE INDEX "idx_installations_search_trgm" ON "installations" USING gin ((server_name || ' ' || site_code || ' ' || coalesce(site_description, '')) gin_trgm_ops)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_installations_search_trgm"`);
    await queryRunner.query(`ALTER TABLE "usage_reports" DROP CONSTRAINT "FK_8a223ffcdf09475c6dacb9d1381"`);
    await queryRunner.query(`ALTER TABLE "license_breaches" DROP CONSTRAINT "FK_2776e9a283fee20ed90b7c65d7b"`);
    await queryRunner.query(`DROP INDEX "public"."idx_installations_account_server_name"`);
    await queryRunner.query(`DROP INDEX "public"."idx_installations_account_site_code"`);
    await queryRunner.query(`DROP INDEX "public"."idx_installations_account_last_report"`);
    await queryRunner.query(`DROP INDEX "public"."idx_installations_account_managed"`);
    await queryRunner.query(`DROP INDEX "public"."idx_installations_license_key"`);
    await queryRunner.query(`ALTER TABLE "installations" DROP COLUMN "credential_revoked_at"`);
    await queryRunner.query(`DROP INDEX "public"."idx_usage_reports_installation_reported"`);
    await queryRunner.query(`DROP TABLE "usage_reports"`);
    await queryRunner.query(`DROP INDEX "public"."idx_offline_request_nonces_used"`);
    await queryRunner.query(`DROP TABLE "offline_request_nonces"`);
    await queryRunner.query(`DROP INDEX "public"."uq_license_breaches_open"`);
    await queryRunner.query(`DROP INDEX "public"."idx_license_breaches_installation_started"`);
    await queryRunner.query(`DROP TABLE "license_breaches"`);
  }
}
