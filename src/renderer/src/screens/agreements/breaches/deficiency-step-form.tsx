// The next step of a deficiency: only the steps allowed next are offered
// (main refuses any other); each with its date, who took it and, when taken at
// a governance meeting, the meeting; then what the step sets: the action
// plan's deadline and responsible party, the follow-up date, or the outcome
// and decision.
import { Button, Group, Radio, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import type {
  DeficiencyStepKind,
  StepDecision,
  StepResult,
} from '../../../../../shared/agreements/deficiency-process';
import { swedishDay } from '../../../../../shared/dates';
import type { AppError } from '../../../../../shared/envelope';
import type { Agreement } from '../../../../../shared/ipc/agreements';
import type { Deficiency } from '../../../../../shared/ipc/agreements/deficiencies';
import type { StepInput } from '../../../../../shared/ipc/agreements/deficiency-process';
import { ErrorAlert } from '../../../components/error-alert';
import { FieldScope, ScopedLabel } from '../../../components/field-scope';
import { notifySuccess } from '../../../components/notify';
import { useMessage, useT } from '../../../i18n/use-t';
import { useBreaches } from './use-breaches';
import { fieldError } from './field-errors';

interface Props {
  agreement: Agreement;
  deficiency: Deficiency;
  onDone(): void;
}

export function DeficiencyStepForm({ agreement, deficiency, onDone }: Props) {
  const t = useT();
  const text = useMessage();
  const recordStep = useBreaches().recordStep;
  const nameOf = (id: number) => agreement.organisations.find((o) => o.id === id)?.name ?? '';
  const bodyName = (key: string) => agreement.data.governanceBodies.find((b) => b.key === key)?.name ?? key;
  const [values, setValues] = useState({
    kind: deficiency.nextSteps[0] ?? ('dialogue' as DeficiencyStepKind),
    date: swedishDay(new Date()),
    by: t('defproc.byDefault'),
    meetingId: '',
    deadline: '',
    responsibleOrganisationId: String(deficiency.organisationId),
    followUpBy: '',
    result: 'remedied' as StepResult,
    decision: 'newPlan' as StepDecision,
    note: '',
  });
  const [failure, setFailure] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (patch: Partial<typeof values>) => setValues({ ...values, ...patch });
  const error = fieldError(failure, text);
  const titleId = `step-${deficiency.id}`;

  function input(): StepInput {
    const common = {
      date: values.date,
      by: values.by,
      meetingId: values.meetingId ? Number(values.meetingId) : null,
      note: values.note,
    };
    switch (values.kind) {
      case 'dialogue':
        return { kind: 'dialogue', ...common };
      case 'actionPlanRequired':
        return {
          kind: 'actionPlanRequired',
          ...common,
          deadline: values.deadline,
          responsibleOrganisationId: Number(values.responsibleOrganisationId),
        };
      case 'actionPlanReceived':
        return { kind: 'actionPlanReceived', ...common, followUpBy: values.followUpBy };
      case 'followUp':
        return { kind: 'followUp', ...common, followUpBy: values.followUpBy || null };
      case 'outcome':
        return {
          kind: 'outcome',
          ...common,
          result: values.result,
          decision: values.result === 'stillDeficient' ? values.decision : null,
        };
    }
  }

  async function submit() {
    setSaving(true);
    const result = await recordStep({ deficiencyId: deficiency.id, step: input() });
    setSaving(false);
    if (!result.ok) return setFailure(result.error);
    notifySuccess(t('defproc.stepSaved'));
    onDone();
  }

  return (
    <FieldScope name={t('defproc.scopeStep')}>
      <Stack gap="xs" className="agr-subsection" role="group" aria-labelledby={titleId}>
        <Text fw={600} id={titleId}>
          {t('defproc.stepTitle', { description: deficiency.description })}
        </Text>
        <Select
          label={t('defproc.step')}
          data={deficiency.nextSteps.map((k) => ({ value: k, label: t(`defproc.step.${k}`) }))}
          value={values.kind}
          onChange={(v) => v && set({ kind: v as DeficiencyStepKind })}
          error={error('kind')}
          allowDeselect={false}
        />
        <Group grow align="flex-start">
          <TextInput
            label={<ScopedLabel>{t('defproc.date')}</ScopedLabel>}
            description={t('agreements.dateFormat')}
            value={values.date}
            onChange={(e) => set({ date: e.currentTarget.value.trim() })}
            error={error('date', 'step.date')}
            required
          />
          <TextInput
            label={<ScopedLabel>{t('defproc.by')}</ScopedLabel>}
            description={t('defproc.byHint')}
            value={values.by}
            onChange={(e) => set({ by: e.currentTarget.value })}
            error={error('step.by')}
            required
          />
          <Select
            label={<ScopedLabel>{t('defproc.stepMeeting')}</ScopedLabel>}
            data={[
              { value: '', label: t('defproc.meetingNone') },
              ...agreement.meetings.map((m) => ({
                value: String(m.id),
                label: t('defproc.meetingLabel', { body: bodyName(m.bodyKey), date: m.date }),
              })),
            ]}
            value={values.meetingId}
            onChange={(v) => {
              const meeting = agreement.meetings.find((m) => String(m.id) === v);
              set({ meetingId: v ?? '', ...(meeting ? { date: meeting.date } : {}) });
            }}
            error={error('meetingId')}
            allowDeselect={false}
          />
        </Group>
        {values.kind === 'actionPlanRequired' && (
          <Group grow align="flex-start">
            <TextInput
              label={<ScopedLabel>{t('defproc.deadline')}</ScopedLabel>}
              description={t('agreements.dateFormat')}
              value={values.deadline}
              onChange={(e) => set({ deadline: e.currentTarget.value.trim() })}
              error={error('deadline', 'step.deadline')}
              required
            />
            <Select
              label={<ScopedLabel>{t('defproc.responsible')}</ScopedLabel>}
              data={agreement.data.parties.map((p) => ({
                value: String(p.organisationId),
                label: nameOf(p.organisationId),
              }))}
              value={values.responsibleOrganisationId}
              onChange={(v) => v && set({ responsibleOrganisationId: v })}
              error={error('responsibleOrganisationId')}
              allowDeselect={false}
            />
          </Group>
        )}
        {(values.kind === 'actionPlanReceived' || values.kind === 'followUp') && (
          <TextInput
            label={
              <ScopedLabel>
                {t(values.kind === 'followUp' ? 'defproc.nextFollowUpBy' : 'defproc.followUpBy')}
              </ScopedLabel>
            }
            description={t('agreements.dateFormat')}
            value={values.followUpBy}
            onChange={(e) => set({ followUpBy: e.currentTarget.value.trim() })}
            error={error('followUpBy', 'step.followUpBy')}
            required={values.kind === 'actionPlanReceived'}
          />
        )}
        {values.kind === 'outcome' && (
          <>
            <Radio.Group
              label={t('defproc.result')}
              value={values.result}
              onChange={(v) => set({ result: v as StepResult })}
              error={error('result')}
            >
              <Group gap="md" mt={4}>
                <Radio value="remedied" label={t('defproc.result.remedied')} />
                <Radio value="stillDeficient" label={t('defproc.result.stillDeficient')} />
              </Group>
            </Radio.Group>
            {values.result === 'stillDeficient' && (
              <Select
                label={<ScopedLabel>{t('defproc.decision')}</ScopedLabel>}
                description={
                  values.decision === 'newPlan' ? undefined : t(`defproc.decisionHint.${values.decision}`)
                }
                data={(['newPlan', 'exclude', 'rescind'] as const).map((d) => ({
                  value: d,
                  label: t(`defproc.decision.${d}`),
                }))}
                value={values.decision}
                onChange={(v) => v && set({ decision: v as StepDecision })}
                error={error('decision')}
                allowDeselect={false}
              />
            )}
          </>
        )}
        <Textarea
          label={<ScopedLabel>{t('defproc.note')}</ScopedLabel>}
          autosize
          minRows={1}
          value={values.note}
          onChange={(e) => set({ note: e.currentTarget.value })}
          error={error('step.note')}
        />
        <ErrorAlert error={failure} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={saving}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={saving}>
            {t('defproc.saveStep')}
          </Button>
        </Group>
      </Stack>
    </FieldScope>
  );
}
