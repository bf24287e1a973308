// Governance bodies and their meetings: cadence, when the next meeting is due
// (with a warning when the cadence was missed), the meetings held, and the
// form to record one.
import { Alert, Button, Group, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { swedishDay } from '../../../../shared/dates';
import { bodyKindLabels, describeCadence } from '../../../../shared/agreements/labels';
import type { AppError } from '../../../../shared/envelope';
import type { Agreement } from '../../../../shared/ipc/agreements';
import type { Role } from '../../../../shared/roles';
import { mayCall } from '../../api/access';
import { ErrorAlert } from '../../components/error-alert';
import { notifySuccess } from '../../components/notify';
import { useLanguage, useMessage, useT } from '../../i18n/use-t';
import { useAgreementActions } from './agreement-actions';
import { DraftOfferDialog, DraftStatus } from '../../components/form-draft-parts';
import { useFormDraft } from '../../components/use-form-draft';
import { AttachmentsPanel } from '../../components/attachments/attachments-panel';

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function MeetingsTab({ agreement, role }: { agreement: Agreement; role: Role }) {
  const t = useT();
  const language = useLanguage();
  const canWrite = mayCall('agreements:recordMeeting', role);
  const removeMeeting = useAgreementActions().removeMeeting;
  const bodies = agreement.data.governanceBodies;
  if (bodies.length === 0) return <Text>{t('meetings.noBodies')}</Text>;
  return (
    <Stack gap="xl">
      {bodies.map((body) => {
        const next = agreement.calendar.find((i) => i.key === `meeting:${body.key}`);
        const held = agreement.meetings.filter((m) => m.bodyKey === body.key);
        return (
          <Stack key={body.key} gap="xs">
            <Title order={2} size="h4">
              {body.name} ({bodyKindLabels[language][body.kind]})
            </Title>
            <Text size="sm">{t('meetings.cadence', { cadence: describeCadence(body.cadence) })}</Text>
            {next?.state === 'overdue' ? (
              <Alert
                color="red"
                variant="light"
                icon={<IconAlertTriangle aria-hidden="true" />}
                title={t('meetings.missedTitle')}
              >
                {t('meetings.missed', { date: next.date })}
              </Alert>
            ) : next ? (
              <Text size="sm">{t('meetings.nextDue', { date: next.date })}</Text>
            ) : null}
            {held.length === 0 ? (
              <Text size="sm">{t('meetings.none')}</Text>
            ) : (
              <table className="agr-table-plain" aria-label={t('meetings.held', { name: body.name })}>
                <thead>
                  <tr>
                    <th scope="col">{t('meetings.date')}</th>
                    <th scope="col">{t('meetings.attendees')}</th>
                    <th scope="col">{t('meetings.decisions')}</th>
                    <th scope="col">{t('meetings.minutes')}</th>
                    {canWrite && <th scope="col">{t('economy.actions')}</th>}
                  </tr>
                </thead>
                <tbody>
                  {held.map((m) => (
                    <tr key={m.id}>
                      <td>{m.date}</td>
                      <td>{m.attendees.join(', ') || '–'}</td>
                      <td>{m.decisions.join('; ') || '–'}</td>
                      <td>{m.minutesReference || '–'}</td>
                      {canWrite && (
                        <td>
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            color="red"
                            onClick={() => void removeMeeting(m.id)}
                          >
                            {t('meetings.remove', { date: m.date })}
                          </Button>
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {held.map((m) => (
              <AttachmentsPanel
                key={m.id}
                compact
                record={{ kind: 'meeting', id: m.id }}
                title={t('attachments.ofMeeting', { body: body.name, date: m.date })}
              />
            ))}
          </Stack>
        );
      })}
      {canWrite && <MeetingForm agreement={agreement} />}
    </Stack>
  );
}

function MeetingForm({ agreement }: { agreement: Agreement }) {
  const t = useT();
  const text = useMessage();
  const recordMeeting = useAgreementActions().recordMeeting;
  const [values, setValues] = useState({
    bodyKey: agreement.data.governanceBodies[0]?.key ?? '',
    date: swedishDay(new Date()),
    attendees: '',
    decisions: '',
    minutesReference: '',
  });
  const [failure, setFailure] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);
  // What the form shows when nothing is typed (again after each save), to tell unsaved changes.
  const [start, setStart] = useState(values);
  const draftStore = useFormDraft({
    form: 'meeting',
    recordId: agreement.id,
    enabled: true,
    dirty: JSON.stringify(values) !== JSON.stringify(start),
    values,
    restore: setValues,
    reset: () => setValues(start),
  });
  const set = (patch: Partial<typeof values>) => setValues({ ...values, ...patch });
  const error = (path: string) => {
    const key =
      failure?.fields?.[path] ??
      Object.entries(failure?.fields ?? {}).find(([p]) => p.startsWith(`${path}.`))?.[1];
    return key ? text(key) : undefined;
  };

  async function submit() {
    setSaving(true);
    const result = await draftStore.saving(() =>
      recordMeeting({
        bodyKey: values.bodyKey,
        date: values.date,
        attendees: lines(values.attendees),
        decisions: lines(values.decisions),
        minutesReference: values.minutesReference,
      }),
    );
    setSaving(false);
    if (!result.ok) return setFailure(result.error);
    setFailure(null);
    notifySuccess(t('meetings.saved'));
    const empty = { ...values, attendees: '', decisions: '', minutesReference: '' };
    setValues(empty);
    setStart(empty);
  }

  return (
    <Stack gap="xs" className="agr-subsection">
      <Title order={2} size="h4">
        {t('meetings.record')}
      </Title>
      <Group grow align="flex-start">
        <Select
          label={t('meetings.body')}
          data={agreement.data.governanceBodies.map((b) => ({ value: b.key, label: b.name }))}
          value={values.bodyKey}
          onChange={(v) => v && set({ bodyKey: v })}
          error={error('bodyKey')}
          allowDeselect={false}
        />
        <TextInput
          label={t('meetings.date')}
          description={t('agreements.dateFormat')}
          value={values.date}
          onChange={(e) => set({ date: e.currentTarget.value.trim() })}
          error={error('date')}
        />
        <TextInput
          label={t('meetings.minutes')}
          value={values.minutesReference}
          onChange={(e) => set({ minutesReference: e.currentTarget.value })}
          error={error('minutesReference')}
        />
      </Group>
      <Group grow align="flex-start">
        <Textarea
          label={t('meetings.attendees')}
          description={t('meetings.onePerLine')}
          autosize
          minRows={2}
          value={values.attendees}
          onChange={(e) => set({ attendees: e.currentTarget.value })}
          error={error('attendees')}
        />
        <Textarea
          label={t('meetings.decisions')}
          description={t('meetings.onePerLine')}
          autosize
          minRows={2}
          value={values.decisions}
          onChange={(e) => set({ decisions: e.currentTarget.value })}
          error={error('decisions')}
        />
      </Group>
      <ErrorAlert error={failure} />
      <Group justify="flex-end">
        <DraftStatus state={draftStore.state} />
        <Button onClick={() => void submit()} loading={saving}>
          {t('meetings.save')}
        </Button>
      </Group>
      <DraftOfferDialog offer={draftStore.offer} />
    </Stack>
  );
}
