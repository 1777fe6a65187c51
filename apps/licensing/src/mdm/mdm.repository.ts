import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { usableSql } from '#common';
import { MdmPushCertificateRequestEntity } from '#database';

export interface SigningRecordRow {
  id: string;
  createdAt: Date;
  userId: string;
  userEmail: string;
  userFirstName: string;
  userLastName: string;
  csrSubject: string;
  publicKeyFingerprint: string;
  publicKeyBits: number;
  signatureAlgorithm: string;
  vendorCertificateSerial: string;
}

export type NewSigningRecord = Pick<
  MdmPushCertificateRequestEntity,
  'accountId' | 'userId' | 'csrSubject' | 'publicKeyFingerprint' | 'publicKeyBits' | 'signatureAlgorithm' | 'vendorCertificateSerial'
>;

/** The signing records, always scoped by account. */
@Injectable()
export class MdmRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A usable (see license-state), registered subscription of the account exists. */
  async hasActiveSubscription(accountId: string, today: string): Promise<boolean> {
    const rows: Array<{ ok: boolean }> = await this.db.query(
      `SELECT EXISTS (
         SELECT 1 FROM subscriptions
          WHERE account_id = $1 AND registered_at IS NOT NULL AND ${usableSql({ status: 'status', endsOn: 'ends_on' }, '$2::date')}
       ) AS ok`,
      [accountId, today],
    );
    return rows[0]?.ok === true;
  }

  /**
   * Records that the operators were warned of this vendor certificate's expiry (the event `eventId`),
   * once per certificate: false when it was recorded before, here or by another replica.
   */
  async recordVendorWarning(
    manager: EntityManager,
    vendor: { fingerprint: string; serialNumber: string; subject: string; notAfter: Date },
    eventId: string,
  ): Promise<boolean> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO mdm_vendor_certificate_warnings (certificate_fingerprint, serial_number, subject, not_after, event_id)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (certificate_fingerprint) DO NOTHING
       RETURNING certificate_fingerprint`,
      [vendor.fingerprint, vendor.serialNumber, vendor.subject.slice(0, 2000), vendor.notAfter, eventId],
    );
    return inserted.length > 0;
  }

  async insert(record: NewSigningRecord): Promise<{ id: string; createdAt: Date }> {
    const saved = await this.db.getRepository(MdmPushCertificateRequestEntity).save(this.db.getRepository(MdmPushCertificateRequestEntity).create(record));
    return { id: saved.id, createdAt: saved.createdAt };
  }

  /** Newest first. */
  async list(accountId: string, limit: number, offset: number): Promise<{ rows: SigningRecordRow[]; total: number }> {
    const [rows, counted]: [Array<Record<string, unknown>>, Array<{ total: number }>] = await Promise.all([
      this.db.query(
        `SELECT r.id, r.created_at, r.user_id, u.email, u.first_name, u.last_name, r.csr_subject, r.public_key_fingerprint,
                r.public_key_bits, r.signature_algorithm, r.vendor_certificate_serial
           FROM mdm_push_certificate_requests r
           JOIN users u ON u.id = r.user_id
          WHERE r.account_id = $1
          ORDER BY r.created_at DESC, r.id DESC
          LIMIT $2 OFFSET $3`,
        [accountId, limit, offset],
      ),
      this.db.query(`SELECT count(*)::int AS total FROM mdm_push_certificate_requests WHERE account_id = $1`, [accountId]),
    ]);
    return {
      total: counted[0]?.total ?? 0,
      rows: rows.map((r) => ({
        id: r.id as string,
        createdAt: r.created_at as Date,
        userId: r.user_id as string,
        userEmail: r.email as string,
        userFirstName: r.first_name as string,
        userLastName: r.last_name as string,
        csrSubject: r.csr_subject as string,
        publicKeyFingerprint: r.public_key_fingerprint as string,
        publicKeyBits: Number(r.public_key_bits),
        signatureAlgorithm: r.signature_algorithm as string,
        vendorCertificateSerial: r.vendor_certificate_serial as string,
      })),
    };
  }
}
