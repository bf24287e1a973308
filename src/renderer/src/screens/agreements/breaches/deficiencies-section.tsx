// Deficiencies (brister): the list with each one's party, deadline and
// outcome; the form to record one; and, per open deficiency, its outcome.
import { Button, Group, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
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
import { useBreachesStore } from '../../../stores/agreement-breaches-store';
import { fieldError } from './field-errors';

interface Props {
  agreement: Agreement;
  canWrite: boolean;
}

export function DeficienciesSection({ agreement, canWrite }: Props) {
  const t = useT();
  const deficiencies = useBreachesStore((s) => s.deficiencies);
  const [editing, setEditing] = useState<{ deficiency: Deficiency; outcome: DeficiencyOutcome } | null>(null);
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
              <th scope="col">{t('breaches.outcome')}</th>
              {canWrite && <th scope="col">{t('breaches.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {deficiencies.map((d) => (
              <tr key={d.id}>
                <td>{nameOf(d.organisationId)}</td>
                <td>{d.description}</td>
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
                        {d.outcome === 'open' ? (
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
  const setOutcome = useBreachesStore((s) => s.setOutcome);
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

function DeficiencyForm({ agreement }: { agreement: Agreement }) {
  const t = useT();
  const text = useMessage();
  const recordDeficiency = useBreachesStore((s) => s.recordDeficiency);
  const nameOf = (id: number) => agreement.organisations.find((o) => o.id === id)?.name ?? '';
  const firstNonprofit =
    agreement.data.parties.find((p) => p.role === 'nonprofit') ?? agreement.data.parties[0];
  const blank = {
    organisationId: String(firstNonprofit?.organisationId ?? ''),
    description: '',
    foundOn: swedishDay(new Date()),
    remedyBy: '',
  };
  const [values, setValues] = useState(blank);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (patch: Partial<typeof values>) => setValues({ ...values, ...patch });
  const error = fieldError(failure, text);

  async function submit() {
    setSaving(true);
    const result = await recordDeficiency({
      organisationId: Number(values.organisationId),
      description: values.description,
      foundOn: values.foundOn,
      remedyBy: values.remedyBy,
    });
    setSaving(false);
    if (!result.ok) return setFailure(result.error);
    setFailure(null);
    notifySuccess(t('breaches.deficiencySaved'));
    setValues(blank);
  }

  return (
    <Stack gap="xs" className="agr-subsection">
      <Title order={3} size="h5">
        {t('breaches.recordDeficiency')}
      </Title>
      <Select
        label={t('breaches.party')}
        data={agreement.data.parties.map((p) => ({
          value: String(p.organisationId),
          label: nameOf(p.organisationId),
        }))}
        value={values.organisationId}
        onChange={(v) => v && set({ organisationId: v })}
        error={error('organisationId')}
        allowDeselect={false}
      />
      <Textarea
        label={t('breaches.description')}
        autosize
        minRows={2}
        value={values.description}
        onChange={(e) => set({ description: e.currentTarget.value })}
        error={error('description')}
        required
      />
      <Group grow align="flex-start">
        <TextInput
          label={t('breaches.foundOn')}
          description={t('agreements.dateFormat')}
          value={values.foundOn}
          onChange={(e) => set({ foundOn: e.currentTarget.value.trim() })}
          error={error('foundOn')}
          required
        />
        <TextInput
          label={t('breaches.remedyBy')}
          description={t('breaches.remedyByHint')}
          value={values.remedyBy}
          onChange={(e) => set({ remedyBy: e.currentTarget.value.trim() })}
          error={error('remedyBy')}
          required
        />
      </Group>
      <ErrorAlert error={failure} />
      <Group justify="flex-end">
        <Button onClick={() => void submit()} loading={saving}>
          {t('breaches.saveDeficiency')}
        </Button>
      </Group>
    </Stack>
  );
}
