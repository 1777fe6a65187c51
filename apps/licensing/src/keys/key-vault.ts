import { Inject, Injectable } from '@nestjs/common';
import { DomainError, decryptLicenseKey, encryptLicenseKey, generateLicenseKey, hashLicenseKey, keyLastGroup, maskLicenseKey, parseLicenseKey, CommonErrorCode } from '#common';
import { LICENSING_CONFIG, type LicensingConfig } from '../config.js';

export interface IssuedKey {
  /** The key in clear: returned once to whoever created it, never stored or logged. */
  key: string;
  keyHash: string;
  keyCiphertext: string;
  keyLast: string;
}

/** License keys with this service's secrets: issue, look up by hash, reveal or mask for display. */
@Injectable()
export class KeyVault {
  constructor(@Inject(LICENSING_CONFIG) private readonly config: LicensingConfig) {}

  issue(): IssuedKey {
    const key = generateLicenseKey();
    return {
      key,
      keyHash: this.hash(key),
      keyCiphertext: encryptLicenseKey(key, this.config.licenseKeys.encryptionKey),
      keyLast: keyLastGroup(key),
    };
  }

  hash(canonicalKey: string): string {
    return hashLicenseKey(canonicalKey, this.config.licenseKeys.hashSecret);
  }

  /** What a person typed → its lookup hash, or a 400 telling malformed from mistyped. */
  hashTyped(input: string): string {
    const parsed = parseLicenseKey(input);
    if (!parsed.ok) {
      throw parsed.reason === 'mistyped'
        ? new DomainError(CommonErrorCode.LICENSE_KEY_MISTYPED, 'The license key has a typo: its check character does not match')
        : new DomainError(
            CommonErrorCode.LICENSE_KEY_MALFORMED,
            'A license key is 25 characters (5 groups of 5) from A-Z and 2-9, without 0, 1, I or O',
          );
    }
    return this.hash(parsed.key);
  }

  /** The key in full for admins and operators; masked for everyone else. */
  display(stored: { keyCiphertext: string; keyLast: string }, full: boolean): string {
    return full ? decryptLicenseKey(stored.keyCiphertext, this.config.licenseKeys.encryptionKey) : maskLicenseKey(stored.keyLast);
  }
}
