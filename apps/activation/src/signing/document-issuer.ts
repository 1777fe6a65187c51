import { Inject, Injectable } from '@nestjs/common';
import type { LicenseDocumentType, LicensePayload, SignedDocument } from '#common';
import { ACTIVATION_CONFIG, type ActivationConfig } from '../config.js';
import { licensePayload, type DocumentSubject, type LicenseInfo } from '../licenses/license-view.js';
import { SigningKeys } from './signing-keys.js';

/** Builds and signs license documents with the current key and the configured offline validity. */
@Injectable()
export class DocumentIssuer {
  constructor(
    private readonly keys: SigningKeys,
    @Inject(ACTIVATION_CONFIG) private readonly config: ActivationConfig,
  ) {}

  issue(type: LicenseDocumentType, subject: DocumentSubject, info: LicenseInfo, inResponseTo?: string): SignedDocument<LicensePayload> {
    return this.keys.sign(licensePayload(type, subject, info, this.config.documentValidityDays, inResponseTo));
  }
}
