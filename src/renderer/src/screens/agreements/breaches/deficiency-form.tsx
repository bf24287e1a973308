// Recording a deficiency: the party, what is deficient, the commitment or term
// it concerns (one of the agreement's commitments, or a term in words), when
// and at which meeting it was found, and the remedy deadline. Opened from a
// notification of changed circumstances it names that notification (main
// closes it) and starts from its party.
import { Button, Group, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { swedishDay } from '../../../../../shared/dates';
import type { AppError } from '../../../../../shared/envelope';
import type { Agreement } from '../../../../../shared/ipc/agreements';
import type { CircumstanceNotice } from '../../../../../shared/ipc/agreements/deficiency-process';
import { ErrorAlert } from '../../../components/error-alert';
import { notifySuccess } from '../../../components/notify';
import { useMessage, useT } from '../../../i18n/use-t';
import { useBreaches } from './use-breaches';
import { fieldError } from './field-errors';

const other = 'other';

export function DeficiencyForm({
  agreement,
  notice,
  onDone,
}: {
  agreement: Agreement;
  /** The notification it comes from, if any. */
  notice?: CircumstanceNotice | undefined;
  onDone?: () => void;
}) {
  const t = useT();
  const text = useMessage();
  const recordDeficiency = useBreaches().recordDeficiency;
  const nameOf = (id: number) => agreement.organisations.find((o) => o.id === id)?.name ?? '';
  const bodyName = (key: string) => agreement.data.governanceBodies.find((b) => b.key === key)?.name ?? key;
  const firstNonprofit =
    agreement.data.parties.find((p) => p.role === 'nonprofit') ?? agreement.data.parties[0];
  const partyId = notice?.organisationId ?? firstNonprofit?.organisationId;
  const noticeCommitment = notice
    ? agreement.data.commitments.find((c) => notice.commitments.includes(c.text))
    : undefined;
  const blank = {
    organisationId: String(partyId ?? ''),
    description: notice?.whatChanged ?? '',
    commitment: noticeCommitment?.key ?? '',
    term: '',
    meetingId: '',
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
    const key = values.commitment === '' || values.commitment === other ? null : values.commitment;
    const result = await recordDeficiency({
      organisationId: Number(values.organisationId),
      description: values.description,
      foundOn: values.foundOn,
      remedyBy: values.remedyBy,
      commitmentKey: key,
      commitmentText: values.commitment === other ? values.term : '',
      meetingId: values.meetingId ? Number(values.meetingId) : null,
      noticeId: notice?.id ?? null,
    });
    setSaving(false);
    if (!result.ok) return setFailure(result.error);
    setFailure(null);
    notifySuccess(t('breaches.deficiencySaved'));
    setValues(blank);
    onDone?.();
  }

  return (
    <Stack gap="xs" className="agr-subsection">
      <Title order={3} size="h5">
        {t('breaches.recordDeficiency')}
      </Title>
      {notice && (
        <Text size="sm">
          {t('defproc.fromNotice', { party: nameOf(notice.organisationId), date: notice.notifiedOn })}
        </Text>
      )}
      <Select
        label={t('breaches.deficientParty')}
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
      <Select
        label={t('defproc.commitment')}
        description={t('defproc.commitmentHint')}
        data={[
          { value: '', label: t('defproc.commitmentNone') },
          ...agreement.data.commitments.map((c) => ({
            value: c.key,
            label: `${nameOf(c.organisationId)}: ${c.text}`,
          })),
          { value: other, label: t('defproc.commitmentOther') },
        ]}
        value={values.commitment}
        onChange={(v) => set({ commitment: v ?? '' })}
        error={error('commitmentKey')}
        allowDeselect={false}
      />
      {values.commitment === other && (
        <TextInput
          label={t('defproc.term')}
          value={values.term}
          onChange={(e) => set({ term: e.currentTarget.value })}
          error={error('commitmentText')}
        />
      )}
      <Group grow align="flex-start">
        <TextInput
          label={t('breaches.foundOn')}
          description={t('agreements.dateFormat')}
          value={values.foundOn}
          onChange={(e) => set({ foundOn: e.currentTarget.value.trim() })}
          error={error('foundOn')}
          required
        />
        <Select
          label={t('defproc.meeting')}
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
            set({ meetingId: v ?? '', ...(meeting ? { foundOn: meeting.date } : {}) });
          }}
          error={error('meetingId')}
          allowDeselect={false}
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
        {onDone && (
          <Button variant="default" onClick={onDone} disabled={saving}>
            {t('common.cancel')}
          </Button>
        )}
        <Button onClick={() => void submit()} loading={saving}>
          {t('breaches.saveDeficiency')}
        </Button>
      </Group>
    </Stack>
  );
}
