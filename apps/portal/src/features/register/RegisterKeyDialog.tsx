import { Alert, Anchor, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { LicensingComponents } from '#api-client';
import { licensing } from '../../api/clients';
import { errorMessage, fieldErrors, isApiError } from '../../api/errors';
import { useCurrentAccountId, useMyAccounts } from '../accounts/useAccounts';
import { BusinessDetailsFields, businessBody, emptyBusinessDetails, validateBusinessDetails, type BusinessDetails } from './BusinessDetailsFields';
import { useCountries } from './useCountries';

const KEY_CODES = new Set([
  'LICENSE_KEY_MALFORMED',
  'LICENSE_KEY_MISTYPED',
  'LICENSE_KEY_NOT_FOUND',
  'LICENSE_KEY_NOT_PRIMARY',
  'LICENSE_KEY_ALREADY_REGISTERED',
  'SUBSCRIPTION_CANCELLED',
]);
const NEW_ACCOUNT = 'new';

/**
 * Register Key: the key first; then either one of the business accounts the person administers,
 * or (with none, or "a new business account") the business-details step, which creates the account
 * and registers the key in one request. The server's refusals show on the key field.
 */
export function RegisterKeyDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const accounts = useMyAccounts();
  const currentId = useCurrentAccountId();
  const adminAccounts = (accounts.data?.items ?? []).filter((a) => a.role === 'admin' && a.status === 'active');
  const [step, setStep] = useState<'key' | 'business'>('key');
  const [error, setError] = useState<string | null>(null);
  const keyForm = useForm({
    initialValues: { key: '', target: '' },
    validate: { key: (v) => (v.trim() ? null : 'Input a license key') },
  });
  const countries = useCountries().data?.items;
  const businessForm = useForm<BusinessDetails>({ initialValues: emptyBusinessDetails, validate: (values) => validateBusinessDetails(values, countries) });
  const target = keyForm.values.target || (adminAccounts.some((a) => a.id === currentId) ? currentId! : adminAccounts[0]?.id ?? NEW_ACCOUNT);

  const close = () => {
    setStep('key');
    setError(null);
    keyForm.reset();
    businessForm.reset();
    onClose();
  };

  const register = async (body: LicensingComponents['schemas']['RegisterLicenseKeyRequestDto']) => {
    setError(null);
    const { data, error: failure } = await licensing.POST('/license-keys/register', { body });
    if (!data) {
      if (isApiError(failure) && KEY_CODES.has(failure.code)) {
        setStep('key');
        keyForm.setFieldError('key', failure.message);
        return;
      }
      businessForm.setErrors(fieldErrors(failure));
      setError(errorMessage(failure));
      return;
    }
    await queryClient.invalidateQueries();
    notifications.show({ color: 'green', title: 'License key registered', message: `${data.subscription.name} is now in your account.` });
    close();
    navigate(`/accounts/${data.accountId}/dashboard`);
  };

  const submitKey = keyForm.onSubmit(async ({ key }) => {
    if (target === NEW_ACCOUNT) {
      setError(null);
      setStep('business');
      return;
    }
    await register({ key: key.trim(), accountId: target });
  });
  const submitBusiness = businessForm.onSubmit(async (values) => register({ key: keyForm.values.key.trim(), business: businessBody(values, countries) }));

  return (
    <Modal opened={opened} onClose={close} title={step === 'key' ? 'Register a license key' : 'Provide your business details'} size="lg" fullScreen={false}>
      {error && (
        <Alert color="red" role="alert" mb="sm">
          {error}
        </Alert>
      )}
      {step === 'key' ? (
        <form onSubmit={submitKey} noValidate>
          <Stack>
            <TextInput
              label="License key"
              placeholder="XXXXX-XXXXX-XXXXX-XXXXX-XXXXX"
              description="The key you received with your subscription"
              data-autofocus
              required
              autoComplete="off"
              spellCheck={false}
              {...keyForm.getInputProps('key')}
            />
            {adminAccounts.length > 0 && (
              <Select
                label="Register to"
                data={[...adminAccounts.map((a) => ({ value: a.id, label: a.companyName })), { value: NEW_ACCOUNT, label: 'A new business account' }]}
                value={target}
                onChange={(v) => keyForm.setFieldValue('target', v ?? '')}
                allowDeselect={false}
              />
            )}
            <Text size="sm" c="dimmed">
              Don&apos;t have a key? Buy one in the <Anchor href="https://www.parallels.com/" target="_blank" rel="noreferrer">online store</Anchor>.
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" loading={keyForm.submitting}>
                Register
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <form onSubmit={submitBusiness} noValidate>
          <Stack>
            <BusinessDetailsFields form={businessForm} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setStep('key')}>
                Back
              </Button>
              <Button type="submit" loading={businessForm.submitting}>
                Register
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
