// Removing a tick-off recorded by mistake: a modal that says what goes (the
// tick-off with its note; the status is counted again) and asks for a reason,
// which main requires but does not keep. Main's refusal (an empty reason, a
// tick-off already gone) is shown in the modal and the reason typed is kept.
import { Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { Envelope } from '../../../../../shared/envelope';
import type { TickOff } from '../../../../../shared/ipc/agreements/commitments';
import { notifySuccess } from '../../../components/notify';
import { useMessage, useT } from '../../../i18n/use-t';
import { ConfirmModal } from '../amendments/confirm-modal';
import { fieldError } from '../breaches/field-errors';

export function RemoveTickOffModal({
  tickOff,
  onClose,
  onRemove,
}: {
  /** The tick-off to remove; null: the modal is closed. */
  tickOff: TickOff | null;
  onClose(): void;
  onRemove(tickOffId: number, reason: string): Promise<Envelope<unknown>>;
}) {
  const t = useT();
  const text = useMessage();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const close = () => {
    setReason('');
    setProblem(undefined);
    onClose();
  };
  async function remove(): Promise<Envelope<unknown>> {
    const result = await onRemove(tickOff!.id, reason);
    if (result.ok) notifySuccess(t('cmt.removed'));
    else setProblem(fieldError(result.error, text)('reason'));
    return result;
  }
  return (
    <ConfirmModal
      opened={tickOff !== null}
      title={t('cmt.removeTitle')}
      confirmLabel={t('cmt.removeConfirm')}
      danger
      onClose={close}
      onConfirm={remove}
    >
      {tickOff && (
        <Text size="sm">{t('cmt.removeIntro', { doneOn: tickOff.doneOn, whatDone: tickOff.whatDone })}</Text>
      )}
      <Textarea
        label={t('cmt.removeReason')}
        description={t('cmt.removeReasonHint')}
        required
        autosize
        minRows={2}
        maxLength={500}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={problem}
        data-autofocus
      />
    </ConfirmModal>
  );
}
