// The same lists identity validates against (until identity publishes them as an endpoint).
import { COUNTRIES_REQUIRING_STATE, COUNTRY_CODES, US_STATE_CODES } from '../../../../identity/src/accounts/countries';

const regions = new Intl.DisplayNames(['en'], { type: 'region' });

export const countryOptions = COUNTRY_CODES.map((code) => ({ value: code, label: regions.of(code) ?? code })).sort((a, b) =>
  a.label.localeCompare(b.label),
);

export const usStateOptions = US_STATE_CODES.map((code) => ({ value: code, label: code }));

export function requiresState(country: string | null): boolean {
  return !!country && COUNTRIES_REQUIRING_STATE.includes(country);
}
