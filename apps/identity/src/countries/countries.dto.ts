import { ApiProperty } from '@nestjs/swagger';

export class StateDto {
  @ApiProperty({ example: 'NY', description: 'The code to send as `state`' })
  code: string;

  @ApiProperty({ example: 'New York' })
  name: string;
}

export class CountryDto {
  @ApiProperty({ example: 'US', description: 'ISO 3166-1 alpha-2 code, the value to send as `country`' })
  code: string;

  @ApiProperty({ example: 'United States', description: 'English name' })
  name: string;

  @ApiProperty({ example: true, description: 'Addresses in this country need a `state` (one of `states`)' })
  requiresState: boolean;

  @ApiProperty({
    type: [StateDto],
    nullable: true,
    description: 'The accepted states, by name; null where `state` is free text',
    example: [{ code: 'NY', name: 'New York' }],
  })
  states: StateDto[] | null;
}

export class CountryListResponseDto {
  @ApiProperty({ type: [CountryDto], description: 'Every country accepted in addresses, sorted by name' })
  items: CountryDto[];
}
