import { Body, Controller, Get, HttpCode, HttpStatus, Ip, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { ErrorResponseDto } from '#common';
import { SigningKeys } from '../signing/signing-keys.js';
import { UsageReportsService } from '../usage/usage-reports.service.js';
import type { InstallationContext } from './installation-context.js';
import { KeyRateLimiter } from './key-rate-limiter.js';
import { ApiDeactivatedForbidden, CurrentInstallation, ProxyAuth } from './proxy.decorators.js';
import {
  ActivateRequestDto,
  ActivationResponseDto,
  DeactivationResponseDto,
  EnrollmentCheckRequestDto,
  EnrollmentCheckResponseDto,
  RefreshRequestDto,
  RefreshResponseDto,
  SigningKeysResponseDto,
  UsageReportRequestDto,
  UsageReportResponseDto,
  VerifyKeyRequestDto,
  VerifyKeyResponseDto,
} from './proxy.dto.js';
import { ProxyProtocolService } from './proxy-protocol.service.js';

const KEY_ERRORS = 'LICENSE_KEY_MALFORMED, LICENSE_KEY_MISTYPED (caught before any lookup), VALIDATION_FAILED';
const LICENSE_STATE_ERRORS = 'LICENSE_KEY_NOT_REGISTERED, LICENSE_EXPIRED, LICENSE_SUSPENDED, LICENSE_CANCELLED';

/**
 * refresh, report and enrollmentCheck are served on the hot path (proxy-hot-path.ts): declared and
 * answered here, but validated, authenticated and serialised by Fastify around these methods.
 */
@ApiTags('proxy protocol')
@Controller('proxy/v1')
export class ProxyController {
  constructor(
    private readonly protocol: ProxyProtocolService,
    private readonly usage: UsageReportsService,
    private readonly limiter: KeyRateLimiter,
    private readonly signingKeys: SigningKeys,
  ) {}

  @Post('license/verify')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Verify a license key before activating',
    description: 'Answers the license information for the operator to review. Unauthenticated, rate-limited per IP; an unknown key gets only its code.',
  })
  @ApiOkResponse({ type: VerifyKeyResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: KEY_ERRORS })
  @ApiForbiddenResponse({ type: ErrorResponseDto, description: 'LICENSE_KEY_NOT_REGISTERED' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'LICENSE_KEY_NOT_FOUND' })
  @ApiTooManyRequestsResponse({ type: ErrorResponseDto, description: 'TOO_MANY_REQUESTS (Retry-After header; details: retryAfterSeconds, limitPerMinute)' })
  async verify(@Body() body: VerifyKeyRequestDto, @Ip() ip: string): Promise<VerifyKeyResponseDto> {
    await this.limiter.consume('verify', ip);
    return this.protocol.verify(body.key);
  }

  @Post('activations')
  @ApiOperation({
    summary: 'Activate an installation online',
    description:
      'One key activates one installation at a time; of concurrent activations of one key exactly one wins. The same proxy server activating its key again after a deactivation (the same key and the same `publicKey`) gets its installation back, with its id, notes and usage history; another proxy key is a new installation. Answers the credential for later calls (shown once) and a signed license document. Rate-limited per IP.',
  })
  @ApiCreatedResponse({ type: ActivationResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: `${KEY_ERRORS}, PUBLIC_KEY_INVALID` })
  @ApiForbiddenResponse({ type: ErrorResponseDto, description: LICENSE_STATE_ERRORS })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'LICENSE_KEY_NOT_FOUND' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'KEY_IN_USE' })
  @ApiTooManyRequestsResponse({ type: ErrorResponseDto, description: 'TOO_MANY_REQUESTS (Retry-After header; details: retryAfterSeconds, limitPerMinute)' })
  async activate(@Body() body: ActivateRequestDto, @Ip() ip: string): Promise<ActivationResponseDto> {
    await this.limiter.consume('activate', ip);
    return this.protocol.activate(body);
  }

  @Post('refresh')
  @HttpCode(HttpStatus.OK)
  @ProxyAuth({ allowDeactivated: true })
  @ApiOperation({
    summary: 'Current license information and a fresh signed document (daily)',
    description:
      'Status is one of active, over_limit, expired, suspended, cancelled, deactivated. An installation deactivated from the portal (or whose sublicense was deleted) still gets 200 with status deactivated, so the proxy learns it.',
  })
  @ApiOkResponse({ type: RefreshResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED' })
  refresh(@CurrentInstallation() installation: InstallationContext, @Body() body: RefreshRequestDto): Promise<RefreshResponseDto> {
    return this.protocol.refresh(installation, body);
  }

  @Post('usage-reports')
  @ProxyAuth()
  @ApiOperation({
    summary: 'Report usage (weekly)',
    description:
      'Idempotent on reportId: a retry is stored once and answered the same (201 with duplicate true). A report over the quota opens a license breach and emails the admins once per breach.',
  })
  @ApiCreatedResponse({ type: UsageReportResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED, PEAK_BELOW_MANAGED, REPORTED_AT_IN_FUTURE' })
  @ApiDeactivatedForbidden()
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'REPORT_ID_REUSED (same reportId, different figures)' })
  report(@CurrentInstallation() installation: InstallationContext, @Body() body: UsageReportRequestDto): Promise<UsageReportResponseDto> {
    return this.usage.report(installation.id, body);
  }

  @Post('enrollment-checks')
  @HttpCode(HttpStatus.OK)
  @ProxyAuth()
  @ApiOperation({ summary: 'May this installation enroll one more computer?', description: 'Refused at or over the quota; computers already managed keep working.' })
  @ApiOkResponse({ type: EnrollmentCheckResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED' })
  @ApiDeactivatedForbidden('LICENSE_EXPIRED, LICENSE_SUSPENDED, LICENSE_CANCELLED')
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'LICENSE_LIMIT_REACHED (details: quota, used)' })
  enrollmentCheck(@CurrentInstallation() installation: InstallationContext, @Body() body: EnrollmentCheckRequestDto): EnrollmentCheckResponseDto {
    return this.protocol.enrollmentCheck(installation, body);
  }

  @Post('deactivate')
  @HttpCode(HttpStatus.OK)
  @ProxyAuth({ allowDeactivated: true })
  @ApiOperation({
    summary: 'Deactivate this installation online',
    description: 'Releases the key at once; the credential stops working (401 CREDENTIAL_REVOKED afterwards).',
  })
  @ApiOkResponse({ type: DeactivationResponseDto })
  deactivate(@CurrentInstallation() installation: InstallationContext): Promise<DeactivationResponseDto> {
    return this.protocol.deactivate(installation);
  }

  @Get('signing-keys')
  @ApiOperation({
    summary: 'Public keys that verify signed documents (JWKS-like)',
    description: 'Current and retired keys: a document verifies with the key its kid names.',
  })
  @ApiOkResponse({ type: SigningKeysResponseDto })
  signingKeysList(): SigningKeysResponseDto {
    return this.signingKeys.published();
  }
}
