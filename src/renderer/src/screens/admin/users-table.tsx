import { Badge, Button, Group, Table } from '@mantine/core';
import { useState } from 'react';
import type { AppError } from '../../../../shared/envelope';
import type { User } from '../../../../shared/ipc/users';
import { ErrorAlert } from '../../components/error-alert';
import { useT } from '../../i18n/use-t';
import { useSessionStore } from '../../stores/session-store';
import { runApi } from '../../data/use-api-mutation';
import { notifySuccess } from '../../components/notify';

interface Props {
  users: User[];
  onResetPassword(user: User): void;
}

export function UsersTable({ users, onResetPassword }: Props) {
  const t = useT();
  const me = useSessionStore((s) => s.session?.userId);
  const [busyId, setBusyId] = useState<number | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  async function toggle(user: User) {
    setBusyId(user.id);
    setError(null);
    const result = await runApi('users:setDisabled', { userId: user.id, disabled: !user.disabled });
    setBusyId(null);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    notifySuccess(
      t(result.value.disabled ? 'users.disabledDone' : 'users.enabledDone', {
        name: result.value.displayName,
      }),
    );
  }

  return (
    <>
      <ErrorAlert error={error} />
      <Table.ScrollContainer minWidth={720}>
        <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('users.heading')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('users.colName')}</Table.Th>
              <Table.Th scope="col">{t('users.colUsername')}</Table.Th>
              <Table.Th scope="col">{t('users.colRole')}</Table.Th>
              <Table.Th scope="col">{t('users.colStatus')}</Table.Th>
              <Table.Th scope="col">{t('users.colActions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.map((user) => (
              <Table.Tr key={user.id}>
                <Table.Td>
                  {user.displayName} {user.id === me && t('users.you')}
                </Table.Td>
                <Table.Td>{user.username}</Table.Td>
                <Table.Td>{t(`role.${user.role}`)}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <Badge color={user.disabled ? 'gray' : 'green'} variant="light">
                      {user.disabled ? t('users.statusDisabled') : t('users.statusActive')}
                    </Badge>
                    {user.mustChangePassword && !user.disabled && (
                      <Badge color="orange" variant="light">
                        {t('users.statusMustChange')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => onResetPassword(user)}
                      aria-label={t('users.resetPasswordFor', { name: user.displayName })}
                    >
                      {t('users.resetPassword')}
                    </Button>
                    {user.id !== me && (
                      <Button
                        size="xs"
                        variant="default"
                        loading={busyId === user.id}
                        onClick={() => void toggle(user)}
                        aria-label={t(user.disabled ? 'users.enableFor' : 'users.disableFor', {
                          name: user.displayName,
                        })}
                      >
                        {user.disabled ? t('users.enable') : t('users.disable')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
