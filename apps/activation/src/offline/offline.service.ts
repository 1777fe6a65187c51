import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import { activationRequestPayload, DomainError, deactivationRequestPayload, importEd25519PublicKey, isUniqueViolation, publicKeyId, publicKeyIdFromPem, refreshRequestPayload, verifyDocument, type LicensePayload, type SignedDocument, CommonErrorCode, DAY_MS } from '#common';
import { ActivationErrorCode } from '../activation.errors.js';
import { ACTIVATION_CONFIG, type ActivationConfig } from '../config.js';
import { assertActivatable, LicenseKeysRepository } from '../licenses/license-keys.repository.js';
import { keyStatus, licenseInfo } from '../licenses/license-view.js';
import { loadInstallationContext } from '../proxy/installation-context.js';
import { InstallationsWriter, normaliseProxyPublicKey } from '../proxy/installations.writer.js';
import { ProxyProtocolService } from '../proxy/proxy-protocol.service.js';
import { DocumentIssuer } from '../signing/document-issuer.js';
import { UsageReportsService } from '../usage/usage-reports.service.js';
import type { OfflineDeactivationResponseDto, OfflineRequestFileDto, OfflineUploadResponseDto } from './offline.dto.js';

/** Proxy clocks drift: a file up to this far "in the future" is accepted. */
const CLOCK_SKEW_MS = 5 * 60_000;
type RequestType = 'activation-request' | 'refresh-request' | 'deactivation-request';

/**
 * Offline operations: request files signed by the proxy come in through an admin of the account,
 * signed files go out. Each file is refused with its own code when it is malformed, of the wrong
 * type, tampered with (signature), foreign (another account's key or installation: 404; another
 * proxy's key: PROXY_KEY_MISMATCH), expired or from the future, or replayed (its nonce was used).
 */
