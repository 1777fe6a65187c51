import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { trim } from '#common';
import { PASSWORD_POLICY, PASSWORD_POLICY_MESSAGE } from '../auth/auth.dto.js';

export class UpdateProfileRequestDto {
  @ApiPropertyOptional({ example: 'Ada', maxLength: 100 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  firstName?: string;

  @ApiPropertyOptional({ example: 'King', maxLength: 100 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  lastName?: string;
}

export class ChangePasswordRequestDto {
  @ApiProperty({ example: 'correct-horse-7' })
  @IsString()
  @Length(1, 128)
  currentPassword: string;

  @ApiProperty({ example: 'new-horse-battery-8', minLength: 8, maxLength: 128, description: PASSWORD_POLICY_MESSAGE })
  @IsString()
  @Matches(PASSWORD_POLICY, { message: PASSWORD_POLICY_MESSAGE })
  newPassword: string;
}
