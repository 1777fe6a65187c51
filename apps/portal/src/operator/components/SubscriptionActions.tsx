import { Button, Group, Modal, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { LicensingComponents } from '#api-client';
import { licensingApi } from '../../api/clients';
import { errorMessage } from '../../api/errors';
import { notifyDone } from './notify';

type Subscription = LicensingComponents['schemas']['OperatorSubscriptionResponseDto'];
type Action = 'upgrade' | 'renew' | 'suspend' | 'reactivate' | 'cancel';

const LABELS: Record<Action, { button: string; title: string; done: string; color?: string }> = {
  upgrade: { button: 'Upgrade', title: 'Add licenses', done: 'Licenses added' },
  renew: { button: 'Renew', title: 'Renew the subscription', done: 'Subscription renewed' },
  suspend: { button: 'Suspend', title: 'Suspend the subscription', done: 'Subscription suspended', color: 'yellow' },
  reactivate: { button: 'Reactivate', title: 'Reactivate the subscription', done: 'Subscription reactivated', color: 'green' },
  cancel: { button: 'Cancel subscription', title: 'Cancel the subscription', done: 'Subscription cancelled', color: 'red' },
};

/** What the subscription's stored status allows; each action appends to the order history. */
function available(s: Subscription): Action[] {
  if (s.storedStatus === 'cancelled') return [];
  const status: Action[] = s.storedStatus === 'suspended' ? ['reactivate'] : ['suspend'];
  return ['upgrade', 'renew', ...status, 'cancel'];
}

export function SubscriptionActions({ subscription }: { subscription: Subscription }) {
  const [action, setAction] = useState<Action | null>(null);
  const actions = available(subscription);
  if (actions.length === 0) return <Text size="sm" c="dimmed">A cancelled subscription takes no more changes.</Text>;
  return (
    <>
      <Group gap="xs" wrap="wrap" role="group" aria-label="Subscription actions">
        {actions.map((a) => (
          <Button key={a} variant={a === 'cancel' ? 'outline' : 'light'} color={LABELS[a].color} onClick={() => setAction(a)}>
            {LABELS[a].button}
          </Button>
        ))}
      </Group>
      {action && <ActionDialog action={action} subscription={subscription} onClose={() => setAction(null)} />}
    </>
  );
}

function ActionDialog({ action, subscription, onClose }: { action: Action; subscription: Subscription; onClose: () => void }) {
  const queryClient = useQueryClient();
  const path = { subscriptionId: subscription.id };
  const upgrade = licensingApi.useMutation('post', '/operator/subscriptions/{subscriptionId}/upgrade');
  const renew = licensingApi.useMutation('post', '/operator/subscriptions/{subscriptionId}/renew');
  const suspend = licensingApi.useMutation('post', '/operator/subscriptions/{subscriptionId}/suspend');
  const reactivate = licensingApi.useMutation('post', '/operator/subscriptions/{subscriptionId}/reactivate');
  const cancel = licensingApi.useMutation('post', '/operator/subscriptions/{subscriptionId}/cancel');
  const [reference, setReference] = useState('');
  const [quantity, setQuantity] = useState<number | string>(1);
  const [endsOn, setEndsOn] = useState<string | null>(dayjs(subscription.endsOn).add(1, 'year').format('YYYY-MM-DD'));
  const mutation = { upgrade, renew, suspend, reactivate, cancel }[action];
  const label = LABELS[action];

  const options = {
    onSuccess: async () => {
      notifyDone(label.done);
      await queryClient.invalidateQueries();
      onClose();
    },
  };
  const ref = reference.trim() || undefined;
  const submit = () => {
    if (action === 'upgrade') upgrade.mutate({ params: { path }, body: { additionalQuantity: Number(quantity), reference: ref } }, options);
    else if (action === 'renew') renew.mutate({ params: { path }, body: { endsOn: endsOn ?? '', reference: ref } }, options);
    else if (action === 'suspend') suspend.mutate({ params: { path }, body: { reference: ref } }, options);
    else if (action === 'reactivate') reactivate.mutate({ params: { path }, body: { reference: ref } }, options);
    else cancel.mutate({ params: { path }, body: { reference: ref } }, options);
  };

  return (
    <Modal opened onClose={onClose} title={label.title}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack>
          {action === 'upgrade' && (
            <NumberInput label="Licenses to add" description={`Now ${subscription.quantity}; the primary key gets the new ones`} min={1} max={1_000_000} allowDecimal={false} value={quantity} onChange={setQuantity} data-autofocus />
          )}
          {action === 'renew' && (
            <DateInput label="New end date (last valid day)" description={`Now ${dayjs(subscription.endsOn).format('MM/DD/YYYY')}`} valueFormat="YYYY-MM-DD" value={endsOn} onChange={setEndsOn} data-autofocus />
          )}
          {action === 'cancel' && <Text size="sm">Cancelling is final: the customer&apos;s proxy servers stop at their next refresh and the subscription cannot be reactivated.</Text>}
          {action === 'suspend' && <Text size="sm">The customer&apos;s proxy servers are told the license is suspended at their next refresh, until it is reactivated.</Text>}
          <TextInput label="Reference (sales order or ticket)" placeholder="SO-118900" value={reference} onChange={(e) => setReference(e.currentTarget.value)} />
          {mutation.error && (
            <Text c="red" size="sm" role="alert">
              {errorMessage(mutation.error)}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Back
            </Button>
            <Button type="submit" color={label.color} loading={mutation.isPending}>
              {label.button}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
