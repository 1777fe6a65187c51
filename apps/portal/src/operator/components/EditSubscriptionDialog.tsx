import { Button, Group, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import type { LicensingComponents } from '#api-client';
import { licensingApi } from '../../api/clients';
import { errorMessage, fieldErrors } from '../../api/errors';
import { notifyDone } from './notify';

type Subscription = LicensingComponents['schemas']['OperatorSubscriptionResponseDto'];

/** The subscription's name and contract details (number, sales channel, reseller, terms). */
export function EditSubscriptionDialog({ subscription: s, onClose }: { subscription: Subscription; onClose: () => void }) {
  const queryClient = useQueryClient();
  const update = licensingApi.useMutation('patch', '/operator/subscriptions/{subscriptionId}');
  const form = useForm({
    initialValues: {
      name: s.name,
      contractNumber: s.contract.contractNumber ?? '',
      salesChannel: s.contract.salesChannel,
      resellerName: s.contract.resellerName ?? '',
      contractTerms: s.contract.terms ?? '',
    },
    validate: { name: (v) => (v.trim() ? null : 'Enter a name') },
  });
  const submit = form.onSubmit((v) =>
    update.mutate(
      {
        params: { path: { subscriptionId: s.id } },
        body: {
          name: v.name.trim(),
          contractNumber: v.contractNumber.trim() || null,
          salesChannel: v.salesChannel,
          resellerName: v.salesChannel === 'reseller' ? v.resellerName.trim() || null : null,
          contractTerms: v.contractTerms.trim() || null,
        },
      },
      {
        onSuccess: async () => {
          notifyDone('Subscription details saved');
          await queryClient.invalidateQueries();
          onClose();
        },
        onError: (e) => form.setErrors(fieldErrors(e)),
      },
    ),
  );
  return (
    <Modal opened onClose={onClose} title="Edit the subscription's details" size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label="Name" {...form.getInputProps('name')} data-autofocus />
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
          <Textarea label="Contract terms" autosize minRows={2} maxRows={6} {...form.getInputProps('contractTerms')} />
          {update.error && !Object.keys(fieldErrors(update.error)).length && (
            <Text c="red" size="sm" role="alert">
              {errorMessage(update.error)}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Back
            </Button>
            <Button type="submit" loading={update.isPending}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
