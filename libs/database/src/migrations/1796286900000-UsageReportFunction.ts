import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A usage report in one round trip: `activation_record_usage_report` runs the steps the activation
 * service used to send one by one inside BEGIN … COMMIT. It is one statement, hence atomic on its own
 * (or part of the caller's transaction), and in READ COMMITTED each statement inside a function reads
 * a fresh snapshot, so after waiting for the installation's row lock it sees what the lock holder
 * committed: a retried report finds the stored one, two over-limit reports cannot both open a breach
 * (nor both email), a late report (measured before the latest stored) changes nothing current.
 *
 * Outcomes: not_found, duplicate (the stored report under this id: the caller compares the figures),
 * deactivated, stored. When a breach opens, the outbox event (id, type and channel given by the caller)
 * is written in the same statement; its payload is the `installation.license-limit-exceeded` contract
 * of libs/messaging/src/events.ts.
 */
export class UsageReportFunction1796286900000 implements MigrationInterface {
  name = 'UsageReportFunction1796286900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION activation_record_usage_report(
        p_installation_id uuid, p_report_id varchar, p_managed int, p_peak int, p_app_version varchar, p_reported_at timestamptz,
        p_event_id uuid, p_event_type varchar, p_channel text)
      RETURNS TABLE (outcome text, report_id varchar, managed_computers int, peak_computers int, app_version varchar,
                     reported_at timestamptz, received_at timestamptz, quota int, over_limit boolean)
      LANGUAGE plpgsql AS $$
      #variable_conflict use_column
      DECLARE
        inst record;
        stored usage_reports%ROWTYPE;
        v_quota int;
        v_over boolean;
        opened int;
      BEGIN
        SELECT i.id, i.account_id, i.status, i.server_name, i.license_key_id, lk.quota AS key_quota INTO inst
          FROM installations i LEFT JOIN license_keys lk ON lk.id = i.license_key_id
         WHERE i.id = p_installation_id
           FOR UPDATE OF i;
        IF NOT FOUND THEN
          outcome := 'not_found';
          RETURN NEXT;
          RETURN;
        END IF;

        SELECT * INTO stored FROM usage_reports u WHERE u.installation_id = p_installation_id AND u.report_id = p_report_id;
        IF FOUND THEN
          outcome := 'duplicate';
        ELSIF inst.status <> 'active' THEN
          outcome := 'deactivated';
          RETURN NEXT;
          RETURN;
        ELSE
          outcome := 'stored';
          v_quota := coalesce(inst.key_quota, 0);
          v_over := p_managed > v_quota;
          INSERT INTO usage_reports AS u (installation_id, report_id, managed_computers, peak_computers, app_version, reported_at, quota, over_limit)
          VALUES (p_installation_id, p_report_id, p_managed, p_peak, p_app_version, p_reported_at, v_quota, v_over)
          RETURNING u.* INTO stored;
          -- A late report (measured before the latest one stored) joins the history but changes nothing current.
          IF NOT EXISTS (SELECT 1 FROM usage_reports u WHERE u.installation_id = p_installation_id AND u.reported_at > p_reported_at) THEN
            UPDATE installations i
               SET managed_computers = p_managed, app_version = p_app_version, last_report_at = stored.received_at, updated_at = now()
             WHERE i.id = p_installation_id;
            IF v_over THEN
              INSERT INTO license_breaches (installation_id, license_key_id, account_id, started_at, quota, managed_computers)
              SELECT p_installation_id, inst.license_key_id, inst.account_id, now(), v_quota, p_managed
               WHERE NOT EXISTS (SELECT 1 FROM license_breaches b WHERE b.installation_id = p_installation_id AND b.resolved_at IS NULL);
              GET DIAGNOSTICS opened = ROW_COUNT;
              IF opened > 0 THEN
                INSERT INTO outbox_events (id, type, payload)
                VALUES (p_event_id, p_event_type, jsonb_build_object(
                  'accountId', inst.account_id, 'installationId', inst.id, 'licenseKeyId', coalesce(inst.license_key_id::text, ''),
                  'serverName', inst.server_name, 'quota', v_quota, 'managedComputers', p_managed));
                PERFORM pg_notify(p_channel, '');
              END IF;
            ELSE
              UPDATE license_breaches b SET resolved_at = now() WHERE b.installation_id = p_installation_id AND b.resolved_at IS NULL;
            END IF;
          END IF;
        END IF;
        report_id := stored.report_id;
        managed_computers := stored.managed_computers;
        peak_computers := stored.peak_computers;
        app_version := stored.app_version;
        reported_at := stored.reported_at;
        received_at := stored.received_at;
        quota := stored.quota;
        over_limit := stored.over_limit;
        RETURN NEXT;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION activation_record_usage_report(uuid, varchar, int, int, varchar, timestamptz, uuid, varchar, text)`);
  }
}
