import { Alert, Anchor, Button, Checkbox, Code, CopyButton, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import type { LicensingComponents } from '#api-client';
import { licensingApi } from '../../api/clients';
import { errorMessage, fieldErrors } from '../../api/errors';

type Created = LicensingComponents['schemas']['CreateSubscriptionResponseDto'];
type Body = LicensingComponents['schemas']['CreateSubscriptionRequestDto'];

interface Values {
  productCode: string;
  isTrial: boolean;
  name: string;
  quantity: number | string;
  startsOn: string | null;
  endsOn: string | null;
  renewalEnabled: boolean;
  reference: string;
  contractNumber: string;
  salesChannel: 'direct' | 'reseller';
  resellerName: string;
}

/**
 * Creates a subscription or a trial, for an account or for the customer to register with its key.
 * The primary key is shown once the subscription exists, with a copy button.
 */
export function CreateSubscriptionDialog({ opened, onClose, account }: { opened: boolean; onClose: () => void; account?: { id: string; companyName: string } }) {
  const queryClient = useQueryClient();
  const products = licensingApi.useQuery('get', '/operator/products', { params: { query: { pageSize: 200 } } }, { enabled: opened });
  const create = licensingApi.useMutation('post', '/operator/subscriptions');
  const [created, setCreated] = useState<Created | null>(null);
  const form = useForm<Values>({
    initialValues: {
      productCode: '',
      isTrial: false,
      name: '',
      quantity: 10,
      startsOn: null,
      endsOn: dayjs().add(1, 'year').format('YYYY-MM-DD'),
      renewalEnabled: false,
      reference: '',
      contractNumber: '',
      salesChannel: 'direct',
      resellerName: '',
    },
    validate: {
      quantity: (v, all) => (all.isTrial && v === '' ? null : Number(v) >= 1 ? null : 'At least 1 license'),
      endsOn: (v) => (v ? null : 'Choose the last valid day'),
    },
  });

  // The API's default product, or the first one, until the operator picks another.
  const items = products.data?.items ?? [];
  const defaultProduct = (items.find((p) => p.code === 'mac-management') ?? items[0])?.code ?? 'mac-management';

  const close = () => {
    setCreated(null);
    create.reset();
    form.reset();
    onClose();
  };

  const submit = form.onSubmit((v) => {
    if (!v.endsOn) return;
    const body: Body = {
      accountId: account?.id,
      productCode: v.productCode || defaultProduct,
      isTrial: v.isTrial,
      name: v.name.trim() || undefined,
      quantity: v.quantity === '' ? undefined : Number(v.quantity),
      startsOn: v.startsOn ?? undefined,
      endsOn: v.endsOn,
      renewalEnabled: v.renewalEnabled,
      reference: v.reference.trim() || undefined,
      contractNumber: v.contractNumber.trim() || null,
      salesChannel: v.salesChannel,
      resellerName: v.salesChannel === 'reseller' ? v.resellerName.trim() || null : null,
    };
    create.mutate(
      { body },
      {
        onSuccess: async (data) => {
          setCreated(data);
          await queryClient.invalidateQueries();
        },
        onError: (error) => form.setErrors(fieldErrors(error)),
      },
    );
  });

  const title = created ? (created.subscription.isTrial ? 'Trial created' : 'Subscription created') : account ? `New subscription for ${account.companyName}` : 'New subscription';

  return (
    <Modal opened={opened} onClose={close} title={title} size="lg" closeOnClickOutside={!created}>
      {created ? (
        <Stack>
          <Text size="sm">
            {created.subscription.name}: {created.subscription.quantity} licenses until {dayjs(created.subscription.endsOn).format('MM/DD/YYYY')}.
          </Text>
          <Alert color="yellow" title="Hand this primary license key to the customer">
            Copy it now{created.subscription.account ? '' : ': the customer registers it in My Account'}. Afterwards it is only on the subscription's page in the back office, never in emails or logs.
          </Alert>
          <Group gap="xs" wrap="wrap">
            <Code fz="md">
              {created.key}
            </Code>
            <CopyButton value={created.key}>
              {({ copied, copy }) => (
                <Button size="xs" variant={copied ? 'filled' : 'light'} color={copied ? 'green' : undefined} leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />} onClick={copy}>
                  {copied ? 'Copied' : 'Copy key'}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Group justify="space-between">
            <Anchor component={Link} to={`/operator/subscriptions/${created.id}`} onClick={close}>
              Open the subscription
            </Anchor>
            <Button onClick={close}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            {create.error && !Object.keys(fieldErrors(create.error)).length && (
              <Alert color="red" role="alert">
                {errorMessage(create.error)}
              </Alert>
            )}
            {!account && <Text size="sm" c="dimmed">Not tied to an account: the customer registers it with its primary key.</Text>}
            <Checkbox
              label="Trial (5 licenses unless given, at most 90 days)"
              {...form.getInputProps('isTrial', { type: 'checkbox' })}
              onChange={(e) => {
                const trial = e.currentTarget.checked;
                form.setValues({ isTrial: trial, quantity: trial ? '' : 10, endsOn: (trial ? dayjs().add(29, 'day') : dayjs().add(1, 'year')).format('YYYY-MM-DD') });
              }}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label="Product"
                placeholder={products.isPending ? 'Loading…' : undefined}
                data={items.map((p) => ({ value: p.code, label: p.name }))}
                allowDeselect={false}
                value={form.values.productCode || (products.data ? defaultProduct : null)}
                onChange={(v) => form.setFieldValue('productCode', v ?? '')}
              />
              <TextInput label="Name" placeholder={form.values.isTrial ? '<product> Trial' : '<product> Subscription'} {...form.getInputProps('name')} />
              <NumberInput label="Licenses" min={1} max={1_000_000} allowDecimal={false} placeholder={form.values.isTrial ? '5' : undefined} {...form.getInputProps('quantity')} />
              <TextInput label="Sales order reference" placeholder="SO-118822" {...form.getInputProps('reference')} />
              <DateInput label="Starts on" placeholder="Today" valueFormat="YYYY-MM-DD" clearable {...form.getInputProps('startsOn')} />
              <DateInput label="Ends on (last valid day)" placeholder="YYYY-MM-DD" valueFormat="YYYY-MM-DD" clearable {...form.getInputProps('endsOn')} />
              <TextInput label="Contract number" {...form.getInputProps('contractNumber')} />
              <Select
                label="Sales channel"
                data={[
                  { value: 'direct', label: 'Direct' },
                  { value: 'reseller', label: 'Reseller' },
                ]}
                allowDeselect={false}
                {...form.getInputProps('salesChannel')}
              />
              {form.values.salesChannel === 'reseller' && <TextInput label="Reseller name" {...form.getInputProps('resellerName')} />}
            </SimpleGrid>
            <Checkbox label="Renews automatically" {...form.getInputProps('renewalEnabled', { type: 'checkbox' })} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" loading={create.isPending}>
                {form.values.isTrial ? 'Create trial' : 'Create subscription'}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
