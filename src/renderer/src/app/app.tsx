// Chooses the screen from the installation's state: first-run wizard, lock
// screen, forced password change, or the app shell.
import { Button, Paper, Stack } from '@mantine/core';
import { useCallback, useEffect } from 'react';
import { onLocked } from '../api/client';
import { ErrorAlert } from '../components/error-alert';
import { LoadingState } from '../components/loading-state';
import { PageTitle } from '../components/page-title';
import { useT } from '../i18n/use-t';
import { ForcedPasswordChange } from '../screens/lock/forced-password-change';
import { LockScreen } from '../screens/lock/lock-screen';
import { SetupWizard } from '../screens/setup/setup-wizard';
import { useSessionStore } from '../stores/session-store';
import { AppLayout } from './app-layout';
import { useIdleLock } from './use-idle-lock';

export function App() {
  const t = useT();
  const phase = useSessionStore((s) => s.phase);
  const session = useSessionStore((s) => s.session);
  const idleLockMinutes = useSessionStore((s) => s.idleLockMinutes);
  const start = useSessionStore((s) => s.start);
  const lock = useSessionStore((s) => s.lock);
  const lockedByMain = useSessionStore((s) => s.lockedByMain);
  const startError = useSessionStore((s) => s.startError);

  useEffect(() => {
    void start();
  }, [start]);

  useEffect(() => onLocked(() => void lockedByMain()), [lockedByMain]);

  const lockForIdle = useCallback(() => void lock('idle'), [lock]);
  useIdleLock(idleLockMinutes, phase === 'unlocked', lockForIdle);

  switch (phase) {
    case 'starting':
      return (
        <div className="centered-page">
          <main>
            <LoadingState label={t('app.loading')} />
          </main>
        </div>
      );
    case 'startFailed':
      return (
        <div className="centered-page">
          <Paper withBorder p="xl" maw={520} component="main">
            <Stack>
              <PageTitle>{t('app.startFailed')}</PageTitle>
              <ErrorAlert error={startError} />
              <Button onClick={() => void start()}>{t('app.retry')}</Button>
            </Stack>
          </Paper>
        </div>
      );
    case 'uninitialised':
      return <SetupWizard />;
    case 'locked':
      return <LockScreen />;
    case 'unlocked':
      return session?.mustChangePassword ? <ForcedPasswordChange /> : <AppLayout />;
  }
}
