// "Kontrollera loggens integritet": walks the hash chain in main and says in plain words what it found.
import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconShieldCheck, IconShieldX } from '@tabler/icons-react';
import { ErrorAlert } from '../../components/error-alert';
import { useT } from '../../i18n/use-t';
import { useApiMutation } from '../../data/use-api-mutation';

export function AuditVerify() {
  const t = useT();
  const check = useApiMutation('audit:verify');
  const verifying = check.pending;
  const verification = !verifying && check.last?.ok ? check.last.value : null;
  const verifyError = !verifying && check.last && !check.last.ok ? check.last.error : null;
  const verify = () => check.run({});
  return (
    <Stack gap="sm">
      <div>
        <Button
          variant="default"
          leftSection={<IconShieldCheck size={16} aria-hidden="true" />}
          loading={verifying}
          onClick={() => void verify()}
        >
          {t('audit.verify')}
        </Button>
      </div>
      <div aria-live="polite">
        {verifying && <Text size="sm">{t('audit.verifying')}</Text>}
        {verification?.ok && (
          <Alert color="green" variant="light" icon={<IconShieldCheck aria-hidden="true" />}>
            {t('audit.verifyOk', { checked: verification.checked })}
          </Alert>
        )}
        {verification && !verification.ok && (
          <Alert
            color="red"
            variant="light"
            icon={<IconShieldX aria-hidden="true" />}
            title={t('audit.verifyBad', { id: verification.firstBadId ?? '?' })}
          >
            {verification.problem && <Text size="sm">{t(`audit.problem.${verification.problem}`)}</Text>}
            <Text size="sm" mt={4}>
              {t('audit.verifyAdvice')}
            </Text>
          </Alert>
        )}
      </div>
      <ErrorAlert error={verifyError} />
    </Stack>
  );
}
