// First run: organisation name, first admin, then the recovery key (shown once).
import { Button, Divider, Paper, Stack, Stepper, Text } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../../shared/envelope';
import { BusyStatus } from '../../components/busy-status';
import { PageTitle } from '../../components/page-title';
import { FreshRestoreScreen } from '../backup/fresh-restore-screen';
import { useT } from '../../i18n/use-t';
import { useSessionStore } from '../../stores/session-store';
import { AdminStep } from './admin-step';
import { OrganisationStep } from './organisation-step';
import { RecoveryKeyStep } from './recovery-key-step';
import { emptySetupValues, setupInput, type SetupValues } from './setup-values';

/** A field a person types into: not a checkbox, radio, button or hidden input, and not disabled. */
const firstTypingField =
  'input:not([type=checkbox]):not([type=radio]):not([type=hidden]):not([type=button]):not([disabled]), textarea:not([disabled])';

export function SetupWizard() {
  const t = useT();
  const setup = useSessionStore((s) => s.setup);
  const finishSetup = useSessionStore((s) => s.finishSetup);
  const [step, setStep] = useState(0);
  const [values, setValues] = useState<SetupValues>(emptySetupValues);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  const [restoring, setRestoring] = useState(false);
  const stepsRef = useRef<HTMLDivElement>(null);

  // Each step opens with focus in its first field, so typing goes there at
  // once; a step with nothing to type (the recovery key) focuses its heading.
  useEffect(() => {
    const root = stepsRef.current;
    (
      root?.querySelector<HTMLElement>(firstTypingField) ??
      root?.querySelector<HTMLElement>('[data-step-heading]')
    )?.focus();
  }, [step]);

  const change = (patch: Partial<SetupValues>) => setValues((v) => ({ ...v, ...patch }));

  async function create() {
    setBusy(true);
    setError(null);
    const result = await setup(setupInput(values));
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      if (result.error.fields?.organisationName) setStep(0);
      return;
    }
    // The passwords are not needed any more: do not keep them in memory.
    setValues((v) => ({ ...v, password: '', passwordRepeat: '' }));
    setRecoveryKey(result.value);
    setStep(2);
  }

  async function continueToApp() {
    setBusy(true);
    await finishSetup();
  }

  if (restoring) return <FreshRestoreScreen onBack={() => setRestoring(false)} />;

  return (
    <div className="centered-page">
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={720} component="main">
        <PageTitle>{t('setup.title')}</PageTitle>
        {step === 0 && <Text>{t('setup.intro')}</Text>}
        <div ref={stepsRef}>
          <Stepper active={step} allowNextStepsSelect={false} size="sm" mt="lg">
            <Stepper.Step label={t('setup.stepOrganisation')}>
              <OrganisationStep
                values={values}
                serverErrors={error?.fields ?? {}}
                onChange={change}
                onNext={() => {
                  setError(null);
                  setStep(1);
                }}
              />
            </Stepper.Step>
            <Stepper.Step label={t('setup.stepAdmin')}>
              <AdminStep
                values={values}
                busy={busy}
                error={error}
                onChange={change}
                onBack={() => setStep(0)}
                onCreate={() => void create()}
              />
            </Stepper.Step>
            <Stepper.Step label={t('setup.stepRecoveryKey')}>
              {recoveryKey ? (
                <RecoveryKeyStep
                  recoveryKey={recoveryKey}
                  organisationName={values.organisationName}
                  busy={busy}
                  onContinue={() => void continueToApp()}
                />
              ) : (
                <Text>{t('setup.recoveryWhat')}</Text>
              )}
            </Stepper.Step>
          </Stepper>
        </div>
        {step === 0 && (
          <Stack gap="xs" mt="xl">
            <Divider />
            <Text size="sm">{t('backups.freshOfferHint')}</Text>
            <div>
              <Button
                variant="default"
                leftSection={<IconRestore size={16} aria-hidden="true" />}
                onClick={() => setRestoring(true)}
              >
                {t('backups.freshOffer')}
              </Button>
            </div>
          </Stack>
        )}
        <BusyStatus busy={busy && step === 1} label={t('setup.creating')} />
      </Paper>
    </div>
  );
}
