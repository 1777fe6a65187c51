import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError, publicKeyIdFromPem, CommonErrorCode, sha256Hex } from '#common';
import { ActivationErrorCode } from '../activation.errors.js';
import { prepared } from '../db/prepared.js';
import { assertActivatable, LicenseKeysRepository, type KeyRecord } from '../licenses/license-keys.repository.js';
import { installationLicenseStatus, keyStatus, licenseInfo } from '../licenses/license-view.js';
import { DocumentIssuer } from '../signing/document-issuer.js';
import type { InstallationContext } from './installation-context.js';
import { InstallationsWriter, normaliseProxyPublicKey } from './installations.writer.js';
import type {
  ActivateRequestDto,
  ActivationResponseDto,
  DeactivationResponseDto,
  EnrollmentCheckRequestDto,
  EnrollmentCheckResponseDto,
  RefreshRequestDto,
  RefreshResponseDto,
  VerifyKeyResponseDto,
} from './proxy.dto.js';

/** The online proxy protocol: verify, activate, refresh, enrollment check, deactivate. */
@Injectable()
export class ProxyProtocolService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly keys: LicenseKeysRepository,
    private readonly writer: InstallationsWriter,
    private readonly documents: DocumentIssuer,
  ) {}

  /** A registered key or 404/403 with its code; unknown keys reveal nothing beyond the code. */
  async registeredKey(input: string): Promise<KeyRecord & { accountId: string; companyName: string }> {
    const record = await this.keys.findByKey(this.keys.canonical(input));
    if (!record) throw new DomainError(CommonErrorCode.LICENSE_KEY_NOT_FOUND, 'License key not found');
    if (!record.accountId || record.companyName === null) {
      throw new DomainError(
        ActivationErrorCode.LICENSE_KEY_NOT_REGISTERED,
        'This license key is not registered yet: register it in My Account first',
      );
    }
    return record as KeyRecord & { accountId: string; companyName: string };
  }

  async verify(key: string): Promise<VerifyKeyResponseDto> {
    const record = await this.registeredKey(key);
    const used = record.usedByActive ?? 0;
    const status = keyStatus(record);
    return { ...licenseInfo(record, used, status === 'active' && used > record.quota ? 'over_limit' : status), inUse: record.usedByActive !== null };
  }

  async activate(input: ActivateRequestDto): Promise<ActivationResponseDto> {
    const record = await this.registeredKey(input.key);
    assertActivatable(keyStatus(record));
    const proxyPublicKey = normaliseProxyPublicKey(input.publicKey);
    const secret = randomBytes(32).toString('base64url');
    const created = await this.dataSource.transaction((manager) =>
      this.writer.insert(manager, {
        accountId: record.accountId,
        licenseKeyId: record.licenseKeyId,
        serverName: input.serverName,
        siteCode: input.siteCode,
        siteDescription: input.siteDescription?.trim() || null,
        appVersion: input.appVersion,
        proxyPublicKey,
        credentialHash: sha256Hex(secret),
        activatedOffline: false,
      }),
    );
    const license = licenseInfo(record, 0, 'active');
    const document = this.documents.issue(
      'license',
      {
        installationId: created.id,
        accountId: record.accountId,
        companyName: record.companyName,
        proxyKeyId: publicKeyIdFromPem(proxyPublicKey),
        activatedOffline: false,
      },
      license,
    );
    return { installationId: created.id, credential: `${created.id}.${secret}`, license, document };
  }

  async refresh(installation: InstallationContext, input: RefreshRequestDto): Promise<RefreshResponseDto> {
    if (input.appVersion && installation.status === 'active') {
      await prepared(this.dataSource, 'activation_refresh_app_version', `UPDATE installations SET app_version = $2 WHERE id = $1 AND app_version <> $2`, [
        installation.id,
        input.appVersion,
      ]);
    }
    return this.currentLicense(installation, 'license');
  }

  /** The license as it stands now, with a fresh signed document of the given type. */
  currentLicense(
    installation: InstallationContext,
    type: 'license' | 'subscription-information',
    inResponseTo?: string,
  ): RefreshResponseDto {
    const status = installationLicenseStatus(installation, installation.key);
    const license = licenseInfo(installation.key, installation.managedComputers, status);
    const document = this.documents.issue(
      type,
      {
        installationId: installation.id,
        accountId: installation.accountId,
        companyName: installation.companyName,
        proxyKeyId: publicKeyIdFromPem(installation.proxyPublicKey),
        activatedOffline: installation.activatedOffline,
      },
      license,
      inResponseTo,
    );
    return { installationId: installation.id, license, document };
  }

  enrollmentCheck(installation: InstallationContext, input: EnrollmentCheckRequestDto): EnrollmentCheckResponseDto {
    const status = installationLicenseStatus(installation, installation.key);
    if (status === 'deactivated' || !installation.key) {
      throw new DomainError(ActivationErrorCode.INSTALLATION_DEACTIVATED, 'This installation was deactivated');
    }
    if (status !== 'active' && status !== 'over_limit') assertActivatable(status);
    const quota = installation.key.quota;
    const used = Math.max(installation.managedComputers, input.managedComputers ?? 0);
    if (used >= quota) {
      throw new DomainError(
        ActivationErrorCode.LICENSE_LIMIT_REACHED,
        `All ${quota} licenses are in use: remove computers or add licenses before enrolling another`,
        { quota, used },
      );
    }
    return { allowed: true, quota, used, vacant: quota - used };
  }

  async deactivate(installation: InstallationContext): Promise<DeactivationResponseDto> {
    await this.dataSource.transaction((manager) => this.writer.deactivate(manager, installation.accountId, [installation.id], 'proxy', true));
    const [row] = await prepared<{ deactivated_at: Date }>(
      this.dataSource,
      'activation_deactivated_at',
      `SELECT deactivated_at FROM installations WHERE id = $1`,
      [installation.id],
    );
    return { installationId: installation.id, status: 'deactivated', deactivatedAt: (row?.deactivated_at ?? new Date()).toISOString() };
  }
}
