import { Anchor, Container, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <Container py="xl">
      <Stack align="center">
        <Title order={1}>Page not found</Title>
        <Text c="dimmed">The page does not exist, or you have no access to it.</Text>
        <Anchor component={Link} to="/">
          Go to My Account
        </Anchor>
      </Stack>
    </Container>
  );
}
