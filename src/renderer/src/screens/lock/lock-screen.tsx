// The lock screen: the organisation's name, sign in, or reset with the recovery key.
import { Alert, Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { LoadingState } from '../../components/loading-state';
import { PageTitle } from '../../components/page-title';
import { useT } from '../../i18n/use-t';
import { useSessionStore } from '../../stores/session-store';
import { RecoverForm } from './recover-form';
import { UnlockForm } from './unlock-form';

export function LockScreen() {
  const t = useT();
  const organisationName = useSessionStore((s) => s.organisationName);
  const users = useSessionStore((s) => s.users);
  const lockReason = useSessionStore((s) => s.lockReason);
  const idleLockMinutes = useSessionStore((s) => s.idleLockMinutes);
  const [view, setView] = useState<'unlock' | 'recover'>('unlock');
  const [username, setUsername] = useState('');
  const mainRef = useRef<HTMLElement>(null);

  // With a single user there is nothing to choose.
  useEffect(() => {
    if (users?.length === 1 && users[0] && username === '') setUsername(users[0].username);
  }, [users, username]);

  useEffect(() => {
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [view]);

  const reason =
    lockReason === 'idle'
      ? idleLockMinutes === 1
        ? t('lock.reasonIdleOne')
        : t('lock.reasonIdle', { minutes: idleLockMinutes })
      : lockReason === 'system'
        ? t('lock.reasonSystem')
        : lockReason === 'restored'
          ? t('backups.lockReasonRestored')
          : null;

  return (
    <div className="centered-page">
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={480} component="main" ref={mainRef}>
        <Stack gap="md">
          <Group gap={6} c="blue.9">
            <IconLock size={18} aria-hidden="true" />
            <Text fw={700}>{t('app.name')}</Text>
          </Group>
          <PageTitle>
            {view === 'unlock' ? (organisationName ?? t('app.name')) : t('recover.title')}
          </PageTitle>
          {view === 'unlock' && <Text>{t('lock.subtitle')}</Text>}
          {reason && view === 'unlock' && (
            <Alert color="blue" variant="light">
              {reason}
            </Alert>
          )}
          {users === null ? (
            <LoadingState label={t('app.loading')} />
          ) : users.length === 0 ? (
            <Text>{t('lock.noUsers')}</Text>
          ) : view === 'unlock' ? (
            <UnlockForm users={users} username={username} onUsernameChange={setUsername} />
          ) : (
            <RecoverForm users={users} username={username} onUsernameChange={setUsername} />
          )}
          <Anchor
            component="button"
            type="button"
            onClick={() => setView(view === 'unlock' ? 'recover' : 'unlock')}
          >
            {view === 'unlock' ? t('lock.forgot') : t('recover.backToUnlock')}
          </Anchor>
        </Stack>
      </Paper>
    </div>
  );
}
