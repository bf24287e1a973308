// The enrolment page's papers: the consent form for guardians (information
// only under LVU) and the notice to social services, with "record handed over"
// which records the notice with that date and so satisfies the gate.
import { Button, Group, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { AppError } from '../../../../shared/envelope';
import type { Enrolment } from '../../../../shared/ipc/support-groups';
import { ErrorAlert } from '../../components/error-alert';
import { notifySuccess } from '../../components/notify';
import { forPerson } from '../../i18n/translate';
import { useMessage, useT } from '../../i18n/use-t';
import { PrintPanel } from './print-panel';
import { recordNoticeHandedOver } from './use-printing';

function HandedOverForm({ enrolment, today }: { enrolment: Enrolment; today: string }) {
  const t = useT();
  const text = useMessage();
  const [on, setOn] = useState(today);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    const result = await recordNoticeHandedOver(enrolment.id, on.trim());
    setSaving(false);
    setError(result.ok ? null : result.error);
    if (!result.ok) return;
    notifySuccess(t('printing.handedOverSaved', { date: result.value.notice?.informedOn ?? on }));
  }
  const fieldError = error?.fields?.informedOn ?? error?.fields?.handedOverOn;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('printing.handedOver')}>
      <Group align="flex-end" gap="xs">
        <TextInput
          label={t('printing.handedOverOn')}
          description={t('sgCommon.dateHint')}
          value={on}
          onChange={(e) => setOn(e.currentTarget.value)}
          error={fieldError ? text(fieldError) : undefined}
          maw={220}
        />
        <Button type="submit" variant="default" loading={saving}>
          {t('printing.handedOver')}
        </Button>
      </Group>
      {!fieldError && <ErrorAlert error={error} />}
    </form>
  );
}

export function EnrolmentPrints({
  enrolment,
  today,
  canWrite,
}: {
  enrolment: Enrolment;
  today: string;
  canWrite: boolean;
}) {
  const t = useT();
  const lvu = enrolment.consentBasis === 'notRequired';
  return (
    <PrintPanel
      id="enrolment-prints"
      items={[
        {
          key: 'consent',
          label: lvu ? t('printing.information') : t('printing.consentForm'),
          description: lvu
            ? t(forPerson('printing.informationText', enrolment.personTerm))
            : t('printing.consentText'),
          target: { document: 'consentForm', enrolmentId: enrolment.id },
          formats: ['pdf', 'docx'],
        },
        {
          key: 'notice',
          label: t('printing.notice'),
          description: t(forPerson('printing.noticeText', enrolment.personTerm)),
          target: { document: 'socialServicesNotice', enrolmentId: enrolment.id },
          formats: ['pdf', 'docx'],
        },
      ]}
    >
      {canWrite && (
        <>
          <Text size="sm">{t('printing.handedOverText')}</Text>
          <HandedOverForm enrolment={enrolment} today={today} />
        </>
      )}
    </PrintPanel>
  );
}
