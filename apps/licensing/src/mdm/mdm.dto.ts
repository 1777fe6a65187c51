import { ApiProperty } from '@nestjs/swagger';
import { PageDto, PageQuery } from '#common';

/** The JSON form of the upload; the raw forms are `application/pkcs10` and `application/octet-stream`. */
export class PushCertificateRequestRequestDto {
  @ApiProperty({
    description: 'The certificate signing request: PEM (`-----BEGIN CERTIFICATE REQUEST-----`) or base64 of the DER. At most 16 KiB.',
    example: '-----BEGIN CERTIFICATE REQUEST-----\nMIICijCCAXICAQAwRTELMAkGA1UEBhMCREUx...\n-----END CERTIFICATE REQUEST-----\n',
    maxLength: 16384,
  })
  csr: string;
}

export class ListPushCertificateRequestsQueryDto extends PageQuery() {}

export class SignedByDto {
  @ApiProperty({ format: 'uuid', example: '3f0c6a9e-6d1f-4c1e-9a57-1d1b2a7f0c11' })
  userId: string;

  @ApiProperty({ example: 'ada@example.com' })
  email: string;

  @ApiProperty({ example: 'Ada' })
  firstName: string;

  @ApiProperty({ example: 'Lovelace' })
  lastName: string;
}

export class PushCertificateRequestRecordResponseDto {
  @ApiProperty({ format: 'uuid', example: '9b2e1c4d-0f6a-4b8e-8d3c-2a1f5e7b9c01' })
  id: string;

  @ApiProperty({ format: 'date-time', example: '2026-11-10T09:30:00.000Z', description: 'When the request was signed' })
  createdAt: string;

  @ApiProperty({ type: SignedByDto, description: 'The administrator who uploaded the CSR' })
  signedBy: SignedByDto;

  @ApiProperty({ example: 'CN=Acme MDM Push, O=Acme Corp, C=DE', description: "The CSR's subject" })
  csrSubject: string;

  @ApiProperty({
    example: '5d41402abc4b2a76b9719d911017c592ae6c1d4f0c0e3f1e4b1d7a6f3c2b1a09',
    description: "SHA-256 (hex) of the CSR's public key (SubjectPublicKeyInfo, DER)",
  })
  publicKeyFingerprint: string;

  @ApiProperty({ example: 2048, description: 'RSA key size of the CSR' })
  publicKeyBits: number;

  @ApiProperty({ example: 'sha256WithRSAEncryption', enum: ['sha256WithRSAEncryption', 'sha1WithRSAEncryption'] })
  signatureAlgorithm: string;

  @ApiProperty({ example: '5A3F09C2E1D44B7A', description: 'Serial number (hex) of the vendor certificate whose key signed' })
  vendorCertificateSerial: string;
}

export class PushCertificateRequestListResponseDto extends PageDto {
  @ApiProperty({ type: [PushCertificateRequestRecordResponseDto], description: 'Newest first' })
  items: PushCertificateRequestRecordResponseDto[];
}
