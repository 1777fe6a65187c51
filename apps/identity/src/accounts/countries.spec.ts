import { describe, expect, it } from '@jest/globals';
import { addressProblems, COUNTRY_CODES, countryName, isCountryCode, isUsStateCode, US_STATE_CODES } from './countries.js';

describe('country and state codes', () => {
  it('knows the 249 ISO 3166-1 alpha-2 codes, each with an English name', () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    for (const code of COUNTRY_CODES) expect(countryName(code)).not.toBe(code);
    expect(countryName('US')).toBe('United States');
  });

  it('accepts assigned codes only, in upper case', () => {
    expect(isCountryCode('DE')).toBe(true);
    expect(isCountryCode('de')).toBe(false);
    expect(isCountryCode('UK')).toBe(false); // reserved, not assigned: Great Britain is GB
    expect(isCountryCode('EU')).toBe(false);
    expect(isCountryCode('XK')).toBe(false); // Kosovo: user-assigned, not ISO
  });

  it('knows the 50 states, DC and the inhabited territories', () => {
    expect(US_STATE_CODES).toHaveLength(56);
    expect(isUsStateCode('NY')).toBe(true);
    expect(isUsStateCode('DC')).toBe(true);
    expect(isUsStateCode('ZZ')).toBe(false);
  });
});

describe('addressProblems', () => {
  it('requires a valid state and ZIP code for the US', () => {
    expect(addressProblems({ country: 'US', state: 'NY', zip: '10006' })).toEqual([]);
    expect(addressProblems({ country: 'US', state: 'WA', zip: '98004-1234' })).toEqual([]);
    expect(addressProblems({ country: 'US', state: null, zip: '10006' }).map((p) => p.field)).toEqual(['state']);
    expect(addressProblems({ country: 'US', state: 'New York', zip: '10006' }).map((p) => p.field)).toEqual(['state']);
    expect(addressProblems({ country: 'US', state: 'NY', zip: 'SW1A 1AA' }).map((p) => p.field)).toEqual(['zip']);
  });

  it('leaves other countries to the field rules', () => {
    expect(addressProblems({ country: 'GB', state: null, zip: 'SW1A 1AA' })).toEqual([]);
    expect(addressProblems({ country: 'DE', state: 'Berlin', zip: '10115' })).toEqual([]);
  });
});
