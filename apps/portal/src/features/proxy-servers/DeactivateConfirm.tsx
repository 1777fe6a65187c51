import { Button, Group, Modal, Stack, Text } from '@mantine/core';

/** "Deactivate N servers?": the proxies learn it at their next refresh; the admins are emailed. */
export function DeactivateConfirm(props: { count: number; name?: string; opened: boolean; loading: boolean; onCancel: () => void; onConfirm: () => void }) {
  const what = props.name ?? (props.count === 1 ? '1 proxy server' : `${props.count} proxy servers`);
  return (
    <Modal opened={props.opened} onClose={props.onCancel} title={`Deactivate ${what}?`}>
      <Stack>
        <Text size="sm">
          Their license keys are released and can activate another installation. Each proxy learns it at its next refresh, and the account&apos;s
          administrators are emailed.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            Cancel
          </Button>
          <Button color="red" loading={props.loading} onClick={props.onConfirm}>
            Deactivate
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
