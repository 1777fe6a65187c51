import '@mantine/dates/styles.css';
import { ActionIcon, Alert, Button, Checkbox, Group, Modal, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useRef, useState } from 'react';
import { IconPencil } from '@tabler/icons-react';
import type { LicensingComponents } from '#api-client';
import { licensingApi } from '../../api/clients';
import { errorCode, errorMessage, fieldErrors } from '../../api/errors';
import { formatDate } from '../subscriptions/format';
import { DeleteSublicenseConfirm } from './DeleteSublicenseConfirm';

type LicenseKey = LicensingComponents['schemas']['LicenseKeyResponseDto'];

/** Which form field a refusal of the server belongs to; the others show above the buttons. */
const FIELD_OF_CODE: Record<string, 'quota' | 'expiresOn'> = {
  QUOTA_EXCEEDED: 'quota',
  QUOTA_BELOW_USAGE: 'quota',
  EXPIRY_REQUIRED: 'expiresOn',
  EXPIRY_WITH_RENEWAL: 'expiresOn',
  EXPIRY_AFTER_SUBSCRIPTION: 'expiresOn',
  EXPIRY_IN_PAST: 'expiresOn',
};

export interface SublicenseDialogProps {
  accountId: string;
  subscriptionId: string;
  subscriptionEndsOn: string;
  /** The primary key's vacant licenses: what a new or larger sublicense can take. */
  primaryVacant: number;
  /** The sublicense to modify; none to create one. */
  sublicense: LicenseKey | null;
  /** The default name of a new one ("License Key N"). */
  defaultName: string;
  opened: boolean;
  onClose: () => void;
}

/**
 * The guide's "License Key" dialog: name, "Quota of Licenses (N out of M)", type, "Renew with
 * Subscription" or an own expiration date; Delete when modifying. The rules are checked here for a
 * quick answer and again by the server, whose refusals land on the field they are about.
 */
export function SublicenseDialog(props: SublicenseDialogProps) {
  // Remounting per opened key keeps the form's initial values right.
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.sublicense ? 'Modify license key' : 'Create license key'}>
      {props.opened && <SublicenseForm key={props.sublicense?.id ?? 'new'} {...props} />}
    </Modal>
  );
}

