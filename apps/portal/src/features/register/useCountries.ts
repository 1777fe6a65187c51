import type { IdentityComponents } from '#api-client';
import { identityApi } from '../../api/clients';

export type Country = IdentityComponents['schemas']['CountryDto'];

/**
 * Identity's countries (with their states where an address needs one): the list the server
 * validates business details against, so the form offers exactly what it accepts. It does not
 * change while the page is open: fetched once.
 */
export function useCountries() {
  return identityApi.useQuery('get', '/countries', {}, { staleTime: Infinity, gcTime: Infinity });
}

export function countryOf(countries: readonly Country[] | undefined, code: string): Country | undefined {
  return countries?.find((c) => c.code === code);
}

export function requiresState(countries: readonly Country[] | undefined, code: string): boolean {
  return countryOf(countries, code)?.requiresState ?? false;
}
