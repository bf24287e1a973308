import { NativeSelect } from '@mantine/core';
import type { LockScreenUser } from '../../../../shared/ipc/auth';
import { useT } from '../../i18n/use-t';

/** What the lock screen gives each of its forms: the users to choose from and the one chosen. */
export interface SignInFormProps {
  users: LockScreenUser[];
  username: string;
  onUsernameChange(username: string): void;
}

interface Props extends SignInFormProps {
  error?: string | undefined;
  /** Called after a user is chosen (to clear the form's errors about the choice). */
  onChosen(): void;
}

/** The signed-in-able users of this computer, as a native select (simple for keyboard and screen readers). */
export function UserSelect({ users, username, onUsernameChange, error, onChosen }: Props) {
  const t = useT();
  const options = users.map((u) => ({ value: u.username, label: `${u.displayName} (${u.username})` }));
  return (
    <NativeSelect
      label={t('lock.user')}
      value={username}
      onChange={(e) => {
        onUsernameChange(e.currentTarget.value);
        onChosen();
      }}
      data={users.length === 1 ? options : [{ value: '', label: t('lock.chooseUser') }, ...options]}
      error={error}
      required
      autoComplete="username"
    />
  );
}
