import { Button, Stack, TextInput } from '@mantine/core';
import { IconDice } from '@tabler/icons-react';
import { useT } from '../../i18n/use-t';
import { temporaryPassword } from './temporary-password';

interface Props {
  label: string;
  value: string;
  error?: string | undefined;
  onChange(value: string): void;
}

/** Shown in clear text: the admin has to hand it over. */
export function TemporaryPasswordInput({ label, value, error, onChange }: Props) {
  const t = useT();
  return (
    <Stack gap="xs" align="flex-start">
      <TextInput
        label={label}
        description={t('users.temporaryPasswordHint')}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        error={error}
        required
        autoComplete="off"
        spellCheck={false}
        classNames={{ input: 'monospace-input' }}
        w="100%"
      />
      <Button
        variant="default"
        size="xs"
        leftSection={<IconDice size={16} aria-hidden="true" />}
        onClick={() => onChange(temporaryPassword())}
      >
        {t('users.generatePassword')}
      </Button>
    </Stack>
  );
}
