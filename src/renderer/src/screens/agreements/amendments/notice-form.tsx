// Notice (uppsägning): of the whole agreement, or one party leaving it (the
// others go on). A notice binds once given, so the form first says what it
// means and what ends when, and only the explicit second step records it.
import { Alert, Button, Group, Radio, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { noticePeriodEnd } from '../../../../../shared/agreements/amendments/notices';
import type { NoticeScope } from '../../../../../shared/agreements/amendments/model';
import { isValidIsoDate } from '../../../../../shared/dates';
import type { AppError } from '../../../../../shared/envelope';
import type { Agreement } from '../../../../../shared/ipc/agreements';
import { AppModal } from '../../../components/app-modal';
import { ErrorAlert } from '../../../components/error-alert';
import { notifySuccess } from '../../../components/notify';
import { useMessage, useT } from '../../../i18n/use-t';
import { useAgreementActions } from '../agreement-actions';

export function NoticeModal({
  agreement,
  opened,
  onClose,
}: {
  agreement: Agreement;
  opened: boolean;
  onClose(): void;
}) {
  const t = useT();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('notice.title')} size="lg">
      {opened && <NoticeFields agreement={agreement} onClose={onClose} />}
    </AppModal>
  );
}

function NoticeFields({ agreement, onClose }: { agreement: Agreement; onClose(): void }) {
  const t = useT();
  const text = useMessage();
  const giveNotice = useAgreementActions().giveNotice;
  const nameOf = (id: number) => agreement.organisations.find((o) => o.id === id)?.name ?? String(id);
  const parties = agreement.data.parties;
  const leaving = new Set(
    agreement.life.notices
      .filter((n) => n.scope === 'party' && n.withdrawal === null)
      .map((n) => n.organisationId),
  );
  const [values, setValues] = useState({
    scope: 'agreement' as NoticeScope,
    byOrganisationId: String(parties.find((p) => !leaving.has(p.organisationId))?.organisationId ?? ''),
    givenOn: agreement.life.asOf,
    ongoingInterventions: '',
  });
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const error = (field: string) => {
    const key = failure?.fields?.[`notice.${field}`] ?? failure?.fields?.[`request.notice.${field}`];
    return key ? text(key) : undefined;
  };
  const months = agreement.data.notice.months;
  const validDate = isValidIsoDate(values.givenOn);
  const periodEnd = validDate ? noticePeriodEnd(values.givenOn, months, agreement.data.period.end) : null;
  const who = nameOf(Number(values.byOrganisationId));

  async function submit() {
    setBusy(true);
    const result = await giveNotice({
      scope: values.scope,
      byOrganisationId: Number(values.byOrganisationId),
      givenOn: values.givenOn,
      ongoingInterventions: values.ongoingInterventions,
    });
    setBusy(false);
    if (!result.ok) {
      setConfirming(false);
      return setFailure(result.error);
    }
    notifySuccess(values.scope === 'agreement' ? t('notice.saved') : t('notice.partySaved', { name: who }));
    onClose();
  }

  if (confirming)
    return (
      <Stack gap="sm">
        <Alert color="red" variant="light" title={t('notice.confirmTitle')}>
          <Stack gap="xs">
            <Text size="sm">
              {values.scope === 'agreement'
                ? t('notice.confirmAgreement', { name: who, date: values.givenOn })
                : t('notice.confirmParty', { name: who, date: values.givenOn })}
            </Text>
            <Text size="sm" fw={600}>
              {months === null
                ? t('notice.confirmNoTerms')
                : values.scope === 'agreement'
                  ? t('notice.confirmEndsAgreement', { months, end: periodEnd ?? '' })
                  : t('notice.confirmEndsParty', { name: who, months, end: periodEnd ?? '' })}
            </Text>
            <Text size="sm">{t('notice.confirmGroups')}</Text>
            <Text size="sm">{t('notice.confirmBinding')}</Text>
          </Stack>
        </Alert>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setConfirming(false)} disabled={busy}>
            {t('notice.back')}
          </Button>
          <Button color="red.9" loading={busy} onClick={() => void submit()} data-autofocus>
            {t('notice.confirm')}
          </Button>
        </Group>
      </Stack>
    );

  return (
    <Stack gap="sm">
      <Radio.Group
        label={t('notice.scope')}
        value={values.scope}
        onChange={(v) => setValues({ ...values, scope: v === 'party' ? 'party' : 'agreement' })}
      >
        <Stack gap={6} mt={6}>
          <Radio value="agreement" label={t('notice.scopeAgreement')} />
          <Radio value="party" label={t('notice.scopeParty')} />
        </Stack>
      </Radio.Group>
      <Group grow align="flex-start">
        <Select
          label={values.scope === 'party' ? t('notice.leavingParty') : t('lifecycle.noticeBy')}
          data={parties
            .filter((p) => values.scope === 'agreement' || !leaving.has(p.organisationId))
            .map((p) => ({ value: String(p.organisationId), label: nameOf(p.organisationId) }))}
          value={values.byOrganisationId}
          onChange={(v) => v && setValues({ ...values, byOrganisationId: v })}
          error={error('byOrganisationId')}
          allowDeselect={false}
        />
        <TextInput
          label={t('lifecycle.noticeDate')}
          description={t('agreements.dateFormat')}
          value={values.givenOn}
          onChange={(e) => setValues({ ...values, givenOn: e.currentTarget.value.trim() })}
          error={error('givenOn') ?? (values.givenOn !== '' && !validDate ? text('field.date') : undefined)}
          required
          data-autofocus
        />
      </Group>
      <Text size="sm">
        {months === null
          ? t('notice.noTerms')
          : months === 0
            ? t('notice.noPeriod')
            : t('notice.terms', {
                months,
                to: agreement.data.notice.writtenNoticeTo || t('notice.theParties'),
              })}
      </Text>
      <Textarea
        label={t('lifecycle.ongoing')}
        description={t('lifecycle.ongoingHint')}
        autosize
        minRows={2}
        value={values.ongoingInterventions}
        onChange={(e) => setValues({ ...values, ongoingInterventions: e.currentTarget.value })}
      />
      <ErrorAlert error={failure}>
        {failure?.fields?.notice && <Text size="sm">{text(failure.fields.notice)}</Text>}
        {failure?.fields?.['notice.months'] && <Text size="sm">{text(failure.fields['notice.months'])}</Text>}
      </ErrorAlert>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button
          color="red.9"
          onClick={() => setConfirming(true)}
          disabled={!validDate || values.byOrganisationId === ''}
        >
          {t('notice.next')}
        </Button>
      </Group>
    </Stack>
  );
}
