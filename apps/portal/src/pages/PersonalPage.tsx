import { Button, Card, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { RegisterKeyDialog } from '../features/register/RegisterKeyDialog';
import { useSession } from '../session/useSession';

/** The personal account: no subscriptions of its own; the next step is registering a key. */
export function PersonalPage() {
  const state = useSession();
  const [opened, dialog] = useDisclosure(false);
  if (state.status !== 'signedIn') return null;
  return (
    <Stack maw={720}>
      <Title order={2}>
        {state.user.firstName} {state.user.lastName}
      </Title>
      <Text c="dimmed">{state.user.email}</Text>
      <Card withBorder padding="lg">
        <Stack>
          <Title order={3}>Start with registering your product</Title>
          <Text>Input the license key you received with your subscription. We will create a business account for your organization, with you as its administrator.</Text>
          <Button onClick={dialog.open} w="fit-content">
            Register a license key
          </Button>
        </Stack>
      </Card>
      <RegisterKeyDialog opened={opened} onClose={dialog.close} />
    </Stack>
  );
}
