// The forms a status change needs: the board's decision and rescission
// (hävning). Each is a modal; main's field errors land on its fields. Notice
// (uppsägning) has its own form with a confirmation (amendments/notice-form).
import { Button, Group, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { swedishDay } from '../../../../shared/dates';
import { joinSwedish } from '../../../../shared/agreements/economy';
import type { TransitionRequest } from '../../../../shared/agreements/lifecycle';
import { standardProposal } from '../../../../shared/agreements/templates';
import type { AppError } from '../../../../shared/envelope';
import type { Agreement } from '../../../../shared/ipc/agreements';
import { ErrorAlert } from '../../components/error-alert';
import { useMessage, useT } from '../../i18n/use-t';

interface Props {
  agreement: Agreement;
  kind: 'decided' | 'rescinded' | null;
  onClose(): void;
  onSubmit(request: TransitionRequest): Promise<{ ok: true } | { ok: false; error: AppError }>;
}

export function TransitionForm({ agreement, kind, onClose, onSubmit }: Props) {
  const t = useT();
  const title = kind === 'decided' ? t('lifecycle.decisionTitle') : t('lifecycle.rescissionTitle');
  return (
    <Modal
      opened={kind !== null}
      onClose={onClose}
      title={title}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {kind !== null && (
        <TransitionFields
          key={kind}
          agreement={agreement}
          kind={kind}
          onClose={onClose}
          onSubmit={onSubmit}
        />
      )}
    </Modal>
  );
}

function TransitionFields({ agreement, kind, onClose, onSubmit }: Props & { kind: 'decided' | 'rescinded' }) {
  const t = useT();
  const text = useMessage();
  const today = swedishDay(new Date());
  const nameOf = (id: number) => agreement.organisations.find((o) => o.id === id)?.name ?? '';
  const publicBoard =
    agreement.data.parties.find((p) => p.role === 'public' && p.actingThroughKind === 'board')
      ?.actingThrough ?? '';
  const nonprofits = joinSwedish(
    agreement.data.parties.filter((p) => p.role === 'nonprofit').map((p) => nameOf(p.organisationId)),
  );
  const [values, setValues] = useState({
    board: publicBoard,
    date: today,
    paragraph: '',
    proposal: standardProposal(nonprofits),
    reason: '',
  });
  const [failure, setFailure] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (patch: Partial<typeof values>) => setValues({ ...values, ...patch });
  const error = (...paths: string[]) => {
    for (const path of paths) {
      const key = failure?.fields?.[path];
      if (key) return text(key);
    }
    return undefined;
  };

  async function submit() {
    setSaving(true);
    const request: TransitionRequest =
      kind === 'decided'
        ? {
            to: 'decided',
            decision: {
              board: values.board,
              date: values.date,
              paragraph: values.paragraph,
              proposal: values.proposal,
            },
          }
        : { to: 'rescinded', rescission: { date: values.date, reason: values.reason } };
    const result = await onSubmit(request);
    setSaving(false);
    if (result.ok) onClose();
    else setFailure(result.error);
  }

  return (
    <Stack gap="sm">
      {kind === 'decided' && (
        <>
          <TextInput
            label={t('lifecycle.board')}
            value={values.board}
            onChange={(e) => set({ board: e.currentTarget.value })}
            error={error('request.decision.board', 'decision.board')}
            required
            data-autofocus
          />
          <Group grow align="flex-start">
            <TextInput
              label={t('lifecycle.decisionDate')}
              description={t('agreements.dateFormat')}
              value={values.date}
              onChange={(e) => set({ date: e.currentTarget.value.trim() })}
              error={error('request.decision.date', 'decision.date')}
              required
            />
            <TextInput
              label={t('lifecycle.paragraph')}
              description={t('lifecycle.paragraphHint')}
              value={values.paragraph}
              onChange={(e) => set({ paragraph: e.currentTarget.value })}
              error={error('request.decision.paragraph', 'decision.paragraph')}
              required
            />
          </Group>
          <Textarea
            label={t('lifecycle.proposal')}
            autosize
            minRows={3}
            value={values.proposal}
            onChange={(e) => set({ proposal: e.currentTarget.value })}
            error={error('request.decision.proposal')}
          />
        </>
      )}
      {kind === 'rescinded' && (
        <>
          <TextInput
            label={t('lifecycle.rescissionDate')}
            description={t('agreements.dateFormat')}
            value={values.date}
            onChange={(e) => set({ date: e.currentTarget.value.trim() })}
            error={error('request.rescission.date')}
            required
            data-autofocus
          />
          <Textarea
            label={t('lifecycle.reason')}
            autosize
            minRows={2}
            value={values.reason}
            onChange={(e) => set({ reason: e.currentTarget.value })}
            error={error('request.rescission.reason')}
            required
          />
        </>
      )}
      <ErrorAlert error={failure} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose} disabled={saving}>
          {t('common.cancel')}
        </Button>
        <Button
          onClick={() => void submit()}
          loading={saving}
          color={kind === 'decided' ? undefined : 'red.9'}
        >
          {kind === 'decided' ? t('lifecycle.saveDecision') : t('lifecycle.saveRescission')}
        </Button>
      </Group>
    </Stack>
  );
}
