import { Alert, Badge, Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { IdentityComponents } from '#api-client';
import { identity } from '../../api/clients';
import { errorMessage } from '../../api/errors';
import { ROLE_LABELS, STATUS_LABELS } from './BusinessTabs';

type Member = IdentityComponents['schemas']['MemberResponseDto'];
type Busy = null | 'save' | 'block' | 'unblock' | 'delete';

/** The user membership dialog of the guide: status with Block / Unblock, role, notes; Delete, Cancel, Save. */
export function MemberDialog({ accountId, member, canManage, onClose }: { accountId: string; member: Member; canManage: boolean; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState<Busy>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const form = useForm({ initialValues: { role: member.role as string, notes: member.notes ?? '' } });
  const name = `${member.firstName} ${member.lastName}`;
  const path = { params: { path: { accountId, memberId: member.id } } };

  const run = async (what: Exclude<Busy, null>, call: () => Promise<{ response: Response; error?: unknown }>, done: string) => {
    setBusy(what);
    setError(null);
    const { response, error: failure } = await call();
    setBusy(null);
    if (!response.ok) return setError(errorMessage(failure));
    await queryClient.invalidateQueries();
    notifications.show({ color: 'green', title: done, message: name });
    onClose();
  };
  const save = form.onSubmit((v) =>
    run('save', () => identity.PATCH('/accounts/{accountId}/members/{memberId}', { ...path, body: { role: v.role as Member['role'], notes: v.notes.trim() || null } }), 'Saved'),
  );

  return (
    <Modal opened onClose={onClose} title={name}>
      <form onSubmit={save} noValidate>
        <Stack>
          <Group justify="space-between">
            <Badge color={member.status === 'active' ? 'green' : 'gray'} variant="dot" size="lg">
              {STATUS_LABELS[member.status]}
            </Badge>
            {canManage &&
              (member.status === 'active' ? (
                <Button variant="outline" color="orange" loading={busy === 'block'} onClick={() => run('block', () => identity.POST('/accounts/{accountId}/members/{memberId}/block', path), 'Blocked')}>
                  Block
                </Button>
              ) : (
                <Button variant="outline" loading={busy === 'unblock'} onClick={() => run('unblock', () => identity.POST('/accounts/{accountId}/members/{memberId}/unblock', path), 'Unblocked')}>
                  Unblock
                </Button>
              ))}
          </Group>
          <Group gap="xs">
            <Text fw={600}>Email</Text>
            <Text>{member.email}</Text>
          </Group>
          <Select
            label="Role"
            disabled={!canManage}
            allowDeselect={false}
            data={[
              { value: 'member', label: ROLE_LABELS.member },
              { value: 'admin', label: ROLE_LABELS.admin },
            ]}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('role')}
          />
          <Textarea label="Notes" disabled={!canManage} autosize minRows={2} maxLength={2000} {...form.getInputProps('notes')} />
          {form.values.role !== member.role && <Text size="sm" c="dimmed">The user needs to sign out and in again for the new role to take effect.</Text>}
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          {confirmDelete ? (
            <Alert color="red" title={`Delete ${name} from this business account?`}>
              <Stack gap="xs">
                <Text size="sm">They are emailed, and you can invite them again later.</Text>
                <Group>
                  <Button color="red" loading={busy === 'delete'} onClick={() => run('delete', () => identity.DELETE('/accounts/{accountId}/members/{memberId}', path), 'Removed from the account')}>
                    Delete member
                  </Button>
                  <Button variant="default" onClick={() => setConfirmDelete(false)}>
                    Keep
                  </Button>
                </Group>
              </Stack>
            </Alert>
          ) : (
            <Group justify="space-between">
              {canManage ? (
                <Button color="red" variant="subtle" onClick={() => setConfirmDelete(true)}>
                  Delete
                </Button>
              ) : (
                <span />
              )}
              <Group>
                <Button variant="default" onClick={onClose}>
                  Cancel
                </Button>
                {canManage && (
                  <Button type="submit" loading={busy === 'save'}>
                    Save
                  </Button>
                )}
              </Group>
            </Group>
          )}
        </Stack>
      </form>
    </Modal>
  );
}
