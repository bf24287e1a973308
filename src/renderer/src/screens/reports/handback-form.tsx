// Step 1: a passphrase (typed or suggested), a folder, then one encrypted
// package per district. The passphrase stays in the form until a lock.
import { Button, Fieldset, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { IconPackageExport } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import type { AppError } from '../../../../shared/envelope';
import { useApiMutation } from '../../data/use-api-mutation';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { useMessage, useT } from '../../i18n/use-t';
import { useErasureStore } from '../../stores/erasure-store';
import { HandBackLetters } from '../printing/handback-letters';

export function HandBackForm({ groupIds }: { groupIds: number[] }) {
  const disabled = groupIds.length === 0;
  const t = useT();
  const text = useMessage();
  const packages = useErasureStore((s) => s.packages);
  const suggestPassphrase = useApiMutation('erasure:suggestPassphrase');
  const chooseFolder = useApiMutation('files:chooseFolder');
  const handBack = useApiMutation('erasure:handBack');
  const [passphrase, setPassphrase] = useState('');
  const [visible, setVisible] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const err = (path: string) => (error?.fields?.[path] ? text(error.fields[path]) : undefined);

  async function suggest() {
    const result = await suggestPassphrase.run({});
    if (!result.ok) return setError(result.error);
    setPassphrase(result.value.passphrase);
    setVisible(true);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const chosen = await chooseFolder.run({ purpose: 'exportFolder' });
    if (!chosen.ok) return setError(chosen.error);
    if (chosen.value.path === null) return;
    setBusy(true);
    const result = await handBack.run({ groupIds, folder: chosen.value.path, passphrase });
    setBusy(false);
    if (!result.ok) setError(result.error);
    else useErasureStore.getState().handedBack(result.value.packages);
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Fieldset legend={t('erasure.step1')} disabled={disabled || busy}>
        <Stack gap="sm">
          <Text size="sm">{t('erasure.step1Text')}</Text>
          <Group align="flex-end">
            <PasswordInput
              label={t('erasure.passphrase')}
              description={t('erasure.passphraseHint')}
              value={passphrase}
              onChange={(e) => setPassphrase(e.currentTarget.value)}
              visible={visible}
              onVisibilityChange={setVisible}
              visibilityToggleButtonProps={{ 'aria-label': t('erasure.showPassphrase') }}
              error={err('passphrase') ?? err('folder')}
              miw={380}
              autoComplete="off"
            />
            <Button variant="default" onClick={() => void suggest()}>
              {t('erasure.suggest')}
            </Button>
          </Group>
          <ErrorAlert error={error} />
          <Group justify="flex-end">
            <Button
              type="submit"
              leftSection={<IconPackageExport size={18} aria-hidden="true" />}
              loading={busy}
            >
              {t('erasure.handBack')}
            </Button>
          </Group>
          {busy && <LoadingState label={t('erasure.handingBack')} />}
          {packages.length > 0 && (
            <Stack gap={2} role="status">
              <Text size="sm" fw={600}>
                {t('erasure.packages')}
              </Text>
              {packages.map((p) => (
                <Text key={p.path} size="sm">
                  {t('erasure.packageLine', { district: p.district, count: p.enrolments, name: p.fileName })}
                </Text>
              ))}
            </Stack>
          )}
          <HandBackLetters groupIds={groupIds} packages={packages} />
        </Stack>
      </Fieldset>
    </form>
  );
}
