// Disputes (tvister): open one, close it as resolved by dialogue, or, where
// the terms say so, record that the dialogue failed (the agreement then ends).
import { Alert, Button, Group, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { swedishDay } from '../../../../../shared/dates';
import { recordsBreaches } from '../../../../../shared/agreements/deficiencies';
import type { AppError } from '../../../../../shared/envelope';
import type { Agreement } from '../../../../../shared/ipc/agreements';
import type { Dispute } from '../../../../../shared/ipc/agreements/deficiencies';
import { ErrorAlert } from '../../../components/error-alert';
import { notifySuccess } from '../../../components/notify';
import { useMessage, useT } from '../../../i18n/use-t';
import { useBreaches } from './use-breaches';
import { fieldError } from './field-errors';

type Closing = { dispute: Dispute; outcome: 'resolved' | 'dialogueFailed' };

export function DisputesSection({ agreement, canWrite }: { agreement: Agreement; canWrite: boolean }) {
  const t = useT();
  const disputes = useBreaches().disputes;
  const ends = useBreaches().endsOnFailedDialogue;
  const [closing, setClosing] = useState<Closing | null>(null);
  const inForce = recordsBreaches(agreement.status);
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {t('breaches.disputes')}
      </Title>
      <Text size="sm">{ends ? t('breaches.disputeTerms.ends') : t('breaches.disputeTerms.dialogue')}</Text>
      {disputes.length === 0 ? (
        <Text size="sm">{t('breaches.noDisputes')}</Text>
      ) : (
        <table className="agr-table-plain" aria-label={t('breaches.disputes')}>
          <thead>
            <tr>
              <th scope="col">{t('breaches.disputeWhat')}</th>
              <th scope="col">{t('breaches.openedOn')}</th>
              <th scope="col">{t('breaches.outcome')}</th>
              {canWrite && <th scope="col">{t('breaches.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {disputes.map((d) => (
              <tr key={d.id}>
                <td>{d.description}</td>
                <td>{d.openedOn}</td>
                <td>
                  {t(`breaches.dispute.${d.outcome}`)} {d.closedOn ?? ''}
                  {d.closingNote && <Text size="xs">{d.closingNote}</Text>}
                </td>
                {canWrite && (
                  <td>
                    {d.outcome === 'open' && (
                      <Group gap={4}>
                        <Button
                          size="compact-xs"
                          variant="default"
                          onClick={() => setClosing({ dispute: d, outcome: 'resolved' })}
                        >
                          {t('breaches.resolve')}
                        </Button>
                        {ends && inForce && (
                          <Button
                            size="compact-xs"
                            variant="default"
                            color="red.9"
                            onClick={() => setClosing({ dispute: d, outcome: 'dialogueFailed' })}
                          >
                            {t('breaches.dialogueFailed')}
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
      {closing && (
        <CloseForm
          key={`${closing.dispute.id}:${closing.outcome}`}
          {...closing}
          onDone={() => setClosing(null)}
        />
      )}
      {canWrite && inForce && <OpenForm />}
    </Stack>
  );
}

function CloseForm({ dispute, outcome, onDone }: Closing & { onDone(): void }) {
  const t = useT();
  const text = useMessage();
  const closeDispute = useBreaches().closeDispute;
  const [values, setValues] = useState({ date: swedishDay(new Date()), note: '' });
  const [failure, setFailure] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);
  const error = fieldError(failure, text);

  async function submit() {
    setSaving(true);
    const result = await closeDispute({
      disputeId: dispute.id,
      outcome,
      date: values.date,
      note: values.note,
    });
    setSaving(false);
    if (!result.ok) return setFailure(result.error);
    notifySuccess(t('breaches.disputeClosed'));
    onDone();
  }

  return (
    <Stack gap="xs" className="agr-subsection" role="group" aria-labelledby={`close-${dispute.id}`}>
      <Text fw={600} id={`close-${dispute.id}`}>
        {t('breaches.closeTitle', { description: dispute.description })} – {t(`breaches.dispute.${outcome}`)}
      </Text>
      {outcome === 'dialogueFailed' && (
        <Alert color="red" variant="light">
          {t('breaches.dialogueFailedWarning')}
        </Alert>
      )}
      <Group grow align="flex-start">
        <TextInput
          label={t('breaches.closeDate')}
          description={t('agreements.dateFormat')}
          value={values.date}
          onChange={(e) => setValues({ ...values, date: e.currentTarget.value.trim() })}
          error={error('date')}
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
      <ErrorAlert error={failure} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone} disabled={saving}>
          {t('common.cancel')}
        </Button>
        <Button
          onClick={() => void submit()}
          loading={saving}
          color={outcome === 'dialogueFailed' ? 'red.9' : undefined}
        >
          {t('breaches.saveClose')}
        </Button>
      </Group>
    </Stack>
  );
}

function OpenForm() {
  const t = useT();
  const text = useMessage();
  const openDispute = useBreaches().openDispute;
  const blank = { description: '', openedOn: swedishDay(new Date()) };
  const [values, setValues] = useState(blank);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);
  const error = fieldError(failure, text);

  async function submit() {
    setSaving(true);
    const result = await openDispute(values);
    setSaving(false);
    if (!result.ok) return setFailure(result.error);
    setFailure(null);
    notifySuccess(t('breaches.disputeSaved'));
    setValues(blank);
  }

  return (
    <Stack gap="xs" className="agr-subsection">
      <Title order={3} size="h5">
        {t('breaches.openDispute')}
      </Title>
      <Group grow align="flex-start">
        <Textarea
          label={t('breaches.disputeWhat')}
          autosize
          minRows={1}
          value={values.description}
          onChange={(e) => setValues({ ...values, description: e.currentTarget.value })}
          error={error('description')}
          required
        />
        <TextInput
          label={t('breaches.openedOn')}
          description={t('agreements.dateFormat')}
          value={values.openedOn}
          onChange={(e) => setValues({ ...values, openedOn: e.currentTarget.value.trim() })}
          error={error('openedOn')}
          required
        />
      </Group>
      <ErrorAlert error={failure} />
      <Group justify="flex-end">
        <Button onClick={() => void submit()} loading={saving}>
          {t('breaches.openDispute')}
        </Button>
      </Group>
    </Stack>
  );
}
