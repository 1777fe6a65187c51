import { Body, Controller, Get, Header, HttpCode, HttpStatus, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AccountAccess, DomainError, CommonErrorCode, CurrentAccount, CurrentUser, ErrorResponseDto, type AccountContext, type AuthenticatedUser } from '#common';
import { ListPushCertificateRequestsQueryDto, PushCertificateRequestListResponseDto, PushCertificateRequestRequestDto } from './mdm.dto.js';
import { MdmService } from './mdm.service.js';

/** The CSR from the body: a raw upload (Buffer), a text body, or JSON `{ "csr": "…" }` and nothing else. */
export function csrUpload(body: unknown): Buffer | string {
  if (Buffer.isBuffer(body) || typeof body === 'string') return body;
  if (body && typeof body === 'object' && !Array.isArray(body)) {
    const { csr, ...rest } = body as Record<string, unknown>;
    const problems: Array<{ field: string; problems: string[] }> = [];
    if (typeof csr !== 'string') problems.push({ field: 'csr', problems: ['csr must be a string (PEM or base64 DER)'] });
    for (const field of Object.keys(rest)) problems.push({ field, problems: [`property ${field} should not exist`] });
    if (problems.length === 0) return csr as string;
    const summary = problems.map((p) => `${p.field}: ${p.problems.join(', ')}`).join('; ');
    throw new DomainError(CommonErrorCode.VALIDATION_FAILED, `Invalid input: ${summary}`, problems);
  }
  throw new DomainError(CommonErrorCode.VALIDATION_FAILED, 'Send the CSR as application/pkcs10 or application/octet-stream, or JSON { "csr": "…" }');
}

@ApiTags('mdm')
@ApiExtraModels(PushCertificateRequestRequestDto)
@Controller('accounts/:accountId/mdm/push-certificate-requests')
export class MdmController {
  constructor(private readonly mdm: MdmService) {}

  @Post()
  @AccountAccess('admin')
  @HttpCode(HttpStatus.CREATED)
  @Header('cache-control', 'no-store')
  @ApiOperation({
    summary: 'Sign a CSR into the MDM push certificate request for Apple',
    description:
      'An administrator of an account with an active subscription uploads the certificate signing request made for the ' +
      'MDM push certificate. The answer is a file to upload to Apple Push Certificates Portal: an XML property list with ' +
      '`PushCertRequestCSR` (base64 of the CSR\'s DER), `PushCertCertificateChain` (PEM: vendor certificate, Apple WWDR ' +
      'intermediate, Apple root) and `PushCertSignature` (base64 of the vendor\'s RSA PKCS#1 v1.5 signature over the DER), ' +
      'the whole base64-encoded. The CSR must be PKCS#10 (PEM or DER, at most 16 KiB), signed with its own key, RSA of at ' +
      'least 2048 bits. Each signing is recorded.',
    requestBody: {
      required: true,
      description: 'The CSR: raw DER or PEM bytes, or JSON with the PEM (or base64 of the DER).',
      content: {
        'application/pkcs10': { schema: { type: 'string', format: 'binary' } },
        'application/octet-stream': { schema: { type: 'string', format: 'binary' } },
        'application/json': { schema: { $ref: getSchemaPath(PushCertificateRequestRequestDto) } },
      },
    },
  })
  @ApiCreatedResponse({
    description:
      'The push certificate request file (`push-certificate-request.plist.b64`, ASCII base64 of the XML plist), as an attachment. ' +
      'The `x-signing-record-id` header names the signing record.',
    content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
    headers: {
      'content-disposition': { description: 'attachment; filename="push-certificate-request.plist.b64"', schema: { type: 'string' } },
      'x-signing-record-id': { description: 'The id of the signing record', schema: { type: 'string', format: 'uuid' } },
    },
  })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'CSR_INVALID (not a PKCS#10 request), VALIDATION_FAILED, INVALID_JSON' })
  @ApiForbiddenResponse({ type: ErrorResponseDto, description: 'SUBSCRIPTION_REQUIRED (no active subscription on the account)' })
  @ApiPayloadTooLargeResponse({ type: ErrorResponseDto, description: 'CSR_TOO_LARGE (over 16 KiB; details: maxBytes), PAYLOAD_TOO_LARGE' })
  @ApiUnprocessableEntityResponse({
    type: ErrorResponseDto,
    description: 'CSR_SIGNATURE_INVALID (the CSR is not signed by its key), CSR_KEY_TOO_WEAK (not RSA, or under 2048 bits)',
  })
  @ApiServiceUnavailableResponse({
    type: ErrorResponseDto,
    description: 'MDM_NOT_CONFIGURED (no vendor signing certificate configured), MDM_VENDOR_CERTIFICATE_EXPIRED',
  })
  async signPushCertificateRequest(
    @CurrentAccount() account: AccountContext,
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: unknown,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const signed = await this.mdm.sign(account.accountId, user.id, csrUpload(body));
    void reply
      .header('content-type', 'application/octet-stream')
      .header('content-disposition', `attachment; filename="${signed.fileName}"`)
      .header('x-signing-record-id', signed.id);
    return signed.content;
  }

  @Get()
  @AccountAccess('member')
  @ApiOperation({
    summary: 'List the MDM push certificate requests signed for the account',
    description: 'Who signed, when, the CSR subject and key fingerprint; newest first. Every member of the account may read it.',
  })
  @ApiOkResponse({ type: PushCertificateRequestListResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED (page, pageSize)' })
  listPushCertificateRequests(@CurrentAccount() account: AccountContext, @Query() query: ListPushCertificateRequestsQueryDto): Promise<PushCertificateRequestListResponseDto> {
    return this.mdm.list(account.accountId, query);
  }
}
