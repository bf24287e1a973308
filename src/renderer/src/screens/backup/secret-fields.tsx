// What opens an existing backup: the passphrase it was made with, or the
// secret backup key (AGE-SECRET-KEY-1…). Kept in the form's state only.
import { PasswordInput, Radio, Stack } from '@mantine/core';
import type { BackupSecret } from '../../../../shared/ipc/backup';
import { useT } from '../../i18n/use-t';

export interface SecretValues {
  kind: BackupSecret['kind'];
  passphrase: string;
  identity: string;
}

export const emptySecret: SecretValues = { kind: 'passphrase', passphrase: '', identity: '' };

/** The contract's input for the chosen kind of secret. */
export function secretInput(values: SecretValues): BackupSecret {
  return values.kind === 'passphrase'
    ? { kind: 'passphrase', passphrase: values.passphrase }
    : { kind: 'identity', identity: values.identity };
}

interface Props {
  values: SecretValues;
  onChange(patch: Partial<SecretValues>): void;
  /** The error text of a field path under `secret` (e.g. `secret.passphrase`). */
  error(path: string): string | undefined;
  autoFocus?: boolean;
}

export function SecretFields({ values, onChange, error, autoFocus = false }: Props) {
  const t = useT();
  return (
    <Stack gap="sm">
      <Radio.Group
        label={t('backups.secretKind')}
        value={values.kind}
        onChange={(kind) => onChange({ kind: kind === 'identity' ? 'identity' : 'passphrase' })}
      >
        <Stack gap="xs" mt="xs">
          <Radio value="passphrase" label={t('backups.secretPassphrase')} />
          <Radio
            value="identity"
            label={t('backups.secretIdentity')}
            description={t('backups.secretIdentityHint')}
          />
        </Stack>
      </Radio.Group>
      {values.kind === 'passphrase' ? (
        <PasswordInput
          label={t('backups.passphrase')}
          description={t('backups.passphraseExistingHint')}
          value={values.passphrase}
          onChange={(e) => onChange({ passphrase: e.currentTarget.value })}
          error={error('secret.passphrase')}
          required
          autoComplete="off"
          spellCheck={false}
          data-autofocus={autoFocus || undefined}
        />
      ) : (
        <PasswordInput
          label={t('backups.identity')}
          description={t('backups.identityHint')}
          value={values.identity}
          onChange={(e) => onChange({ identity: e.currentTarget.value })}
          error={error('secret.identity')}
          required
          autoComplete="off"
          spellCheck={false}
          classNames={{ innerInput: 'monospace-input' }}
        />
      )}
    </Stack>
  );
}
