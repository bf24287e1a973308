// The parties' notifications of changed circumstances: the list with what
// changed, the commitments it touches and how it was handled; the form to
// record one; per open notification, close it without a deficiency or record
// a deficiency from it.
import { Button, Group, MultiSelect, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { recordsBreaches } from '../../../../../shared/agreements/deficiencies';
import { swedishDay } from '../../../../../shared/dates';
import type { AppError } from '../../../../../shared/envelope';
import type { Agreement } from '../../../../../shared/ipc/agreements';
import type { CircumstanceNotice } from '../../../../../shared/ipc/agreements/deficiency-process';
import { ErrorAlert } from '../../../components/error-alert';
import { notifySuccess } from '../../../components/notify';
import { useMessage, useT } from '../../../i18n/use-t';
import { useBreaches } from './use-breaches';
import { DeficiencyForm } from './deficiency-form';
import { fieldError } from './field-errors';

export function NoticesSection({ agreement, canWrite }: { agreement: Agreement; canWrite: boolean }) {
  const t = useT();
  const notices = useBreaches().notices;
  const [closing, setClosing] = useState<CircumstanceNotice | null>(null);
  const [opening, setOpening] = useState<CircumstanceNotice | null>(null);
  const nameOf = (id: number) => agreement.organisations.find((o) => o.id === id)?.name ?? '';
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {t('defproc.notices')}
      </Title>
      <Text size="sm">{t('defproc.noticesIntro')}</Text>
      {notices.length === 0 ? (
        <Text size="sm">{t('defproc.noNotices')}</Text>
      ) : (
        <table className="agr-table-plain" aria-label={t('defproc.notices')}>
          <thead>
            <tr>
              <th scope="col">{t('breaches.party')}</th>
              <th scope="col">{t('defproc.notifiedOn')}</th>
              <th scope="col">{t('defproc.whatChanged')}</th>
              <th scope="col">{t('defproc.touches')}</th>
              <th scope="col">{t('defproc.noticeStatus')}</th>
              {canWrite && <th scope="col">{t('breaches.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {notices.map((n) => (
              <tr key={n.id}>
                <td>{nameOf(n.organisationId)}</td>
                <td>{n.notifiedOn}</td>
                <td>{n.whatChanged}</td>
                <td>{n.commitments.join('; ')}</td>
                <td>
                  {n.status === 'open'
                    ? t('defproc.notice.open')
                    : t(`defproc.notice.${n.status}`, { date: n.closedOn ?? '' })}
                  {n.closingNote && <Text size="xs">{n.closingNote}</Text>}
                </td>
                {canWrite && (
                  <td>
                    {n.status === 'open' && (
                      <Group gap={4}>
                        <Button
                          size="compact-xs"
                          variant="default"
                          onClick={() => {
                            setClosing(null);
                            setOpening(n);
                          }}
                        >
                          {t('defproc.openDeficiency')}
                        </Button>
                        <Button
                          size="compact-xs"
                          variant="default"
                          onClick={() => {
                            setOpening(null);
                            setClosing(n);
                          }}
                        >
                          {t('defproc.closeNotice')}
                        </Button>
                      </Group>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {closing && <CloseForm key={closing.id} notice={closing} onDone={() => setClosing(null)} />}
      {opening && (
        <DeficiencyForm
          key={opening.id}
          agreement={agreement}
          notice={opening}
          onDone={() => setOpening(null)}
        />
      )}
      {canWrite && recordsBreaches(agreement.status) && <NoticeForm agreement={agreement} />}
    </Stack>
  );
}

function CloseForm({ notice, onDone }: { notice: CircumstanceNotice; onDone(): void }) {
  const t = useT();
  const text = useMessage();
  const closeNotice = useBreaches().closeNotice;
  const [values, setValues] = useState({ closedOn: swedishDay(new Date()), note: '' });
  const [failure, setFailure] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);
  const error = fieldError(failure, text);
  const titleId = `close-notice-${notice.id}`;

  async function submit() {
    setSaving(true);
    const result = await closeNotice({ noticeId: notice.id, closedOn: values.closedOn, note: values.note });
    setSaving(false);
    if (!result.ok) return setFailure(result.error);
    notifySuccess(t('defproc.noticeClosed'));
    onDone();
  }

  return (
    <Stack gap="xs" className="agr-subsection" role="group" aria-labelledby={titleId}>
      <Text fw={600} id={titleId}>
        {t('defproc.closeNoticeTitle', { what: notice.whatChanged })}
      </Text>
      <Group grow align="flex-start">
        <TextInput
          label={t('defproc.closedOn')}
          description={t('agreements.dateFormat')}
          value={values.closedOn}
          onChange={(e) => setValues({ ...values, closedOn: e.currentTarget.value.trim() })}
          error={error('closedOn', 'noticeId')}
        />
        <Textarea
          label={t('defproc.note')}
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
        <Button onClick={() => void submit()} loading={saving}>
          {t('defproc.saveClose')}
        </Button>
      </Group>
    </Stack>
  );
}

function NoticeForm({ agreement }: { agreement: Agreement }) {
  const t = useT();
  const text = useMessage();
  const recordNotice = useBreaches().recordNotice;
  const nameOf = (id: number) => agreement.organisations.find((o) => o.id === id)?.name ?? '';
  const firstNonprofit =
    agreement.data.parties.find((p) => p.role === 'nonprofit') ?? agreement.data.parties[0];
  const blank = {
    organisationId: String(firstNonprofit?.organisationId ?? ''),
    notifiedOn: swedishDay(new Date()),
    whatChanged: '',
    commitments: [] as string[],
  };
  const [values, setValues] = useState(blank);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (patch: Partial<typeof values>) => setValues({ ...values, ...patch });
  const error = fieldError(failure, text);
  const texts = [...new Set(agreement.data.commitments.map((c) => c.text))];

  async function submit() {
    setSaving(true);
    const result = await recordNotice({
      organisationId: Number(values.organisationId),
      notifiedOn: values.notifiedOn,
      whatChanged: values.whatChanged,
      commitments: values.commitments,
    });
    setSaving(false);
    if (!result.ok) return setFailure(result.error);
    setFailure(null);
    notifySuccess(t('defproc.noticeSaved'));
    setValues(blank);
  }

  return (
    <Stack gap="xs" className="agr-subsection">
      <Title order={3} size="h5">
        {t('defproc.recordNotice')}
      </Title>
      <Group grow align="flex-start">
        <Select
          label={t('defproc.notifyingParty')}
          data={agreement.data.parties.map((p) => ({
            value: String(p.organisationId),
            label: nameOf(p.organisationId),
          }))}
          value={values.organisationId}
          onChange={(v) => v && set({ organisationId: v })}
          error={error('organisationId')}
          allowDeselect={false}
        />
        <TextInput
          label={t('defproc.notifiedOn')}
          description={t('agreements.dateFormat')}
          value={values.notifiedOn}
          onChange={(e) => set({ notifiedOn: e.currentTarget.value.trim() })}
          error={error('notifiedOn')}
          required
        />
      </Group>
      <Textarea
        label={t('defproc.whatChanged')}
        autosize
        minRows={2}
        value={values.whatChanged}
        onChange={(e) => set({ whatChanged: e.currentTarget.value })}
        error={error('whatChanged')}
        required
      />
      <MultiSelect
        label={t('defproc.touches')}
        data={texts}
        value={values.commitments}
        onChange={(v) => set({ commitments: v })}
        error={error('commitments')}
        searchable
      />
      <ErrorAlert error={failure} />
      <Group justify="flex-end">
        <Button onClick={() => void submit()} loading={saving}>
          {t('defproc.saveNotice')}
        </Button>
      </Group>
    </Stack>
  );
}