@Injectable()
export class OfflineService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ACTIVATION_CONFIG) private readonly config: ActivationConfig,
    private readonly keys: LicenseKeysRepository,
    private readonly writer: InstallationsWriter,
    private readonly documents: DocumentIssuer,
    private readonly protocol: ProxyProtocolService,
    private readonly usage: UsageReportsService,
  ) {}

  /** The one upload: reads the file's type and answers the matching file (the same rules as each of the three). */
  async upload(accountId: string, file: OfflineRequestFileDto): Promise<OfflineUploadResponseDto> {
    switch (file.payload.type) {
      case 'activation-request':
        return { requestType: 'activation-request', answerType: 'offline-activation', document: await this.activate(accountId, file) };
      case 'refresh-request':
        return { requestType: 'refresh-request', answerType: 'subscription-information', document: await this.refresh(accountId, file) };
      case 'deactivation-request':
        return { requestType: 'deactivation-request', answerType: 'deactivation', deactivation: await this.deactivate(accountId, file) };
      default:
        await this.assertEnabled(accountId);
        throw new DomainError(ActivationErrorCode.FILE_MALFORMED, 'This is not an offline request file of the proxy');
    }
  }

  async activate(accountId: string, file: OfflineRequestFileDto): Promise<SignedDocument<LicensePayload>> {
    await this.assertEnabled(accountId);
    const payload = this.parse(file, 'activation-request', activationRequestPayload);
    const proxyPublicKey = normaliseProxyPublicKey(payload.publicKey, ActivationErrorCode.FILE_MALFORMED);
    const proxyKey = importEd25519PublicKey(proxyPublicKey);
    // Self-signed: the signature proves the file is whole; binding to the key happens below.
    if (file.kid !== publicKeyId(proxyKey)) throw this.tampered();
    this.assertSigned(file, proxyKey);
    this.assertFresh(payload.createdAt);

    const record = await this.keys.findByKey(this.keys.canonical(payload.key));
    // A key of another account is indistinguishable from an unknown one.
    if (!record || record.accountId !== accountId || record.companyName === null) {
      throw new DomainError(CommonErrorCode.LICENSE_KEY_NOT_FOUND, 'License key not found in this business account');
    }
    assertActivatable(keyStatus(record));
    const created = await this.dataSource.transaction(async (manager) => {
      await this.useNonce(manager, payload.nonce, 'activation-request', accountId, null);
      return this.writer.insert(manager, {
        accountId,
        licenseKeyId: record.licenseKeyId,
        serverName: payload.serverName,
        siteCode: payload.siteCode,
        siteDescription: payload.siteDescription?.trim() || null,
        appVersion: payload.appVersion,
        proxyPublicKey,
        credentialHash: null,
        activatedOffline: true,
      });
    });
    return this.documents.issue(
      'offline-activation',
      {
        installationId: created.id,
        accountId,
        companyName: record.companyName,
        proxyKeyId: file.kid,
        activatedOffline: true,
      },
      licenseInfo(record, 0, 'active'),
      payload.nonce,
    );
  }

  async refresh(accountId: string, file: OfflineRequestFileDto): Promise<SignedDocument<LicensePayload>> {
    await this.assertEnabled(accountId);
    const payload = this.parse(file, 'refresh-request', refreshRequestPayload);
    await this.assertInstallationSigned(accountId, payload.installationId, file);
    this.assertFresh(payload.createdAt);
    await this.dataSource.transaction(async (manager) => {
      await this.useNonce(manager, payload.nonce, 'refresh-request', accountId, payload.installationId);
      const current = await loadInstallationContext(manager, payload.installationId);
      // An offline proxy's usage travels in its refresh request; a deactivated one has nothing to report.
      if (payload.usage && current?.status === 'active') await this.usage.record(manager, payload.installationId, payload.usage);
    });
    const installation = await loadInstallationContext(this.dataSource, payload.installationId);
    if (!installation) throw this.installationNotFound();
    return this.protocol.currentLicense(installation, 'subscription-information', payload.nonce).document;
  }

  async deactivate(accountId: string, file: OfflineRequestFileDto): Promise<OfflineDeactivationResponseDto> {
    await this.assertEnabled(accountId);
    const payload = this.parse(file, 'deactivation-request', deactivationRequestPayload);
    const installation = await this.assertInstallationSigned(accountId, payload.installationId, file);
    this.assertFresh(payload.createdAt);
    const changed = await this.dataSource.transaction(async (manager) => {
      await this.useNonce(manager, payload.nonce, 'deactivation-request', accountId, payload.installationId);
      return this.writer.deactivate(manager, accountId, [payload.installationId], 'offline-file', true);
    });
    const rows: Array<{ deactivated_at: Date }> = await this.dataSource.query(`SELECT deactivated_at FROM installations WHERE id = $1`, [
      payload.installationId,
    ]);
    return {
      installationId: payload.installationId,
      serverName: installation.serverName,
      status: 'deactivated',
      deactivatedAt: (rows[0]?.deactivated_at ?? new Date()).toISOString(),
      alreadyDeactivated: changed.length === 0,
    };
  }

  private async assertEnabled(accountId: string): Promise<void> {
    const rows: Array<{ offline_operations_enabled: boolean }> = await this.dataSource.query(
      `SELECT offline_operations_enabled FROM account_settings WHERE account_id = $1`,
      [accountId],
    );
    if (!rows[0]?.offline_operations_enabled) {
      throw new DomainError(
        ActivationErrorCode.OFFLINE_DISABLED,
        'Offline operations are not enabled for this business account; ask your sales representative to enable them',
      );
    }
  }

  private parse<S extends z.ZodType>(file: OfflineRequestFileDto, expected: RequestType, schema: S): z.output<S> {
    const type = file.payload.type;
    if (type !== expected) {
      if (type === 'activation-request' || type === 'refresh-request' || type === 'deactivation-request') {
        throw new DomainError(ActivationErrorCode.FILE_TYPE_MISMATCH, `This is a ${type} file; upload it as such (expected a ${expected} file)`, { type, expected });
      }
      throw new DomainError(ActivationErrorCode.FILE_MALFORMED, 'This is not an offline request file of the proxy');
    }
    const parsed = schema.safeParse(file.payload);
    if (!parsed.success) {
      throw new DomainError(
        ActivationErrorCode.FILE_MALFORMED,
        'The request file is incomplete or damaged',
        parsed.error.issues.map((i) => ({ field: i.path.join('.'), problems: [i.message] })),
      );
    }
    return parsed.data;
  }

  private tampered(): DomainError {
    return new DomainError(ActivationErrorCode.FILE_SIGNATURE_INVALID, 'The request file was altered after the proxy signed it');
  }

  private assertSigned(file: OfflineRequestFileDto, key: ReturnType<typeof importEd25519PublicKey>): void {
    const result = verifyDocument(file, (kid) => (kid === file.kid ? key : undefined));
    if (!result.ok) throw this.tampered();
  }

  /** The installation of this account that the file names, signed with that installation's key. */
  private async assertInstallationSigned(accountId: string, installationId: string, file: OfflineRequestFileDto) {
    const installation = await loadInstallationContext(this.dataSource, installationId);
    if (!installation || installation.accountId !== accountId) throw this.installationNotFound();
    if (file.kid !== publicKeyIdFromPem(installation.proxyPublicKey)) {
      throw new DomainError(ActivationErrorCode.PROXY_KEY_MISMATCH, 'The request file was signed by another proxy than the one activated');
    }
    this.assertSigned(file, importEd25519PublicKey(installation.proxyPublicKey));
    return installation;
  }

  private installationNotFound(): DomainError {
    return new DomainError(ActivationErrorCode.INSTALLATION_NOT_FOUND, 'Proxy server not found in this business account');
  }

  private assertFresh(createdAt: string): void {
    const at = Date.parse(createdAt);
    const now = Date.now();
    if (at > now + CLOCK_SKEW_MS) {
      throw new DomainError(ActivationErrorCode.FILE_NOT_YET_VALID, 'The request file is dated in the future; check the proxy clock');
    }
    if (at < now - this.config.offlineFileMaxAgeDays * DAY_MS) {
      throw new DomainError(
        ActivationErrorCode.FILE_EXPIRED,
        `The request file is older than ${this.config.offlineFileMaxAgeDays} days; write a new one on the proxy`,
        { maxAgeDays: this.config.offlineFileMaxAgeDays },
      );
    }
  }

  /** Spends the file's nonce; a second use (even concurrent) is refused. Old nonces are pruned here. */
  private async useNonce(manager: EntityManager, nonce: string, kind: RequestType, accountId: string, installationId: string | null): Promise<void> {
    await manager.query('SAVEPOINT offline_nonce');
    try {
      await manager.query(`INSERT INTO offline_request_nonces (nonce, kind, account_id, installation_id) VALUES ($1, $2, $3, $4)`, [
        nonce,
        kind,
        accountId,
        installationId,
      ]);
      await manager.query('RELEASE SAVEPOINT offline_nonce');
    } catch (err) {
      await manager.query('ROLLBACK TO SAVEPOINT offline_nonce');
      if (isUniqueViolation(err)) {
        throw new DomainError(ActivationErrorCode.FILE_REPLAYED, 'This request file was used already; write a new one on the proxy');
      }
      throw err;
    }
    // Files older than the maximum age are refused anyway, so their nonces need not be kept.
    await manager.query(`DELETE FROM offline_request_nonces WHERE used_at < now() - make_interval(days => $1)`, [this.config.offlineFileMaxAgeDays + 1]);
  }
}
