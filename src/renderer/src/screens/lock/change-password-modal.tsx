import { Button } from '@mantine/core';
import { useT } from '../../i18n/use-t';
import { ChangePasswordForm } from './change-password-form';
import { notifySuccess } from '../../components/notify';
import { AppModal } from '../../components/app-modal';

export function ChangePasswordModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const t = useT();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('changePassword.title')}>
      {opened && (
        <ChangePasswordForm
          temporary={false}
          onDone={() => {
            notifySuccess(t('changePassword.done'));
            onClose();
          }}
          secondary={
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
          }
        />
      )}
    </AppModal>
  );
}
