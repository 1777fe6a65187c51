import { PageDto, PageQuery } from '#common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { trim } from '../common/transforms.js';

export class OperatorUserSearchQueryDto extends PageQuery() {
  @ApiPropertyOptional({ example: 'lewis@example', maxLength: 320, description: 'Part of the email or name, case-insensitive' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(320)
  search?: string;
}

export class OperatorAccountSearchQueryDto extends PageQuery() {
  @ApiPropertyOptional({
    example: '19240-41140',
    maxLength: 320,
    description: 'Part of the company name, the support code (with or without the dash), or a member\'s email; case-insensitive',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(320)
  search?: string;
}

export class OperatorUserDto {
  @ApiProperty({ example: '3f0c6a9e-6d1f-4c1e-9a57-1d1b2a7f0c11', format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'david.lewis@example.com' })
  email: string;

  @ApiProperty({ example: 'David' })
  firstName: string;

  @ApiProperty({ example: 'Lewis' })
  lastName: string;

  @ApiProperty({ example: 'user', enum: ['user', 'operator'] })
  role: 'user' | 'operator';

  @ApiProperty({ example: 2, description: 'Business accounts the user belongs to' })
  accountCount: number;

  @ApiProperty({ example: '2026-11-30T10:00:00.000Z', format: 'date-time' })
  createdAt: string;
}

export class OperatorUserListResponseDto extends PageDto {
  @ApiProperty({ type: [OperatorUserDto] })
  items: OperatorUserDto[];
}

export class OperatorMembershipDto {
  @ApiProperty({ example: '9b1f0c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d', format: 'uuid' })
  accountId: string;

  @ApiProperty({ example: 'Any Company, Inc' })
  companyName: string;

  @ApiProperty({ example: '19240-41140' })
  supportCode: string;

  @ApiProperty({ example: 'admin', enum: ['member', 'admin'] })
  role: 'member' | 'admin';

  @ApiProperty({ example: 'active', enum: ['active', 'blocked'] })
  status: 'active' | 'blocked';

  @ApiProperty({ example: '2026-10-16T09:30:00.000Z', format: 'date-time' })
  memberSince: string;
}

export class OperatorUserDetailsDto extends OperatorUserDto {
  @ApiProperty({ type: [OperatorMembershipDto] })
  memberships: OperatorMembershipDto[];
}

export class OperatorAccountDto {
  @ApiProperty({ example: '9b1f0c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d', format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Any Company, Inc' })
  companyName: string;

  @ApiProperty({ example: '19240-41140' })
  supportCode: string;

  @ApiProperty({ example: 'US' })
  country: string;

  @ApiProperty({ example: 'NY', nullable: true, type: String })
  state: string | null;

  @ApiProperty({ example: 'New York', nullable: true, type: String })
  city: string | null;

  @ApiProperty({ example: '123 Main Street', nullable: true, type: String })
  street: string | null;

  @ApiProperty({ example: '10006' })
  zip: string;

  @ApiProperty({ example: '1(800)123-4567' })
  phone: string;

  @ApiProperty({ example: 3 })
  memberCount: number;

  @ApiProperty({ example: '2026-10-16T09:30:00.000Z', format: 'date-time' })
  createdAt: string;
}

export class OperatorAccountListResponseDto extends PageDto {
  @ApiProperty({ type: [OperatorAccountDto] })
  items: OperatorAccountDto[];
}

export class OperatorAccountMemberDto {
  @ApiProperty({ example: '5d7f6a1e-2b3c-4d5e-8f90-a1b2c3d4e5f6', format: 'uuid' })
  id: string;

  @ApiProperty({ example: '3f0c6a9e-6d1f-4c1e-9a57-1d1b2a7f0c11', format: 'uuid' })
  userId: string;

  @ApiProperty({ example: 'david.lewis@example.com' })
  email: string;

  @ApiProperty({ example: 'David' })
  firstName: string;

  @ApiProperty({ example: 'Lewis' })
  lastName: string;

  @ApiProperty({ example: 'member', enum: ['member', 'admin'] })
  role: 'member' | 'admin';

  @ApiProperty({ example: 'active', enum: ['active', 'blocked'] })
  status: 'active' | 'blocked';

  @ApiProperty({ example: '2026-10-16T09:30:00.000Z', format: 'date-time' })
  memberSince: string;
}

export class OperatorAccountDetailsDto extends OperatorAccountDto {
  @ApiProperty({ type: [OperatorAccountMemberDto], description: 'Every member, admins first' })
  members: OperatorAccountMemberDto[];
}
