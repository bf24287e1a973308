import { Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { contract } from '../../../../shared/ipc/contract';
import { validate } from '../../api/zod-fields';
import { NewPasswordFields } from '../../components/new-password-fields';
import { useNewPassword } from '../../components/use-new-password';
import { useT } from '../../i18n/use-t';
import { useSessionStore } from '../../stores/session-store';
import { SignInSubmit } from './sign-in-submit';
import { useSignInErrors } from './use-sign-in-errors';
import { UserSelect, type SignInFormProps } from './user-select';

export function RecoverForm(props: SignInFormProps) {
  const { username } = props;
  const t = useT();
  const recover = useSessionStore((s) => s.recover);
  const [recoveryKey, setRecoveryKey] = useState('');
  const [busy, setBusy] = useState(false);
  const attempt = useSignInErrors();
  const { setErrors, clear, fieldError, clearRefusal, refused } = attempt;
  const password = useNewPassword(clear);
  const { newPassword } = password;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validate(contract['auth:recover'].input, { username, recoveryKey, newPassword });
    password.checkRepeat(found);
    setErrors(found);
    clearRefusal();
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const failure = await recover(username, recoveryKey.trim(), newPassword);
    if (!failure) return;
    setBusy(false);
    refused(failure);
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('recover.intro')}</Text>
        <UserSelect {...props} error={fieldError('username')} onChosen={() => clear('username')} />
        <TextInput
          label={t('recover.recoveryKey')}
          description={t('recover.recoveryKeyHint')}
          value={recoveryKey}
          onChange={(e) => {
            setRecoveryKey(e.currentTarget.value);
            clear('recoveryKey');
          }}
          error={fieldError('recoveryKey')}
          required
          autoComplete="off"
          spellCheck={false}
          classNames={{ input: 'monospace-input' }}
        />
        <NewPasswordFields {...password.fields} fieldError={fieldError} />
        <SignInSubmit
          attempt={attempt}
          busy={busy}
          failedTitle={t('recover.failed')}
          label={t('recover.submit')}
        />
      </Stack>
    </form>
  );
}
