import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Licensing: the downloads catalogue and the support contact details per product. */
export class LicensingCatalogue1796039660748 implements MigrationInterface {
  name = 'LicensingCatalogue1796039660748';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "downloads" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "product_id" uuid NOT NULL, "version" character varying(50) NOT NULL, "name" character varying(200) NOT NULL, "kind" character varying(16) NOT NULL, "size_bytes" bigint NOT NULL, "sha256" character(64) NOT NULL, "url" character varying(2000) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_60f7fa2aa9b7138737ab957a436" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_downloads_product_version" ON "downloads"  ("product_id", "version") `);
    await queryRunner.query(`CREATE TABLE "product_support_contacts" ("product_id" uuid NOT NULL, "email" character varying(320), "phone" character varying(40), "url" character varying(2000), "hours" character varying(200), "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cc76827ad09e4ab1487182f81cb" PRIMARY KEY ("product_id"))`);
    await queryRunner.query(`ALTER TABLE "downloads" ADD CONSTRAINT "FK_cc444ea68744669aaa50272ee1f" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "product_support_contacts" ADD CONSTRAINT "FK_cc76827ad09e4ab1487182f81cb" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "product_support_contacts" DROP CONSTRAINT "FK_cc76827ad09e4ab1487182f81cb"`);
    await queryRunner.query(`ALTER TABLE "downloads" DROP CONSTRAINT "FK_cc444ea68744669aaa50272ee1f"`);
    await queryRunner.query(`DROP TABLE "product_support_contacts"`);
    await queryRunner.query(`DROP INDEX "public"."idx_downloads_product_version"`);
    await queryRunner.query(`DROP TABLE "downloads"`);
  }
}
