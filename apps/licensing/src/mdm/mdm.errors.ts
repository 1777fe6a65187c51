import { DomainError } from '#common';
import { LicensingErrorCode } from '../licensing.errors.js';

/** The MDM errors the CSR checks throw (codes in the licensing table). */
export const csrInvalid = (message: string) => new DomainError(LicensingErrorCode.CSR_INVALID, message);
export const csrTooLarge = (limit: number) =>
  new DomainError(LicensingErrorCode.CSR_TOO_LARGE, `The CSR is larger than ${limit} bytes; a certificate signing request is a few KiB`, {
    maxBytes: limit,
  });
export const csrSignatureInvalid = (message = 'The CSR is not signed by the private key of the public key it holds') =>
  new DomainError(LicensingErrorCode.CSR_SIGNATURE_INVALID, message);
export const csrKeyTooWeak = (message: string, details: { keyType?: string | null; bits?: number; minBits?: number }) =>
  new DomainError(LicensingErrorCode.CSR_KEY_TOO_WEAK, message, details);
