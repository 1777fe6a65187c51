import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { licensingApi } from '../../api/clients';
import { errorMessage } from '../../api/errors';

export function RenameSubscriptionDialog(props: { accountId: string; subscriptionId: string; name: string; opened: boolean; onClose: () => void }) {
  const queryClient = useQueryClient();
  const rename = licensingApi.useMutation('patch', '/accounts/{accountId}/subscriptions/{subscriptionId}');
  const form = useForm({
    initialValues: { name: props.name },
    validate: { name: (v) => (v.trim() ? null : 'Enter a name') },
  });
  const submit = form.onSubmit(({ name }) =>
    rename.mutate(
      { params: { path: { accountId: props.accountId, subscriptionId: props.subscriptionId } }, body: { name: name.trim() } },
      {
        onSuccess: async () => {
          await queryClient.invalidateQueries();
          notifications.show({ color: 'green', message: 'Subscription renamed' });
          props.onClose();
        },
        onError: (error) => form.setFieldError('name', errorMessage(error)),
      },
    ),
  );
  return (
    <Modal opened={props.opened} onClose={props.onClose} title="Rename subscription">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label="Display name" data-autofocus required {...form.getInputProps('name')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={rename.isPending}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
