import { PageDto } from '#common';
import { ApiProperty } from '@nestjs/swagger';

export class SessionListItemDto {
  @ApiProperty({ example: '0b7e4c8e-1c55-4c36-9d3e-5b2f8f0c7a21', format: 'uuid' })
  id: string;

  @ApiProperty({ example: true, description: 'The session this request was made with' })
  current: boolean;

  @ApiProperty({ example: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15', nullable: true, type: String })
  userAgent: string | null;

  @ApiProperty({ example: '203.0.113.7', nullable: true, type: String })
  ip: string | null;

  @ApiProperty({ example: false })
  keepSignedIn: boolean;

  @ApiProperty({ example: '2026-11-30T10:00:00.000Z', format: 'date-time' })
  createdAt: string;

  @ApiProperty({ example: '2026-11-30T11:45:00.000Z', format: 'date-time' })
  lastUsedAt: string;

  @ApiProperty({ example: '2026-11-30T22:00:00.000Z', format: 'date-time' })
  expiresAt: string;
}

export class SessionListResponseDto extends PageDto {
  @ApiProperty({ type: [SessionListItemDto] })
  items: SessionListItemDto[];
}

export class RevokedSessionsResponseDto {
  @ApiProperty({ example: 2, description: 'How many sessions were signed out' })
  revoked: number;
}
