import { ActionIcon, Alert, Button, Group, List, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconX } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { IdentityComponents } from '#api-client';
import { identity } from '../../api/clients';
import { errorMessage } from '../../api/errors';

type Outcome = IdentityComponents['schemas']['InvitationOutcomeDto'];
const OUTCOME_TEXT: Record<Outcome['result'], string> = {
  invited: 'invitation sent',
  already_member: 'already a member',
  already_invited: 'already invited',
  invalid: 'not an email address',
};

/** Invite Users: type an address, Add (as many as needed), then Send Invitations; one result per address. */
export function InviteUsersDialog({ accountId, opened, onClose }: { accountId: string; opened: boolean; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState('');
  const [draftError, setDraftError] = useState<string | null>(null);
  const [emails, setEmails] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [results, setResults] = useState<Outcome[] | null>(null);

  const reset = () => {
    setDraft('');
    setDraftError(null);
    setEmails([]);
    setError(null);
    setResults(null);
    onClose();
  };
  const add = () => {
    const email = draft.trim().toLowerCase();
    if (!/^\S+@\S+\.\S+$/.test(email)) return setDraftError('Type an email address');
    if (emails.includes(email)) return setDraftError('This address is on the list already');
    setEmails([...emails, email]);
    setDraft('');
    setDraftError(null);
  };
  const send = async () => {
    setBusy(true);
    setError(null);
    const { data, error: failure } = await identity.POST('/accounts/{accountId}/invitations', { params: { path: { accountId } }, body: { emails } });
    setBusy(false);
    if (!data) return setError(errorMessage(failure));
    setResults(data.results);
    const sent = data.results.filter((r) => r.result === 'invited').length;
    notifications.show({ color: sent ? 'green' : 'yellow', title: `${sent} of ${data.results.length} invitations sent`, message: 'Pending invitations are listed below the users.' });
    await queryClient.invalidateQueries();
  };

  return (
    <Modal opened={opened} onClose={reset} title="Invite Users" size="lg">
      {results ? (
        <Stack>
          <List aria-label="Invitation results">
            {results.map((r) => (
              <List.Item key={r.email}>
                {r.email}: {OUTCOME_TEXT[r.result]}
              </List.Item>
            ))}
          </List>
          <Group justify="flex-end">
            <Button onClick={reset}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <Stack>
          <Text size="sm">Type the email address of a user and click Add. Invited users join as regular members.</Text>
          <Group align="flex-start" wrap="nowrap">
            <TextInput
              label="Email address"
              type="email"
              flex={1}
              value={draft}
              error={draftError}
              onChange={(e) => setDraft(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  add();
                }
              }}
              data-autofocus
            />
            <Button mt={25} variant="light" onClick={add}>
              Add
            </Button>
          </Group>
          {emails.length === 0 ? (
            <Text size="sm" c="dimmed">
              No addresses yet.
            </Text>
          ) : (
            <Stack gap={4} aria-label="Addresses to invite" role="list">
              {emails.map((email) => (
                <Group key={email} justify="space-between" role="listitem">
                  <Text>{email}</Text>
                  <ActionIcon variant="subtle" color="gray" aria-label={`Remove ${email}`} onClick={() => setEmails(emails.filter((e) => e !== email))}>
                    <IconX size={16} />
                  </ActionIcon>
                </Group>
              ))}
            </Stack>
          )}
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={reset}>
              Cancel
            </Button>
            <Button disabled={emails.length === 0} loading={busy} onClick={send}>
              Send Invitations
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
