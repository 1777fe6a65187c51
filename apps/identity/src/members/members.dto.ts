import { PageDto, PageQuery } from '#common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { MEMBERSHIP_ROLES, MEMBERSHIP_STATUSES, type MembershipRole, type MembershipStatus } from '#database';
import { trim } from '../common/transforms.js';

export const MEMBER_SORTS = ['name', 'email', 'role', 'status', 'memberSince'] as const;
export type MemberSort = (typeof MEMBER_SORTS)[number];

export class MemberListQueryDto extends PageQuery() {
  @ApiPropertyOptional({ example: 'lewis', maxLength: 100, description: 'Matches first name, last name, full name or email (case-insensitive)' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  search?: string;

  @ApiPropertyOptional({ enum: MEMBERSHIP_ROLES, example: 'admin' })
  @IsOptional()
  @IsIn(MEMBERSHIP_ROLES)
  role?: MembershipRole;

  @ApiPropertyOptional({ enum: MEMBERSHIP_STATUSES, example: 'active' })
  @IsOptional()
  @IsIn(MEMBERSHIP_STATUSES)
  status?: MembershipStatus;

  @ApiPropertyOptional({ enum: MEMBER_SORTS, default: 'name' })
  @IsOptional()
  @IsIn(MEMBER_SORTS)
  sort?: MemberSort;

  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'asc' })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  order?: 'asc' | 'desc';
}

export class MemberResponseDto {
  @ApiProperty({ example: '5d7f6a1e-2b3c-4d5e-8f90-a1b2c3d4e5f6', format: 'uuid', description: 'Member id (the membership)' })
  id: string;

  @ApiProperty({ example: '3f0c6a9e-6d1f-4c1e-9a57-1d1b2a7f0c11', format: 'uuid' })
  userId: string;

  @ApiProperty({ example: 'David' })
  firstName: string;

  @ApiProperty({ example: 'Lewis' })
  lastName: string;

  @ApiProperty({ example: 'david.lewis@example.com' })
  email: string;

  @ApiProperty({ example: 'member', enum: MEMBERSHIP_ROLES })
  role: MembershipRole;

  @ApiProperty({ example: 'active', enum: MEMBERSHIP_STATUSES })
  status: MembershipStatus;

  @ApiProperty({ example: 'Handles the Berlin office', nullable: true, type: String })
  notes: string | null;

  @ApiProperty({ example: '2026-10-16T09:30:00.000Z', format: 'date-time' })
  memberSince: string;
}

export class MemberRoleCountsDto {
  @ApiProperty({ example: 2 })
  all: number;

  @ApiProperty({ example: 1 })
  member: number;

  @ApiProperty({ example: 1 })
  admin: number;
}

export class MemberStatusCountsDto {
  @ApiProperty({ example: 2 })
  all: number;

  @ApiProperty({ example: 2 })
  active: number;

  @ApiProperty({ example: 0 })
  blocked: number;
}

export class MemberCountsDto {
  @ApiProperty({ type: MemberRoleCountsDto, description: 'Per role ("Role: All (2)")' })
  role: MemberRoleCountsDto;

  @ApiProperty({ type: MemberStatusCountsDto, description: 'Per status ("Status: All (2)")' })
  status: MemberStatusCountsDto;
}

export class MemberListResponseDto extends PageDto {
  @ApiProperty({ type: [MemberResponseDto] })
  items: MemberResponseDto[];

  @ApiProperty({ type: MemberCountsDto, description: 'Members of the whole account per role and per status, for the filter menus (filters and search ignored)' })
  counts: MemberCountsDto;

}

export class UpdateMemberRequestDto {
  @ApiPropertyOptional({ enum: MEMBERSHIP_ROLES, example: 'admin', description: 'Promote or demote' })
  @IsOptional()
  @IsIn(MEMBERSHIP_ROLES)
  role?: MembershipRole;

  @ApiPropertyOptional({ example: 'Handles the Berlin office', nullable: true, type: String, maxLength: 2000, description: '`null` or "" clears' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string | null;
}