function SublicenseForm(props: SublicenseDialogProps) {
  const queryClient = useQueryClient();
  const existing = props.sublicense;
  const maxQuota = (existing?.quota ?? 0) + props.primaryVacant;
  const minQuota = Math.max(1, existing?.used ?? 0);
  const today = dayjs().format('YYYY-MM-DD');
  const [general, setGeneral] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const create = licensingApi.useMutation('post', '/accounts/{accountId}/subscriptions/{subscriptionId}/sublicenses');
  const update = licensingApi.useMutation('patch', '/accounts/{accountId}/subscriptions/{subscriptionId}/sublicenses/{keyId}');

  const form = useForm({
    initialValues: {
      name: existing?.name ?? props.defaultName,
      quota: existing?.quota ?? Math.min(1, maxQuota),
      renewsWithSubscription: existing?.renewsWithSubscription ?? true,
      expiresOn: existing && !existing.renewsWithSubscription ? existing.expiresOn : (null as string | null),
    },
    validate: {
      name: (v) => (v.trim() ? null : 'Enter a name'),
      quota: (v) => {
        if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) return 'Enter a whole number of licenses, at least 1';
        if (v > maxQuota) return `At most ${maxQuota}: the primary key has ${props.primaryVacant} vacant licenses`;
        if (existing && v < existing.used) return `At least ${existing.used}: the installation using this key manages ${existing.used} computers`;
        return null;
      },
      expiresOn: (v, values) => {
        if (values.renewsWithSubscription) return null;
        if (!v) return 'Choose an expiration date, or renew with the subscription';
        if (v > props.subscriptionEndsOn) return `Not later than the subscription's end (${formatDate(props.subscriptionEndsOn)})`;
        if (v < today && v !== existing?.expiresOn) return 'The expiration date is in the past';
        return null;
      },
    },
  });

  const onError = (error: unknown) => {
    const code = errorCode(error);
    const field = code ? FIELD_OF_CODE[code] : undefined;
    // Another change took licenses (or moved the subscription's end) meanwhile: fetch again, so
    // "N out of M" and the latest date allowed are today's.
    if (code === 'QUOTA_EXCEEDED' || code === 'EXPIRY_AFTER_SUBSCRIPTION') void queryClient.invalidateQueries();
    const fields = fieldErrors(error);
    if (field) form.setFieldError(field, errorMessage(error));
    else if (Object.keys(fields).length > 0) form.setErrors(fields);
    else setGeneral(errorMessage(error));
  };
  const onSuccess = async (message: string) => {
    await queryClient.invalidateQueries();
    notifications.show({ color: 'green', message });
    props.onClose();
  };

  const submit = form.onSubmit((values) => {
    setGeneral(null);
    const body = {
      name: values.name.trim(),
      quota: values.quota,
      renewsWithSubscription: values.renewsWithSubscription,
      expiresOn: values.renewsWithSubscription ? null : values.expiresOn,
    };
    const path = { accountId: props.accountId, subscriptionId: props.subscriptionId };
    if (existing) {
      // An unchanged own date is left out: the server checks only a date that is being set.
      const changedDate = body.expiresOn !== existing.expiresOn || existing.renewsWithSubscription;
      update.mutate(
        { params: { path: { ...path, keyId: existing.id } }, body: { ...body, expiresOn: changedDate ? body.expiresOn : undefined } },
        { onSuccess: () => onSuccess(`${body.name} saved`), onError },
      );
    } else {
      create.mutate({ params: { path }, body }, { onSuccess: () => onSuccess(`${body.name} created`), onError });
    }
  });

  const quota = typeof form.values.quota === 'number' ? form.values.quota : 0;
  const renewProps = form.getInputProps('renewsWithSubscription', { type: 'checkbox' });
  return (
    <>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            ref={nameRef}
            label="Name"
            required
            data-autofocus
            {...form.getInputProps('name')}
            // The guide's pencil by the key's display name: it puts the cursor in the name.
            rightSectionPointerEvents="all"
            rightSection={
              <ActionIcon variant="subtle" color="gray" aria-label="Edit the name" onClick={() => nameRef.current?.select()}>
                <IconPencil size={16} aria-hidden />
              </ActionIcon>
            }
          />
          <NumberInput
            label={`Quota of Licenses (${quota} out of ${maxQuota})`}
            description={`The primary key has ${props.primaryVacant} vacant licenses${existing ? `; this key's installation manages ${existing.used}` : ''}`}
            required
            min={minQuota}
            max={maxQuota}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            {...form.getInputProps('quota')}
          />
          <Select label="Type" data={[{ value: 'reserved', label: 'Reserved' }]} value="reserved" readOnly required />
          <Checkbox
            label="Renew with Subscription"
            description="The key expires with the subscription and renews with it"
            {...renewProps}
            onChange={(event) => {
              renewProps.onChange(event);
              // The date's complaint is about the other choice.
              form.clearFieldError('expiresOn');
            }}
          />
          <DateInput
            label="Expiration Date"
            placeholder={form.values.renewsWithSubscription ? formatDate(props.subscriptionEndsOn) : 'MM/DD/YYYY'}
            valueFormat="MM/DD/YYYY"
            minDate={today}
            maxDate={props.subscriptionEndsOn}
            disabled={form.values.renewsWithSubscription}
            clearable
            popoverProps={{ withinPortal: true }}
            {...form.getInputProps('expiresOn')}
          />
          {general && (
            <Alert color="red" role="alert">
              {general}
            </Alert>
          )}
          {existing?.installation && (
            <Text size="sm" c="dimmed">
              In use by {existing.installation.serverName}: deleting the key deactivates that installation.
            </Text>
          )}
          <Group justify="space-between">
            {existing ? (
              <Button color="red" variant="subtle" onClick={() => setDeleting(true)}>
                Delete
              </Button>
            ) : (
              <span />
            )}
            <Group>
              <Button variant="default" onClick={props.onClose}>
                Cancel
              </Button>
              <Button type="submit" loading={create.isPending || update.isPending}>
                Save
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
      {existing && (
        <DeleteSublicenseConfirm
          accountId={props.accountId}
          subscriptionId={props.subscriptionId}
          sublicense={existing}
          opened={deleting}
          onCancel={() => setDeleting(false)}
          onDeleted={props.onClose}
        />
      )}
    </>
  );
}
