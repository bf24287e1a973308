import { useState } from 'react';
import type { FieldErrors } from '../api/zod-fields';

/**
 * The state behind `NewPasswordFields`: typing in a field clears its error
 * (and the repeat's, when the new password changes), and `checkRepeat` adds
 * the mismatch error once the new password itself is fine.
 */
export function useNewPassword(clear: (...paths: string[]) => void) {
  const [newPassword, setNewPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  return {
    newPassword,
    checkRepeat(found: FieldErrors): void {
      if (!found.newPassword && newPassword !== repeat) found.repeat = 'password.mismatch';
    },
    fields: {
      newPassword,
      repeat,
      onNewPassword(value: string) {
        setNewPassword(value);
        clear('newPassword', 'repeat');
      },
      onRepeat(value: string) {
        setRepeat(value);
        clear('repeat');
      },
    },
  };
}
