// Importing a partner's card, or confirming an imported partner's fingerprint:
// the card's details and fingerprint, then the digits the partner read aloud
// and whom they were compared with. A card with new keys of a verified
// partner (a rotation signed by its old key) needs no new comparison.
import { Alert, Button, Code, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { AppError } from '../../../../shared/envelope';
import type { CardPreview, Partner } from '../../../../shared/ipc/exchange';
import { AppModal } from '../../components/app-modal';
import { ErrorAlert } from '../../components/error-alert';
import { notifySuccess } from '../../components/notify';
import { useFieldError } from '../../components/use-field-error';
import { useT } from '../../i18n/use-t';
import { exchangeApi } from './use-exchange';

export type CardModalState = { kind: 'card'; path: string; preview: CardPreview } | { kind: 'partner'; partner: Partner } | null;

export function CardModal({ state, onClose, onDone }: { state: CardModalState; onClose(): void; onDone(): void }) {
  const t = useT();
  const [heard, setHeard] = useState('');
  const [comparedWith, setComparedWith] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const fieldError = useFieldError(error?.fields ?? {});
  const preview = state?.kind === 'card' ? state.preview : null;
  const subject = state?.kind === 'card' ? state.preview : state?.partner;

  function close() {
    setHeard('');
    setComparedWith('');
    setError(null);
    onClose();
  }

  async function submit(event: FormEvent, verify: boolean) {
    event.preventDefault();
    if (!state) return;
    setError(null);
    let partnerId = state.kind === 'partner' ? state.partner.id : null;
    if (state.kind === 'card') {
      const imported = await exchangeApi.importCard(state.path);
      if (!imported.ok) return setError(imported.error);
      partnerId = imported.value.id;
      if (imported.value.verified) verify = false;
    }
    if (verify && partnerId !== null) {
      const verified = await exchangeApi.verifyPartner({ partnerId, fingerprint: heard, comparedWith });
      if (!verified.ok) {
        setError(verified.error);
        if (state.kind === 'card') onDone();
        return;
      }
      notifySuccess(t('exchange.partnerVerified'));
    }
    onDone();
    close();
  }

  const rotation = preview?.effect === 'rotation';
  return (
    <AppModal
      opened={state !== null}
      onClose={close}
      size="lg"
      title={subject ? t('exchange.cardTitle', { name: `${subject.organisationName} (${subject.installationName})` }) : ''}
    >
      {subject && (
        <form onSubmit={(e) => void submit(e, !rotation)} noValidate>
          <Stack gap="sm">
            <Text size="sm">
              {t('exchange.col.orgNumber')}: {subject.orgNumber}
            </Text>
            <Text size="sm" fw={600}>
              {t('exchange.fingerprint')}
            </Text>
            <Code fz="lg">{subject.fingerprint}</Code>
            {preview?.effect === 'known' && <Alert color="blue">{t('exchange.cardKnown')}</Alert>}
            {rotation && <Alert color="blue">{t('exchange.cardRotation')}</Alert>}
            {!rotation && preview?.effect !== 'known' && (
              <>
                <Text size="sm" fw={600}>
                  {t('exchange.compareTitle')}
                </Text>
                <Text size="sm">{t('exchange.compareBody')}</Text>
                <TextInput
                  label={t('exchange.heardFingerprint')}
                  value={heard}
                  onChange={(e) => setHeard(e.currentTarget.value)}
                  error={fieldError('fingerprint')}
                  autoComplete="off"
                  inputMode="numeric"
                />
                <TextInput
                  label={t('exchange.comparedWith')}
                  value={comparedWith}
                  onChange={(e) => setComparedWith(e.currentTarget.value)}
                  error={fieldError('comparedWith')}
                  autoComplete="off"
                />
              </>
            )}
            <ErrorAlert error={error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('exchange.close')}
              </Button>
              {state?.kind === 'card' && !rotation && preview?.effect !== 'known' && (
                <Button variant="default" onClick={(e) => void submit(e, false)}>
                  {t('exchange.importOnly')}
                </Button>
              )}
              {preview?.effect !== 'known' && (
                <Button type="submit">{state?.kind === 'card' ? (rotation ? t('exchange.importCard') : t('exchange.verify')) : t('exchange.verifyLater')}</Button>
              )}
            </Group>
          </Stack>
        </form>
      )}
    </AppModal>
  );
}
