import { Button, Group, Stack, Title } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { User } from '../../../../shared/ipc/users';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { useT } from '../../i18n/use-t';
import { useUsers } from './use-admin-data';
import { CreateUserModal } from './create-user-modal';
import { ResetPasswordModal } from './reset-password-modal';
import { UsersTable } from './users-table';

export function UsersTab() {
  const t = useT();
  const { users, loaded, error } = useUsers();
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<User | null>(null);

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('users.heading')}
        </Title>
        <Button leftSection={<IconUserPlus size={16} aria-hidden="true" />} onClick={() => setCreating(true)}>
          {t('users.new')}
        </Button>
      </Group>
      <ErrorAlert error={error} />
      {loaded ? (
        <UsersTable users={users} onResetPassword={setResetting} />
      ) : (
        !error && <LoadingState label={t('common.loading')} />
      )}
      <CreateUserModal opened={creating} onClose={() => setCreating(false)} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </Stack>
  );
}
