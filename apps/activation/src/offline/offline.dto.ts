import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Equals, IsObject, IsString, Matches, MaxLength } from 'class-validator';
import { SignedLicenseDocumentDto } from '../proxy/proxy.dto.js';

/**
 * An offline request file as the proxy wrote it: a payload signed with the proxy's own key.
 * The payload is checked by the service (its shape depends on the file type).
 */
export class OfflineRequestFileDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: {
      type: 'refresh-request',
      version: 1,
      installationId: '0b7e4f7e-2c51-4d7e-9a0f-1f8a3c6d2b10',
      nonce: 'pV0y4mQk3Jd7wTq9ZxL2bA8c',
      createdAt: '2026-11-30T09:00:00.000Z',
    },
    description:
      'activation-request: { type, version: 1, key, serverName, siteCode, siteDescription, appVersion, publicKey, nonce, createdAt }; refresh-request: { type, version: 1, installationId, nonce, createdAt, usage? }; deactivation-request: { type, version: 1, installationId, nonce, createdAt }',
  })
  @IsObject()
  payload: Record<string, unknown>;

  @ApiProperty({ example: 'EdDSA', enum: ['EdDSA'] })
  @Equals('EdDSA')
  alg: 'EdDSA';

  @ApiProperty({ example: 'q3Jm0Zb9cT1xWk2LpV8sNa', description: "Fingerprint of the proxy's public key" })
  @IsString()
  @MaxLength(128)
  kid: string;

  @ApiProperty({ example: 'v1Vq0b6tV2mW5r2p3s5l8cQk0yq4b0m3r9Jx1Hn5o6q7s8t9u0v1w2x3y4z5A6B7C8D9E0F1G2H3I4J5K6L7M8', description: 'Ed25519, base64url' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{86}$/, { message: 'signature must be 86 base64url characters' })
  signature: string;
}

export class OfflineDeactivationResponseDto {
  @ApiProperty({ example: '0b7e4f7e-2c51-4d7e-9a0f-1f8a3c6d2b10', format: 'uuid' })
  installationId: string;

  @ApiProperty({ example: 'sccm-proxy-01.corp.example' })
  serverName: string;

  @ApiProperty({ example: 'deactivated', enum: ['deactivated'] })
  status: 'deactivated';

  @ApiProperty({ example: '2026-11-30T10:00:00.000Z', format: 'date-time' })
  deactivatedAt: string;

  @ApiProperty({ example: false, description: 'True when the installation had been deactivated before (e.g. from the portal)' })
  alreadyDeactivated: boolean;
}

export const OFFLINE_REQUEST_TYPES = ['activation-request', 'refresh-request', 'deactivation-request'] as const;
export type OfflineRequestType = (typeof OFFLINE_REQUEST_TYPES)[number];

/**
 * The answer of the one upload endpoint: the type it read from the file, and the matching file:
 * `document` (the activation or subscription information file) or `deactivation`.
 */
export class OfflineUploadResponseDto {
  @ApiProperty({ example: 'refresh-request', enum: OFFLINE_REQUEST_TYPES, description: 'The type read from the uploaded file' })
  requestType: OfflineRequestType;

  @ApiProperty({
    enum: ['offline-activation', 'subscription-information', 'deactivation'],
    example: 'subscription-information',
    description: 'What the answer carries: the activation file, the subscription information file, or the deactivation confirmation',
  })
  answerType: 'offline-activation' | 'subscription-information' | 'deactivation';

  @ApiPropertyOptional({
    type: () => SignedLicenseDocumentDto,
    description: 'The file for the proxy to import (offline-activation or subscription-information); absent for a deactivation',
  })
  document?: SignedLicenseDocumentDto;

  @ApiPropertyOptional({ type: () => OfflineDeactivationResponseDto, description: 'The confirmation of a deactivation request; absent otherwise' })
  deactivation?: OfflineDeactivationResponseDto;
}
