// Deficiencies (brister): the list with each one's party, the commitment it
// concerns, deadline, its process so far (stage and steps) and outcome; the
// form to record one; per open deficiency its next step, and (while no step
// is recorded) its outcome directly.
import { Button, Group, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { swedishDay } from '../../../../../shared/dates';
import {
  deadlinePassedOn,
  recordsBreaches,
  type DeficiencyOutcome,
} from '../../../../../shared/agreements/deficiencies';
import type { AppError } from '../../../../../shared/envelope';
import type { Agreement } from '../../../../../shared/ipc/agreements';
import type { Deficiency } from '../../../../../shared/ipc/agreements/deficiencies';
import { ErrorAlert } from '../../../components/error-alert';
import { notifySuccess } from '../../../components/notify';
import { useMessage, useT } from '../../../i18n/use-t';
import { useBreaches } from './use-breaches';
import { DeficiencyForm } from './deficiency-form';
import { DeficiencyStepForm } from './deficiency-step-form';
import { fieldError } from './field-errors';
import { StepList } from './step-list';
import { AttachmentsPanel } from '../../../components/attachments/attachments-panel';

interface Props {
  agreement: Agreement;
  canWrite: boolean;
}

export function DeficienciesSection({ agreement, canWrite }: Props) {
  const t = useT();
  const deficiencies = useBreaches().deficiencies;
  const [editing, setEditing] = useState<{ deficiency: Deficiency; outcome: DeficiencyOutcome } | null>(null);
  const [stepping, setStepping] = useState<Deficiency | null>(null);
  const nameOf = (id: number) => agreement.organisations.find((o) => o.id === id)?.name ?? '';
  const today = swedishDay(new Date());
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {t('breaches.deficiencies')}
      </Title>
      {deficiencies.length === 0 ? (
        <Text size="sm">{t('breaches.noDeficiencies')}</Text>
      ) : (
        <table className="agr-table-plain" aria-label={t('breaches.deficiencies')}>
          <thead>
            <tr>
              <th scope="col">{t('breaches.party')}</th>
              <th scope="col">{t('breaches.description')}</th>
              <th scope="col">{t('breaches.foundOn')}</th>
              <th scope="col">{t('breaches.remedyBy')}</th>
              <th scope="col">{t('defproc.progress')}</th>
              <th scope="col">{t('breaches.outcome')}</th>
              {canWrite && <th scope="col">{t('breaches.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {deficiencies.map((d) => (
              <tr key={d.id}>
                <td>{nameOf(d.organisationId)}</td>
                <td>
                  {d.description}
                  {d.commitmentText && (
                    <Text size="xs">
                      {t('defproc.commitment')}: {d.commitmentText}
                      {d.commitmentRemoved && ` (${t('defproc.commitmentRemoved')})`}
                    </Text>
                  )}
                </td>
                <td>{d.foundOn}</td>
                <td>
                  {d.remedyBy}
                  {d.outcome === 'open' && today >= deadlinePassedOn(d) && (
                    <Text size="xs" c="red.9">
                      {t('breaches.deadlinePassed')}
                    </Text>
                  )}
                </td>
                <td>
                  <StepList agreement={agreement} deficiency={d} />
                </td>
                <td>
                  {d.outcome === 'open'
                    ? t('breaches.outcome.open')
                    : t('breaches.outcomeOn', {
                        outcome: t(`breaches.outcome.${d.outcome}`),
                        date: d.outcomeOn ?? '',
                      })}
                  {d.outcomeNote && <Text size="xs">{d.outcomeNote}</Text>}
                  {d.groundsRescission && <Text size="xs">{t('breaches.groundsRescission')}</Text>}
                </td>
                {canWrite && (
                  <td>
                    {!d.groundsRescission && (
                      <Group gap={4}>
                        {d.nextSteps.length > 0 && (
                          <Button
                            size="compact-xs"
                            onClick={() => {
                              setEditing(null);
                              setStepping(d);
                            }}
                            aria-label={`${t('defproc.nextStep')}: ${d.description}`}
                          >
                            {t('defproc.nextStep')}
                          </Button>
                        )}
                        {d.outcome === 'open' ? (
                          d.steps.length === 0 && (
                            <>
                              <Button
                                size="compact-xs"
                                variant="default"
                                onClick={() => setEditing({ deficiency: d, outcome: 'remedied' })}
                              >
                                {t('breaches.markRemedied')}
                              </Button>
                              <Button
                                size="compact-xs"
                                variant="default"
                                onClick={() => setEditing({ deficiency: d, outcome: 'notRemedied' })}
                              >
                                {t('breaches.markNotRemedied')}
                              </Button>
                            </>
                          )
                        ) : (
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            onClick={() => setEditing({ deficiency: d, outcome: 'open' })}
                          >
                            {t('breaches.reopen')}
                          </Button>
                        )}
                      </Group>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {deficiencies.map((d) => (
        <AttachmentsPanel
          key={d.id}
          compact
          record={{ kind: 'deficiency', id: d.id }}
          title={t('attachments.ofDeficiency', { date: d.foundOn, party: nameOf(d.organisationId) })}
        />
      ))}
      {stepping && (
        <DeficiencyStepForm
          key={`${stepping.id}:${stepping.steps.length}`}
          agreement={agreement}
          deficiency={stepping}
          onDone={() => setStepping(null)}
        />
      )}
      {editing && (
        <OutcomeForm
          key={`${editing.deficiency.id}:${editing.outcome}`}
          {...editing}
          onDone={() => setEditing(null)}
        />
      )}
      {canWrite && recordsBreaches(agreement.status) && <DeficiencyForm agreement={agreement} />}
    </Stack>
  );
}

function OutcomeForm({
  deficiency,
  outcome,
  onDone,
}: {
  deficiency: Deficiency;
  outcome: DeficiencyOutcome;
  onDone(): void;
}) {
  const t = useT();
  const text = useMessage();
  const setOutcome = useBreaches().setOutcome;
  const [values, setValues] = useState({ date: swedishDay(new Date()), note: '' });
  const [failure, setFailure] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);
  const error = fieldError(failure, text);

  async function submit() {
    setSaving(true);
    const result = await setOutcome({
      deficiencyId: deficiency.id,
      outcome,
      date: outcome === 'open' ? null : values.date,
      note: values.note,
    });
    setSaving(false);
    if (!result.ok) return setFailure(result.error);
    notifySuccess(t('breaches.outcomeSaved'));
    onDone();
  }

  return (
    <Stack gap="xs" className="agr-subsection" role="group" aria-labelledby={`outcome-${deficiency.id}`}>
      <Text fw={600} id={`outcome-${deficiency.id}`}>
        {t('breaches.setOutcome', { description: deficiency.description })}
      </Text>
      {outcome !== 'open' && (
        <Group grow align="flex-start">
          <TextInput
            label={t('breaches.outcomeDate')}
            description={t('agreements.dateFormat')}
            value={values.date}
            onChange={(e) => setValues({ ...values, date: e.currentTarget.value.trim() })}
            error={error('date')}
            data-autofocus
          />
          <Textarea
            label={t('breaches.note')}
            autosize
            minRows={1}
            value={values.note}
            onChange={(e) => setValues({ ...values, note: e.currentTarget.value })}
            error={error('note')}
          />
        </Group>
      )}
      <ErrorAlert error={failure} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone} disabled={saving}>
          {t('common.cancel')}
        </Button>
        <Button onClick={() => void submit()} loading={saving}>
          {outcome === 'open'
            ? t('breaches.reopen')
            : `${t('breaches.saveOutcome')}: ${t(`breaches.outcome.${outcome}`)}`}
        </Button>
      </Group>
    </Stack>
  );
}
