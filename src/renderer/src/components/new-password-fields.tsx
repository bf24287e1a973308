// A new password, its strength and the same again: the last fields of the
// change-password and recovery forms. Field paths `newPassword` and `repeat`.
import { PasswordInput } from '@mantine/core';
import { useT } from '../i18n/use-t';
import { PasswordStrengthMeter } from './password-strength-meter';

interface Props {
  newPassword: string;
  repeat: string;
  onNewPassword(value: string): void;
  onRepeat(value: string): void;
  fieldError(path: 'newPassword' | 'repeat'): string | undefined;
}

export function NewPasswordFields({ newPassword, repeat, onNewPassword, onRepeat, fieldError }: Props) {
  const t = useT();
  return (
    <>
      <PasswordInput
        label={t('password.new')}
        description={t('password.hint')}
        value={newPassword}
        onChange={(e) => onNewPassword(e.currentTarget.value)}
        error={fieldError('newPassword')}
        required
        autoComplete="new-password"
      />
      <PasswordStrengthMeter password={newPassword} />
      <PasswordInput
        label={t('password.repeatNew')}
        value={repeat}
        onChange={(e) => onRepeat(e.currentTarget.value)}
        error={fieldError('repeat')}
        required
        autoComplete="new-password"
      />
    </>
  );
}
