import { Container, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** The frame of the signed-out pages: a title and one card. */
export function AuthLayout({ title, subtitle, children }: { title: string; subtitle?: ReactNode; children: ReactNode }) {
  return (
    <Container size={460} py={{ base: 'md', sm: 60 }} component="main">
      <Stack gap="xs" mb="lg" align="center">
        <Text fw={700} c="red.9" size="sm" tt="uppercase">
          My Account
        </Text>
        <Title order={1} ta="center" fz={{ base: 24, sm: 28 }}>
          {title}
        </Title>
        {subtitle && (
          <Text c="dimmed" size="sm" ta="center">
            {subtitle}
          </Text>
        )}
      </Stack>
      <Paper withBorder shadow="sm" p={{ base: 'md', sm: 'xl' }} radius="md">
        {children}
      </Paper>
    </Container>
  );
}
