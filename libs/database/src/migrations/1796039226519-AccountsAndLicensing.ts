import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountsAndLicensing1796039226519 implements MigrationInterface {
  name = 'AccountsAndLicensing1796039226519';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "business_accounts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "company_name" character varying(200) NOT NULL, "country" character(2) NOT NULL, "state" character varying(100), "city" character varying(100), "street" character varying(200), "zip" character varying(20) NOT NULL, "phone" character varying(40) NOT NULL, "support_code" character varying(11) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_76f53c6fcb2c00b344ffafbe209" UNIQUE ("support_code"), CONSTRAINT "PK_f375eab37ba95b445041794b721" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "products" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(64) NOT NULL, "name" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_7cfc24d6c24f0ec91294003d6b8" UNIQUE ("code"), CONSTRAINT "PK_0806c755e0aca124e67c0cf6d7d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "subscriptions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid, "product_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "quantity" integer NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "renewal_enabled" boolean NOT NULL DEFAULT false, "status" character varying(16) NOT NULL DEFAULT 'active', "is_trial" boolean NOT NULL DEFAULT false, "contract_number" character varying(100), "sales_channel" character varying(16) NOT NULL DEFAULT 'direct', "reseller_name" character varying(200), "contract_terms" text, "registered_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a87248d73155605cf782be9ee5e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_subscriptions_account_ends" ON "subscriptions"  ("account_id", "ends_on") `);
    await queryRunner.query(`CREATE TABLE "license_keys" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "subscription_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "name" character varying(100) NOT NULL, "quota" integer NOT NULL, "renews_with_subscription" boolean NOT NULL DEFAULT true, "expires_on" date, "key_hash" character varying(64) NOT NULL, "key_ciphertext" text NOT NULL, "key_last" character varying(8) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_ff6435b8eeee096f5c1c2169710" UNIQUE ("key_hash"), CONSTRAINT "PK_b2711aaaf68d41a34461591519f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_license_keys_primary" ON "license_keys"  ("subscription_id") WHERE kind = 'primary'`);
    await queryRunner.query(`CREATE INDEX "idx_license_keys_subscription" ON "license_keys"  ("subscription_id") `);
    await queryRunner.query(`CREATE TABLE "installations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "license_key_id" uuid, "server_name" character varying(255) NOT NULL, "site_code" character varying(16) NOT NULL, "site_description" character varying(255), "app_version" character varying(50) NOT NULL, "activated_offline" boolean NOT NULL DEFAULT false, "status" character varying(16) NOT NULL DEFAULT 'active', "proxy_public_key" text NOT NULL, "credential_hash" character varying(64), "activated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "deactivated_at" TIMESTAMP WITH TIME ZONE, "deactivation_reason" character varying(32), "last_report_at" TIMESTAMP WITH TIME ZONE, "managed_computers" integer NOT NULL DEFAULT '0', "notes" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_21c7fb94d81eca7a66e64bd2b7f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_installations_account_activated" ON "installations"  ("account_id", "activated_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_installations_active_key" ON "installations"  ("license_key_id") WHERE status = 'active'`);
    await queryRunner.query(`CREATE TABLE "memberships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" character varying(16) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'active', "notes" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_memberships_account_user" UNIQUE ("account_id", "user_id"), CONSTRAINT "PK_25d28bd932097a9e90495ede7b4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_memberships_user" ON "memberships"  ("user_id") `);
    await queryRunner.query(`CREATE TABLE "subscription_orders" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "subscription_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "quantity_change" integer NOT NULL DEFAULT '0', "ends_on_before" date, "ends_on_after" date, "reference" character varying(100), "performed_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_11832dff4489bad772660b13a50" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_subscription_orders_subscription" ON "subscription_orders"  ("subscription_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "users" ADD "role" character varying(16) NOT NULL DEFAULT 'user'`);
    await queryRunner.query(`ALTER TABLE "subscriptions" ADD CONSTRAINT "FK_7c7bc85becc85aec89c103784e6" FOREIGN KEY ("account_id") REFERENCES "business_accounts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "subscriptions" ADD CONSTRAINT "FK_b7f78362e96be1edd6203e047f6" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "license_keys" ADD CONSTRAINT "FK_254fb75b27bb2b9fdae2198d3e6" FOREIGN KEY ("subscription_id") REFERENCES "subscriptions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "installations" ADD CONSTRAINT "FK_3682a11dea42b52a6533702b6d5" FOREIGN KEY ("account_id") REFERENCES "business_accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "installations" ADD CONSTRAINT "FK_ac3cc4c7c18188642191c466052" FOREIGN KEY ("license_key_id") REFERENCES "license_keys"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "memberships" ADD CONSTRAINT "FK_cc6ac2e484c2f6e53d13ce1a97c" FOREIGN KEY ("account_id") REFERENCES "business_accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "memberships" ADD CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "subscription_orders" ADD CONSTRAINT "FK_a8b4de3aa46d080df81a99a7042" FOREIGN KEY ("subscription_id") REFERENCES "subscriptions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // The product the vendor sells today; operators can add more later.
    await queryRunner.query(`INSERT INTO "products" ("code", "name") VALUES ('mac-management', 'Mac Management for Microsoft SCCM')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "subscription_orders" DROP CONSTRAINT "FK_a8b4de3aa46d080df81a99a7042"`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051"`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP CONSTRAINT "FK_cc6ac2e484c2f6e53d13ce1a97c"`);
    await queryRunner.query(`ALTER TABLE "installations" DROP CONSTRAINT "FK_ac3cc4c7c18188642191c466052"`);
    await queryRunner.query(`ALTER TABLE "installations" DROP CONSTRAINT "FK_3682a11dea42b52a6533702b6d5"`);
    await queryRunner.query(`ALTER TABLE "license_keys" DROP CONSTRAINT "FK_254fb75b27bb2b9fdae2198d3e6"`);
    await queryRunner.query(`ALTER TABLE "subscriptions" DROP CONSTRAINT "FK_b7f78362e96be1edd6203e047f6"`);
    await queryRunner.query(`ALTER TABLE "subscriptions" DROP CONSTRAINT "FK_7c7bc85becc85aec89c103784e6"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "role"`);
    await queryRunner.query(`DROP INDEX "public"."idx_subscription_orders_subscription"`);
    await queryRunner.query(`DROP TABLE "subscription_orders"`);
    await queryRunner.query(`DROP INDEX "public"."idx_memberships_user"`);
    await queryRunner.query(`DROP TABLE "memberships"`);
    await queryRunner.query(`DROP INDEX "public"."uq_installations_active_key"`);
    await queryRunner.query(`DROP INDEX "public"."idx_installations_account_activated"`);
    await queryRunner.query(`DROP TABLE "installations"`);
    await queryRunner.query(`DROP INDEX "public"."idx_license_keys_subscription"`);
    await queryRunner.query(`DROP INDEX "public"."uq_license_keys_primary"`);
    await queryRunner.query(`DROP TABLE "license_keys"`);
    await queryRunner.query(`DROP INDEX "public"."idx_subscriptions_account_ends"`);
    await queryRunner.query(`DROP TABLE "subscriptions"`);
    await queryRunner.query(`DROP TABLE "products"`);
    await queryRunner.query(`DROP TABLE "business_accounts"`);
  }
}
