import { Inject, Injectable, Logger } from '@nestjs/common';
import { DomainError, pageOf, utcToday } from '#common';
import { checkCsr } from './csr.js';
import { type ListPushCertificateRequestsQueryDto, type PushCertificateRequestListResponseDto } from './mdm.dto.js';
import { LicensingErrorCode } from '../licensing.errors.js';
import { MdmRepository } from './mdm.repository.js';
import { MDM_SETTINGS, type MdmSettings } from './mdm.tokens.js';
import { buildPushCertificateRequest } from './push-certificate-request.js';

export const PUSH_CERTIFICATE_REQUEST_FILENAME = 'push-certificate-request.plist.b64';

export interface SignedPushCertificateRequest {
  id: string;
  fileName: string;
  /** base64 of the XML plist: the file's content. */
  content: string;
}

export const MDM_UNAVAILABLE_REASONS = [LicensingErrorCode.MDM_NOT_CONFIGURED, LicensingErrorCode.MDM_VENDOR_CERTIFICATE_EXPIRED, LicensingErrorCode.SUBSCRIPTION_REQUIRED] as const;
export type MdmUnavailableReason = (typeof MDM_UNAVAILABLE_REASONS)[number];
export interface MdmSigningAvailability {
  available: boolean;
  reason: MdmUnavailableReason | null;
}


@Injectable()
export class MdmService {
  private readonly logger = new Logger(MdmService.name);

  constructor(
    @Inject(MDM_SETTINGS) private readonly settings: MdmSettings,
    private readonly repository: MdmRepository,
  ) {}

  /** Whether signing would be refused before the CSR is looked at, and with which code (for the dashboard). */
  async availability(accountId: string, now = new Date()): Promise<MdmSigningAvailability> {
    const config = this.settings.config;
    if (!config) return { available: false, reason: LicensingErrorCode.MDM_NOT_CONFIGURED };
    if (config.vendor.notAfter.getTime() <= now.getTime()) return { available: false, reason: LicensingErrorCode.MDM_VENDOR_CERTIFICATE_EXPIRED };
    if (!(await this.repository.hasActiveSubscription(accountId, utcToday(now)))) return { available: false, reason: LicensingErrorCode.SUBSCRIPTION_REQUIRED };
    return { available: true, reason: null };
  }

  /**
   * Signs an admin's CSR into the push certificate request Apple expects, and records who signed
   * what. Order of refusals: not configured, no active subscription, then the CSR's own faults.
   */
  async sign(accountId: string, userId: string, upload: Buffer | string): Promise<SignedPushCertificateRequest> {
    const config = this.settings.config;
    if (!config) {
      throw new DomainError(
        LicensingErrorCode.MDM_NOT_CONFIGURED,
        'MDM certificate signing is not available: the vendor signing certificate is not configured',
      );
    }
    const now = new Date();
    if (config.vendor.notAfter.getTime() <= now.getTime()) {
      throw new DomainError(
        LicensingErrorCode.MDM_VENDOR_CERTIFICATE_EXPIRED,
        'MDM certificate signing is not available: the vendor signing certificate has expired',
      );
    }
    if (!(await this.repository.hasActiveSubscription(accountId, utcToday(now)))) {
      throw new DomainError(LicensingErrorCode.SUBSCRIPTION_REQUIRED, 'An active subscription is required to sign an MDM push certificate request');
    }
    const csr = await checkCsr(upload);
    const request = buildPushCertificateRequest(csr.der, config);
    const record = await this.repository.insert({
      accountId,
      userId,
      csrSubject: csr.subject.slice(0, 2000),
      publicKeyFingerprint: csr.publicKeyFingerprint,
      publicKeyBits: csr.publicKeyBits,
      signatureAlgorithm: config.signatureAlgorithm,
      vendorCertificateSerial: config.vendor.serialNumber,
    });
    this.logger.log({ accountId, userId, recordId: record.id, publicKeyFingerprint: csr.publicKeyFingerprint }, 'MDM push certificate request signed');
    return { id: record.id, fileName: PUSH_CERTIFICATE_REQUEST_FILENAME, content: request.encoded };
  }

  async list(accountId: string, query: ListPushCertificateRequestsQueryDto): Promise<PushCertificateRequestListResponseDto> {
    const { page, pageSize, offset } = pageOf(query);
    const { rows, total } = await this.repository.list(accountId, pageSize, offset);
    return {
      page,
      pageSize,
      total,
      items: rows.map((r) => ({
        id: r.id,
        createdAt: r.createdAt.toISOString(),
        signedBy: { userId: r.userId, email: r.userEmail, firstName: r.userFirstName, lastName: r.userLastName },
        csrSubject: r.csrSubject,
        publicKeyFingerprint: r.publicKeyFingerprint,
        publicKeyBits: r.publicKeyBits,
        signatureAlgorithm: r.signatureAlgorithm,
        vendorCertificateSerial: r.vendorCertificateSerial,
      })),
    };
  }
}
