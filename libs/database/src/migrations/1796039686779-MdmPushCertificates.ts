import type { MigrationInterface, QueryRunner } from 'typeorm';

/** MDM push certificate signing: the record of each signing, and the once-per-certificate expiry warning. */
export class MdmPushCertificates1796039686779 implements MigrationInterface {
  name = 'MdmPushCertificates1796039686779';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "mdm_push_certificate_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "user_id" uuid NOT NULL, "csr_subject" character varying(2000) NOT NULL, "public_key_fingerprint" character(64) NOT NULL, "public_key_bits" integer NOT NULL, "signature_algorithm" character varying(32) NOT NULL, "vendor_certificate_serial" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e73ad85b14a8bd512553d351bef" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_mdm_push_certificate_requests_account_created" ON "mdm_push_certificate_requests" ("account_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "mdm_push_certificate_requests" ADD CONSTRAINT "FK_e050008e46bba7662cdcc82fd9b" FOREIGN KEY ("account_id") REFERENCES "business_accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mdm_push_certificate_requests" ADD CONSTRAINT "FK_f04ac35ffeb76e28ae98517f094" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE TABLE "mdm_vendor_certificate_warnings" ("certificate_fingerprint" character(64) NOT NULL, "serial_number" character varying(64) NOT NULL, "subject" character varying(2000) NOT NULL, "not_after" TIMESTAMP WITH TIME ZONE NOT NULL, "event_id" uuid NOT NULL, "warned_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_442c08a5b369f306b8efd4c27a5" PRIMARY KEY ("certificate_fingerprint"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "mdm_vendor_certificate_warnings"`);
    await queryRunner.query(`ALTER TABLE "mdm_push_certificate_requests" DROP CONSTRAINT "FK_f04ac35ffeb76e28ae98517f094"`);
    await queryRunner.query(`ALTER TABLE "mdm_push_certificate_requests" DROP CONSTRAINT "FK_e050008e46bba7662cdcc82fd9b"`);
    await queryRunner.query(`DROP INDEX "public"."idx_mdm_push_certificate_requests_account_created"`);
    await queryRunner.query(`DROP TABLE "mdm_push_certificate_requests"`);
  }
}
