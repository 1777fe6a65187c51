import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { AccountAccess, CurrentAccount, ErrorResponseDto, type AccountContext, type LicensePayload, type SignedDocument } from '#common';
import { SignedLicenseDocumentDto } from '../proxy/proxy.dto.js';
import { OfflineDeactivationResponseDto, OfflineRequestFileDto, OfflineUploadResponseDto } from './offline.dto.js';
import { OfflineService } from './offline.service.js';

const FILE_400 = 'VALIDATION_FAILED, FILE_MALFORMED, FILE_TYPE_MISMATCH (details: type, expected)';
const FILE_422 = 'FILE_SIGNATURE_INVALID (tampered), FILE_EXPIRED (older than the maximum age; details: maxAgeDays), FILE_NOT_YET_VALID (dated in the future)';
const FILE_403 = 'OFFLINE_DISABLED (offline operations are off for the account), MEMBERSHIP_BLOCKED, ADMIN_REQUIRED';

@ApiTags('offline activation and validation')
@Controller('accounts/:accountId/offline')
export class OfflineController {
  constructor(private readonly offline: OfflineService) {}

  @Post('requests')
  @HttpCode(HttpStatus.OK)
  @AccountAccess('admin')
  @ApiOperation({
    summary: 'Upload any offline request file (activation, refresh or deactivation); get the matching answer',
    description:
      "The guide's one Offline Activation and Validation page: the file's own `payload.type` decides what it is, so there is no FILE_TYPE_MISMATCH. " +
      'An activation request answers the activation file, a refresh request the subscription information file (recording its usage), ' +
      'a deactivation request the confirmation; each with the same checks and codes as its own endpoint below.',
  })
  @ApiOkResponse({ type: OfflineUploadResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'VALIDATION_FAILED, FILE_MALFORMED, LICENSE_KEY_MALFORMED, LICENSE_KEY_MISTYPED, PEAK_BELOW_MANAGED, REPORTED_AT_IN_FUTURE' })
  @ApiForbiddenResponse({ type: ErrorResponseDto, description: `${FILE_403}, LICENSE_EXPIRED, LICENSE_SUSPENDED, LICENSE_CANCELLED` })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'ACCOUNT_NOT_FOUND; LICENSE_KEY_NOT_FOUND, INSTALLATION_NOT_FOUND (also for those of another account)' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'FILE_REPLAYED, KEY_IN_USE, REPORT_ID_REUSED' })
  @ApiUnprocessableEntityResponse({ type: ErrorResponseDto, description: `${FILE_422}, PROXY_KEY_MISMATCH (signed by another proxy)` })
  upload(@CurrentAccount() account: AccountContext, @Body() file: OfflineRequestFileDto): Promise<OfflineUploadResponseDto> {
    return this.offline.upload(account.accountId, file);
  }

  @Post('activation-requests')
  @AccountAccess('admin')
  @ApiOperation({
    summary: 'Upload an offline activation request file; download the activation file',
    description: 'The activation file is signed by the server and bound to the request (its nonce) and the proxy key. The key must belong to this account.',
  })
  @ApiCreatedResponse({ type: SignedLicenseDocumentDto, description: 'The activation file (type offline-activation) for the proxy to import' })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: `${FILE_400}, LICENSE_KEY_MALFORMED, LICENSE_KEY_MISTYPED` })
  @ApiForbiddenResponse({ type: ErrorResponseDto, description: `${FILE_403}, LICENSE_EXPIRED, LICENSE_SUSPENDED, LICENSE_CANCELLED` })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'ACCOUNT_NOT_FOUND; LICENSE_KEY_NOT_FOUND (also for a key of another account)' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'FILE_REPLAYED, KEY_IN_USE' })
  @ApiUnprocessableEntityResponse({ type: ErrorResponseDto, description: FILE_422 })
  activationRequest(@CurrentAccount() account: AccountContext, @Body() file: OfflineRequestFileDto): Promise<SignedDocument<LicensePayload>> {
    return this.offline.activate(account.accountId, file);
  }

  @Post('refresh-requests')
  @HttpCode(HttpStatus.OK)
  @AccountAccess('admin')
  @ApiOperation({
    summary: 'Upload an offline refresh request file; download the subscription information file',
    description: 'Usage figures carried by the request are recorded like an online usage report (idempotent on their reportId).',
  })
  @ApiOkResponse({ type: SignedLicenseDocumentDto, description: 'The subscription information file (type subscription-information)' })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: `${FILE_400}, PEAK_BELOW_MANAGED, REPORTED_AT_IN_FUTURE` })
  @ApiForbiddenResponse({ type: ErrorResponseDto, description: FILE_403 })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'ACCOUNT_NOT_FOUND; INSTALLATION_NOT_FOUND (also for a server of another account)' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'FILE_REPLAYED, REPORT_ID_REUSED' })
  @ApiUnprocessableEntityResponse({ type: ErrorResponseDto, description: `${FILE_422}, PROXY_KEY_MISMATCH (signed by another proxy)` })
  refreshRequest(@CurrentAccount() account: AccountContext, @Body() file: OfflineRequestFileDto): Promise<SignedDocument<LicensePayload>> {
    return this.offline.refresh(account.accountId, file);
  }

  @Post('deactivation-requests')
  @HttpCode(HttpStatus.OK)
  @AccountAccess('admin')
  @ApiOperation({
    summary: 'Submit an offline deactivation request file: the key is released',
    description: 'Only a file signed by the installation itself releases its key.',
  })
  @ApiOkResponse({ type: OfflineDeactivationResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: FILE_400 })
  @ApiForbiddenResponse({ type: ErrorResponseDto, description: FILE_403 })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'ACCOUNT_NOT_FOUND; INSTALLATION_NOT_FOUND (also for a server of another account)' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'FILE_REPLAYED' })
  @ApiUnprocessableEntityResponse({ type: ErrorResponseDto, description: `${FILE_422}, PROXY_KEY_MISMATCH (signed by another proxy)` })
  deactivationRequest(@CurrentAccount() account: AccountContext, @Body() file: OfflineRequestFileDto): Promise<OfflineDeactivationResponseDto> {
    return this.offline.deactivate(account.accountId, file);
  }
}
