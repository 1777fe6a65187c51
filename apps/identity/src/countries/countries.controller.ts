import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { COUNTRIES_REQUIRING_STATE, COUNTRY_CODES, countryName, US_STATE_CODES } from '../accounts/countries.js';
import { CountryListResponseDto, type CountryDto, type StateDto } from './countries.dto.js';
import { US_STATE_NAMES } from './us-states.js';

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en');

const US_STATES: StateDto[] = US_STATE_CODES.map((code) => ({ code, name: US_STATE_NAMES[code] ?? code })).sort(byName);

/** Computed once: the same codes the address validation accepts, so the list and the checks cannot drift. */
const COUNTRIES: CountryDto[] = COUNTRY_CODES.map((code) => ({
  code,
  name: countryName(code),
  requiresState: COUNTRIES_REQUIRING_STATE.includes(code),
  states: code === 'US' ? US_STATES : null,
})).sort(byName);

@ApiTags('countries')
@Controller('countries')
export class CountriesController {
  @Get()
  @Header('Cache-Control', 'public, max-age=86400')
  @ApiOperation({
    summary: 'Countries and states for address forms',
    description:
      'No sign-in needed. The ISO 3166-1 codes accepted as `country` in business details (sign-up of a business, key registration, ' +
      'the business profile), with English names, and for countries that need one the accepted `state` codes.',
  })
  @ApiOkResponse({ type: CountryListResponseDto })
  listCountries(): CountryListResponseDto {
    return { items: COUNTRIES };
  }
}
