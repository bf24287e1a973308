import { Progress, Stack, Text } from '@mantine/core';
import { useT } from '../i18n/use-t';
import { passwordStrength, type PasswordStrength } from './password-strength';

const levels: Record<PasswordStrength, { value: number; color: string }> = {
  tooShort: { value: 10, color: 'red.9' },
  weak: { value: 35, color: 'orange.9' },
  fair: { value: 70, color: 'blue.8' },
  strong: { value: 100, color: 'green.9' },
};

/** Bar plus words (the colour is never the only signal). */
export function PasswordStrengthMeter({ password, id }: { password: string; id?: string }) {
  const t = useT();
  if (password === '') return null;
  const strength = passwordStrength(password);
  const level = levels[strength];
  return (
    <Stack gap={4} id={id}>
      <Progress value={level.value} color={level.color} size="sm" aria-hidden="true" />
      <Text size="sm" aria-live="polite">
        {t('password.strength.label', { level: t(`password.strength.${strength}`) })}
      </Text>
    </Stack>
  );
}
