import { ApiProperty } from '@nestjs/swagger';
import { UserResponseDto } from '../auth/auth.dto.js';
import { AccountSummaryDto } from '../accounts/accounts.dto.js';

export class PendingInvitationDto {
  @ApiProperty({ example: '0f5b1c9e-8a7d-4c3b-9e2f-1a2b3c4d5e6f', format: 'uuid' })
  id: string;

  @ApiProperty({ example: '9b1f0c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d', format: 'uuid', description: 'The business account invited to' })
  accountId: string;

  @ApiProperty({ example: 'Any Company, Inc' })
  companyName: string;

  @ApiProperty({ example: 'John Brown', nullable: true, type: String })
  invitedByName: string | null;

  @ApiProperty({ example: '2026-11-30T10:00:00.000Z', format: 'date-time', description: 'When the current invitation email was sent' })
  sentAt: string;

  @ApiProperty({ example: '2026-12-07T10:00:00.000Z', format: 'date-time' })
  expiresAt: string;
}

export class KeyRegistrationHintDto {
  @ApiProperty({ example: 'licensing', enum: ['licensing'], description: 'The service that registers keys' })
  service: 'licensing';

  @ApiProperty({ example: 'POST', enum: ['POST'] })
  method: 'POST';

  @ApiProperty({ example: '/license-keys/register' })
  path: string;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    example: ['9b1f0c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d'],
    description: 'Accounts a key can be registered into (`accountId`): those I administer with an active membership. A key can always create a new business account instead.',
  })
  accountIds: string[];
}

/** The personal account of the account switcher: the person, their business accounts and what waits for them. */
export class PersonalOverviewResponseDto {
  @ApiProperty({ type: UserResponseDto })
  user: UserResponseDto;

  @ApiProperty({ type: [AccountSummaryDto], description: 'The business accounts I belong to (the same items as `GET /accounts`)' })
  accounts: AccountSummaryDto[];

  @ApiProperty({
    type: [PendingInvitationDto],
    description:
      'Pending, unexpired invitations to my email address into accounts I do not belong to yet, newest first. They are accepted from the emailed link (`POST /invitations/accept`).',
  })
  pendingInvitations: PendingInvitationDto[];

  @ApiProperty({ type: KeyRegistrationHintDto, description: 'Where to register a license key' })
  keyRegistration: KeyRegistrationHintDto;
}
