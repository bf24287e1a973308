// The forms a status change needs: a public party's board decision and
// rescission (hävning, resting on a deficiency past its remedy deadline). Each
// is a modal; main's field errors land on its fields. Notice (uppsägning) has
// its own form with a confirmation (amendments/notice-form).
import { Button, Group, Modal, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { swedishDay } from '../../../../shared/dates';
import { boardsToDecide } from '../../../../shared/agreements/decisions';
import { rescissionGrounds } from '../../../../shared/agreements/deficiencies';
import { joinSwedish } from '../../../../shared/agreements/economy';
import type { TransitionRequest } from '../../../../shared/agreements/lifecycle';
import { standardProposal } from '../../../../shared/agreements/templates';
import type { AppError } from '../../../../shared/envelope';
import type { Agreement } from '../../../../shared/ipc/agreements';
import { ErrorAlert } from '../../components/error-alert';
import { useMessage, useT } from '../../i18n/use-t';
import { useBreaches } from './breaches/use-breaches';

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
  const waiting = boardsToDecide(agreement.data, agreement.decisions);
  const boardOf = (organisationId: number) => {
    const party = agreement.data.parties.find((p) => p.organisationId === organisationId);
    return party?.actingThroughKind === 'board' ? party.actingThrough : '';
  };
  const publicBoard = waiting[0] !== undefined ? boardOf(waiting[0]) : '';
  const nonprofits = joinSwedish(
    agreement.data.parties.filter((p) => p.role === 'nonprofit').map((p) => nameOf(p.organisationId)),
  );
  const [values, setValues] = useState({
    board: publicBoard,
    date: today,
    paragraph: '',
    proposal: standardProposal(nonprofits),
    reason: '',
    organisationId: String(waiting[0] ?? ''),
    deficiencyId: '',
  });
  // The deficiencies are read only when a rescission needs them as grounds.
  const deficiencies = useBreaches(kind === 'rescinded').deficiencies;
  const grounds = rescissionGrounds(deficiencies, values.date);
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
              organisationId: values.organisationId ? Number(values.organisationId) : null,
              board: values.board,
              date: values.date,
              paragraph: values.paragraph,
              proposal: values.proposal,
            },
          }
        : {
            to: 'rescinded',
            rescission: {
              date: values.date,
              reason: values.reason,
              deficiencyId: values.deficiencyId ? Number(values.deficiencyId) : null,
            },
          };
    const result = await onSubmit(request);
    setSaving(false);
    if (result.ok) onClose();
    else setFailure(result.error);
  }

  return (
    <Stack gap="sm">
      {kind === 'decided' && (
        <>
          {waiting.length > 1 && (
            <Select
              label={t('decisions.party')}
              data={waiting.map((id) => ({ value: String(id), label: nameOf(id) }))}
              value={values.organisationId}
              onChange={(v) => v && set({ organisationId: v, board: boardOf(Number(v)) })}
              error={error('request.decision.organisationId', 'decision.organisationId')}
              allowDeselect={false}
            />
          )}
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
          {grounds.length === 0 ? (
            <Text size="sm" c="red.9">
              {t('rescission.noGround')}
            </Text>
          ) : (
            <Select
              label={t('rescission.ground')}
              description={t('rescission.groundHint')}
              data={grounds.map((d) => ({
                value: String(d.id),
                label: `${nameOf(d.organisationId)}: ${d.description} (${d.remedyBy})`,
              }))}
              value={values.deficiencyId || null}
              onChange={(v) => set({ deficiencyId: v ?? '' })}
              error={error('request.rescission.deficiencyId')}
              required
            />
          )}
        </>
      )}
      <ErrorAlert error={failure}>
        {/* Without a ground to choose there is no field to put main's answer on. */}
        {kind === 'rescinded' && grounds.length === 0 && error('request.rescission.deficiencyId') && (
          <Text size="sm" mt={4}>
            {error('request.rescission.deficiencyId')}
          </Text>
        )}
      </ErrorAlert>
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
