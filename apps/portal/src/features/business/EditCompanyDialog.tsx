import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { IdentityComponents } from '#api-client';
import { identity } from '../../api/clients';
import { errorMessage, fieldErrors } from '../../api/errors';
import { BusinessDetailsFields, validateBusinessDetails, type BusinessDetails } from '../register/BusinessDetailsFields';
import { requiresState, useCountries } from '../register/useCountries';

type Account = IdentityComponents['schemas']['AccountResponseDto'];

/** "Edit Company Information": the registration fields, prefilled; emptied optional fields are cleared. */
export function EditCompanyDialog({ account, opened, onClose }: { account: Account; opened: boolean; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const countries = useCountries().data?.items;
  const form = useForm<BusinessDetails>({
    initialValues: {
      companyName: account.companyName,
      country: account.country,
      state: account.state ?? '',
      city: account.city ?? '',
      street: account.street ?? '',
      zip: account.zip,
      phone: account.phone,
    },
    validate: (values) => validateBusinessDetails(values, countries),
  });
  const submit = form.onSubmit(async (v) => {
    setError(null);
    const orNull = (s: string) => (s.trim() ? s.trim() : null);
    const { data, error: failure } = await identity.PATCH('/accounts/{accountId}', {
      params: { path: { accountId: account.id } },
      body: {
        companyName: v.companyName.trim(),
        country: v.country,
        state: requiresState(countries, v.country) ? v.state : orNull(v.state),
        city: orNull(v.city),
        street: orNull(v.street),
        zip: v.zip.trim(),
        phone: v.phone.trim(),
      },
    });
    if (!data) {
      form.setErrors(fieldErrors(failure));
      return setError(errorMessage(failure));
    }
    await queryClient.invalidateQueries();
    notifications.show({ color: 'green', title: 'Saved', message: 'The company information is updated.' });
    onClose();
  });
  return (
    <Modal opened={opened} onClose={onClose} title="Edit Company Information" size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <BusinessDetailsFields form={form} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={form.submitting}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
