import { Group, Select, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useMemo } from 'react';
import { countryOf, requiresState, useCountries, type Country } from './useCountries';

export interface BusinessDetails {
  companyName: string;
  country: string;
  state: string;
  city: string;
  street: string;
  zip: string;
  phone: string;
}

export const emptyBusinessDetails: BusinessDetails = { companyName: '', country: '', state: '', city: '', street: '', zip: '', phone: '' };

/** The form's checks; `countries` (from `useCountries`) says where a state is needed. */
export function validateBusinessDetails(values: BusinessDetails, countries: readonly Country[] | undefined): Partial<Record<keyof BusinessDetails, string>> {
  const errors: Partial<Record<keyof BusinessDetails, string>> = {};
  if (!values.companyName.trim()) errors.companyName = 'Enter the company name';
  if (!values.country) errors.country = 'Choose a country';
  if (requiresState(countries, values.country) && !values.state) errors.state = 'Choose a state';
  if (!values.zip.trim()) errors.zip = 'Enter the ZIP / postal code';
  if (!values.phone.trim()) errors.phone = 'Enter a phone number';
  return errors;
}

/** The request body: optional fields left empty are not sent. */
export function businessBody(values: BusinessDetails, countries: readonly Country[] | undefined) {
  const optional = (v: string) => (v.trim() ? v.trim() : undefined);
  return {
    companyName: values.companyName.trim(),
    country: values.country,
    state: requiresState(countries, values.country) ? values.state : optional(values.state),
    city: optional(values.city),
    street: optional(values.street),
    zip: values.zip.trim(),
    phone: values.phone.trim(),
  };
}

/** "Provide your business details": company, country and state from identity's lists, ZIP, phone. */
export function BusinessDetailsFields({ form }: { form: UseFormReturnType<BusinessDetails> }) {
  const countries = useCountries();
  const items = countries.data?.items;
  const countryOptions = useMemo(() => (items ?? []).map((c) => ({ value: c.code, label: c.name })), [items]);
  const states = countryOf(items, form.values.country)?.states;
  return (
    <Stack gap="sm">
      <TextInput label="Company name" required autoComplete="organization" {...form.getInputProps('companyName')} />
      <Select
        label="Country"
        required
        searchable
        data={countryOptions}
        placeholder={countries.isPending ? 'Loading the countries…' : 'Choose a country'}
        nothingFoundMessage="No such country"
        comboboxProps={{ withinPortal: true }}
        {...form.getInputProps('country')}
        error={countries.isError ? 'The list of countries could not be loaded. Reload the page to try again.' : form.getInputProps('country').error}
        onChange={(value) => {
          form.setFieldValue('country', value ?? '');
          form.setFieldValue('state', '');
        }}
      />
      {states ? (
        <Select
          label="State"
          required={requiresState(items, form.values.country)}
          searchable
          data={states.map((s) => ({ value: s.code, label: s.name }))}
          placeholder="Choose a state"
          nothingFoundMessage="No such state"
          comboboxProps={{ withinPortal: true }}
          {...form.getInputProps('state')}
          onChange={(v) => form.setFieldValue('state', v ?? '')}
        />
      ) : (
        <TextInput label="State / province" {...form.getInputProps('state')} />
      )}
      <TextInput label="City" autoComplete="address-level2" {...form.getInputProps('city')} />
      <TextInput label="Street" autoComplete="street-address" {...form.getInputProps('street')} />
      <Group grow preventGrowOverflow={false} wrap="wrap">
        <TextInput label="ZIP / postal code" required autoComplete="postal-code" {...form.getInputProps('zip')} />
        <TextInput label="Phone" required type="tel" autoComplete="tel" {...form.getInputProps('phone')} />
      </Group>
    </Stack>
  );
}
