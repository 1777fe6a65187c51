/** ISO 3166-1 alpha-2 country codes (the 249 officially assigned). */
export const COUNTRY_CODES: readonly string[] = `
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW
BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI
FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN
IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME
MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF
PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV
SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE
YT ZA ZM ZW
`
  .trim()
  .split(/\s+/);

/** US states, the District of Columbia and the inhabited territories (USPS codes). */
export const US_STATE_CODES: readonly string[] = `
AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH
OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC AS GU MP PR VI
`
  .trim()
  .split(/\s+/);

const countries = new Set(COUNTRY_CODES);
const usStates = new Set(US_STATE_CODES);

/** Countries whose addresses need a state. */
export const COUNTRIES_REQUIRING_STATE: readonly string[] = ['US'];

export function isCountryCode(value: unknown): value is string {
  return typeof value === 'string' && countries.has(value);
}

export function isUsStateCode(value: unknown): value is string {
  return typeof value === 'string' && usStates.has(value);
}

const names = new Intl.DisplayNames(['en'], { type: 'region' });

/** The English name of a country code, e.g. `United States`. */
export function countryName(code: string): string {
  return names.of(code) ?? code;
}

export interface AddressProblem {
  field: string;
  problems: string[];
}

/**
 * Rules across fields: a state is required for US addresses and must be a US state code there;
 * a US ZIP code is 5 digits, optionally followed by -4 digits.
 */
export function addressProblems(address: { country: string; state?: string | null; zip: string }): AddressProblem[] {
  const problems: AddressProblem[] = [];
  if (address.country === 'US') {
    if (!address.state) problems.push({ field: 'state', problems: ['state is required for addresses in the United States'] });
    else if (!isUsStateCode(address.state)) problems.push({ field: 'state', problems: ['state must be a US state code, e.g. NY'] });
    if (!/^\d{5}(-\d{4})?$/.test(address.zip)) problems.push({ field: 'zip', problems: ['zip must be a US ZIP code: 12345 or 12345-6789'] });
  }
  return problems;
}
