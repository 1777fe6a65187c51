import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The key's end date, the subscription's stored status and the key's quota copied onto each
 * installation (`key_ends_on`, `subscription_status`, `key_quota`), so the portal's filters and
 * summary read one table through its indexes instead of joining every installation of an account to
 * licensing's tables. One writer keeps the copies: the triggers below, on every change of a key or a
 * subscription (renewal, suspend, cancel, sublicense expiry or quota, deletion of a key) and when an
 * installation is given a key. No service writes these columns.
 */
export class InstallationLicenseFacts1796285727186 implements MigrationInterface {
  name = 'InstallationLicenseFacts1796285727186';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "installations" ADD "key_ends_on" date`);
    await queryRunner.query(`ALTER TABLE "installations" ADD "subscription_status" character varying(16)`);
    await queryRunner.query(`ALTER TABLE "installations" ADD "key_quota" integer`);

    // An installation given a key (activation) or losing it (the key's FK sets it to null). FOR SHARE
    // waits for a concurrent change of the key or subscription to commit and reads its result, so an
    // activation racing a renewal cannot keep the old date.
    await queryRunner.query(`
      CREATE FUNCTION installations_copy_license_facts() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.license_key_id IS NULL THEN
          NEW.key_ends_on := NULL; NEW.subscription_status := NULL; NEW.key_quota := NULL;
        ELSE
          SELECT LEAST(lk.expires_on, s.ends_on), s.status, lk.quota
            INTO NEW.key_ends_on, NEW.subscription_status, NEW.key_quota
            FROM license_keys lk JOIN subscriptions s ON s.id = lk.subscription_id
           WHERE lk.id = NEW.license_key_id
             FOR SHARE OF lk, s;
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER installations_license_facts BEFORE INSERT OR UPDATE OF license_key_id ON installations
        FOR EACH ROW EXECUTE FUNCTION installations_copy_license_facts()`);

    await queryRunner.query(`
      CREATE FUNCTION license_keys_push_license_facts() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE installations i
           SET key_ends_on = LEAST(NEW.expires_on, s.ends_on), subscription_status = s.status, key_quota = NEW.quota
          FROM subscriptions s
         WHERE s.id = NEW.subscription_id AND i.license_key_id = NEW.id
           AND (i.key_ends_on, i.subscription_status, i.key_quota) IS DISTINCT FROM (LEAST(NEW.expires_on, s.ends_on), s.status, NEW.quota);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER license_keys_license_facts AFTER UPDATE OF expires_on, quota, subscription_id ON license_keys
        FOR EACH ROW WHEN ((OLD.expires_on, OLD.quota, OLD.subscription_id) IS DISTINCT FROM (NEW.expires_on, NEW.quota, NEW.subscription_id))
        EXECUTE FUNCTION license_keys_push_license_facts()`);

    await queryRunner.query(`
      CREATE FUNCTION subscriptions_push_license_facts() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE installations i
           SET key_ends_on = LEAST(lk.expires_on, NEW.ends_on), subscription_status = NEW.status
          FROM license_keys lk
         WHERE lk.subscription_id = NEW.id AND i.license_key_id = lk.id
           AND (i.key_ends_on, i.subscription_status) IS DISTINCT FROM (LEAST(lk.expires_on, NEW.ends_on), NEW.status);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER subscriptions_license_facts AFTER UPDATE OF ends_on, status ON subscriptions
        FOR EACH ROW WHEN ((OLD.ends_on, OLD.status) IS DISTINCT FROM (NEW.ends_on, NEW.status))
        EXECUTE FUNCTION subscriptions_push_license_facts()`);

    await queryRunner.query(`
      UPDATE installations i
         SET key_ends_on = LEAST(lk.expires_on, s.ends_on), subscription_status = s.status, key_quota = lk.quota
        FROM license_keys lk JOIN subscriptions s ON s.id = lk.subscription_id
       WHERE lk.id = i.license_key_id`);

    // The filters by state and the summary's counts, each an index-only range scan: by license state
    // (used licenses summed from the included column), over the limit, deactivated.
    await queryRunner.query(
      `CREATE INDEX "idx_installations_account_license_state" ON "installations" ("account_id", "subscription_status", "key_ends_on") INCLUDE ("managed_computers") WHERE status = 'active'`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_installations_account_over_limit" ON "installations" ("account_id", "subscription_status", "key_ends_on") WHERE status = 'active' AND managed_computers > key_quota`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_installations_account_deactivated" ON "installations" ("account_id") WHERE status = 'deactivated' OR license_key_id IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_installations_account_deactivated"`);
    await queryRunner.query(`DROP INDEX "public"."idx_installations_account_over_limit"`);
    await queryRunner.query(`DROP INDEX "public"."idx_installations_account_license_state"`);
    await queryRunner.query(`DROP TRIGGER subscriptions_license_facts ON subscriptions`);
    await queryRunner.query(`DROP FUNCTION subscriptions_push_license_facts()`);
    await queryRunner.query(`DROP TRIGGER license_keys_license_facts ON license_keys`);
    await queryRunner.query(`DROP FUNCTION license_keys_push_license_facts()`);
    await queryRunner.query(`DROP TRIGGER installations_license_facts ON installations`);
    await queryRunner.query(`DROP FUNCTION installations_copy_license_facts()`);
    await queryRunner.query(`ALTER TABLE "installations" DROP COLUMN "key_quota"`);
    await queryRunner.query(`ALTER TABLE "installations" DROP COLUMN "subscription_status"`);
    await queryRunner.query(`ALTER TABLE "installations" DROP COLUMN "key_ends_on"`);
  }
}
