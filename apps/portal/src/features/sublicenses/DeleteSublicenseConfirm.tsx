import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import type { LicensingComponents } from '#api-client';
import { licensingApi } from '../../api/clients';
import { errorMessage } from '../../api/errors';

type LicenseKey = LicensingComponents['schemas']['LicenseKeyResponseDto'];

/** "Delete this sublicense?": its installation is deactivated and its quota returns to the primary key. */
export function DeleteSublicenseConfirm(props: {
  accountId: string;
  subscriptionId: string;
  sublicense: LicenseKey;
  opened: boolean;
  onCancel: () => void;
  onDeleted: () => void;
}) {
  const queryClient = useQueryClient();
  const remove = licensingApi.useMutation('delete', '/accounts/{accountId}/subscriptions/{subscriptionId}/sublicenses/{keyId}');
  const confirm = () =>
    remove.mutate(
      { params: { path: { accountId: props.accountId, subscriptionId: props.subscriptionId, keyId: props.sublicense.id } } },
      {
        onSuccess: async () => {
          await queryClient.invalidateQueries();
          notifications.show({ color: 'green', message: `${props.sublicense.name} deleted` });
          props.onDeleted();
        },
      },
    );
  return (
    <Modal opened={props.opened} onClose={props.onCancel} title={`Delete ${props.sublicense.name}?`}>
      <Stack>
        <Text size="sm">
          Its {props.sublicense.quota} licenses return to the primary key.
          {props.sublicense.installation ? ` The installation ${props.sublicense.installation.serverName} that uses it is deactivated.` : ''}
        </Text>
        {remove.error && (
          <Alert color="red" role="alert">
            {errorMessage(remove.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            Cancel
          </Button>
          <Button color="red" loading={remove.isPending} onClick={confirm}>
            Delete license key
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
