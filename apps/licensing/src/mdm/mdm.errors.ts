import { HttpStatus } from '@nestjs/common';
import { AppException } from '#common';

export const MdmErrorCode = {
  CSR_INVALID: 'CSR_INVALID',
  CSR_TOO_LARGE: 'CSR_TOO_LARGE',
  CSR_SIGNATURE_INVALID: 'CSR_SIGNATURE_INVALID',
  CSR_KEY_TOO_WEAK: 'CSR_KEY_TOO_WEAK',
  MDM_NOT_CONFIGURED: 'MDM_NOT_CONFIGURED',
  MDM_VENDOR_CERTIFICATE_EXPIRED: 'MDM_VENDOR_CERTIFICATE_EXPIRED',
  SUBSCRIPTION_REQUIRED: 'SUBSCRIPTION_REQUIRED',
} as const;

export const csrInvalid = (message: string) => AppException.badRequest(MdmErrorCode.CSR_INVALID, message);
export const csrTooLarge = (limit: number) =>
  new AppException(HttpStatus.PAYLOAD_TOO_LARGE, MdmErrorCode.CSR_TOO_LARGE, `The CSR is larger than ${limit} bytes; a certificate signing request is a few KiB`, {
    maxBytes: limit,
  });
export const csrSignatureInvalid = (message = 'The CSR is not signed by the private key of the public key it holds') =>
  AppException.unprocessable(MdmErrorCode.CSR_SIGNATURE_INVALID, message);
export const csrKeyTooWeak = (message: string) => AppException.unprocessable(MdmErrorCode.CSR_KEY_TOO_WEAK, message);
