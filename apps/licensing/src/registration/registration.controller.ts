import { Body, Controller, Ip, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentUser, ErrorResponseDto, UserAuth, type AuthenticatedUser } from '#common';
import { RegisterLicenseKeyRequestDto, RegistrationResponseDto } from './registration.dto.js';
import { RegistrationService } from './registration.service.js';

@ApiTags('license keys')
@Controller('license-keys')
export class RegistrationController {
  constructor(private readonly registration: RegistrationService) {}

  @Post('register')
  @UserAuth()
  @ApiOperation({
    summary: 'Register a license key',
    description:
      'Binds the subscription of a primary key to a business account: an existing one you administer (`accountId`), or a new one created from `business` with you as its admin, in the same transaction. A key registers once.',
  })
  @ApiCreatedResponse({ type: RegistrationResponseDto })
  @ApiBadRequestResponse({
    type: ErrorResponseDto,
    description: 'VALIDATION_FAILED, REGISTRATION_TARGET_REQUIRED, LICENSE_KEY_MALFORMED, LICENSE_KEY_MISTYPED (check character)',
  })
  @ApiForbiddenResponse({ type: ErrorResponseDto, description: 'ADMIN_REQUIRED, MEMBERSHIP_BLOCKED (for accountId)' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'LICENSE_KEY_NOT_FOUND, ACCOUNT_NOT_FOUND' })
  @ApiConflictResponse({
    type: ErrorResponseDto,
    description: 'LICENSE_KEY_ALREADY_REGISTERED (whichever account holds it), SUBSCRIPTION_CANCELLED',
  })
  @ApiUnprocessableEntityResponse({ type: ErrorResponseDto, description: 'LICENSE_KEY_NOT_PRIMARY (a sublicense key)' })
  @ApiTooManyRequestsResponse({
    type: ErrorResponseDto,
    description: 'TOO_MANY_REQUESTS: too many failed registrations from this client or by this user',
    headers: { 'Retry-After': { description: 'Seconds until a new attempt is allowed', schema: { type: 'integer', example: 840 } } },
  })
  registerLicenseKey(@CurrentUser() user: AuthenticatedUser, @Ip() ip: string, @Body() body: RegisterLicenseKeyRequestDto): Promise<RegistrationResponseDto> {
    return this.registration.register(user.id, ip || 'unknown', body);
  }
}
