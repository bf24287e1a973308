// What a form with a draft shows: the offer of a stored draft (a dialog, so
// the user answers before typing over it) and a quiet line saying when the
// draft was last saved.
import { Button, Group, Stack, Text } from '@mantine/core';
import { localDateTime } from '../format/dates';
import { useT } from '../i18n/use-t';
import { AppModal } from './app-modal';
import type { DraftOffer, DraftSaveState } from './use-form-draft';

export function DraftOfferDialog({ offer }: { offer: DraftOffer | null }) {
  const t = useT();
  return (
    <AppModal opened={offer !== null} onClose={() => offer?.restore()} title={t('drafts.offerTitle')}>
      {offer && (
        <Stack gap="md">
          <Text>{t('drafts.offer', { when: localDateTime(offer.updatedAt) })}</Text>
          <Text size="sm" c="gray.8">
            {t('drafts.offerHint')}
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" color="red" onClick={offer.discard}>
              {t('drafts.discard')}
            </Button>
            <Button data-autofocus onClick={offer.restore}>
              {t('drafts.restore')}
            </Button>
          </Group>
        </Stack>
      )}
    </AppModal>
  );
}

export function DraftStatus({ state }: { state: DraftSaveState }) {
  const t = useT();
  const text =
    state.kind === 'saving'
      ? t('drafts.saving')
      : state.kind === 'saved'
        ? t('drafts.saved', { when: localDateTime(state.at) })
        : state.kind === 'failed'
          ? t('drafts.saveFailed')
          : '';
  return (
    <Text size="sm" c={state.kind === 'failed' ? 'red.8' : 'gray.8'} role="status" aria-live="polite">
      {text}
    </Text>
  );
}
