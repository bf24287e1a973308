// Small forms for facts recorded on an enrolment: the notice to social
// services, the child's own view, the visit before the group, and the fee.
import { Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { kronor, parseMoney, formatMoney } from '../../../../shared/agreements/money';
import type { AppError, Envelope } from '../../../../shared/envelope';
import type { Enrolment } from '../../../../shared/ipc/support-groups';
import {
  defaultOtherMunicipalityFeeKr,
  preVisitKinds,
  type PreVisitKind,
} from '../../../../shared/support-groups/vocabulary';
import { ErrorAlert } from '../../components/error-alert';
import { notifySuccess } from '../../components/notify';
import { forPerson } from '../../i18n/translate';
import { useMessage, useT } from '../../i18n/use-t';
import { useApiMutation } from '../../data/use-api-mutation';
import { todayIso } from './labels';
import { FieldScope, ScopedLabel } from '../../components/field-scope';

function FactForm({
  label,
  submitLabel,
  onSubmit,
  children,
  error,
}: {
  label: string;
  submitLabel: string;
  onSubmit(): Promise<Envelope<Enrolment>>;
  children: ReactNode;
  error: AppError | null;
}) {
  const t = useT();
  const [saving, setSaving] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    const result = await onSubmit();
    setSaving(false);
    if (result.ok) notifySuccess(t('enrolment.saved'));
  }
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={label}>
      <Stack gap="sm" mt="xs" className="sg-subsection">
        <FieldScope name={label}>{children}</FieldScope>
        <ErrorAlert error={error} />
        <Group>
          <Button type="submit" variant="default" loading={saving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** State for one fact form: its error and the field-error lookup. */
function useFailure() {
  const text = useMessage();
  const [failure, setFailure] = useState<AppError | null>(null);
  const keep = (result: Envelope<Enrolment>) => {
    setFailure(result.ok ? null : result.error);
    return result;
  };
  return {
    failure,
    keep,
    err: (path: string) => (failure?.fields?.[path] ? text(failure.fields[path]) : undefined),
  };
}

export function NoticeForm({ enrolment }: { enrolment: Enrolment }) {
  const t = useT();
  const record = useApiMutation('enrolments:recordNotice');
  const { failure, keep, err } = useFailure();
  const [informedOn, setOn] = useState(enrolment.notice?.informedOn ?? todayIso());
  const [informedBy, setBy] = useState(enrolment.notice?.informedBy ?? '');
  const [informedWhom, setWhom] = useState(enrolment.notice?.informedWhom ?? '');
  return (
    <FactForm
      label={t('enrolment.notice')}
      submitLabel={t('noticeForm.save')}
      error={failure}
      onSubmit={async () =>
        keep(await record.run({ enrolmentId: enrolment.id, informedOn, informedBy, informedWhom }))
      }
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          label={<ScopedLabel>{t('noticeForm.informedOn')}</ScopedLabel>}
          description={t('sgCommon.dateHint')}
          value={informedOn}
          onChange={(e) => setOn(e.currentTarget.value)}
          error={err('informedOn')}
        />
        <TextInput
          label={<ScopedLabel>{t('noticeForm.informedBy')}</ScopedLabel>}
          required
          value={informedBy}
          onChange={(e) => setBy(e.currentTarget.value)}
          error={err('informedBy')}
        />
        <TextInput
          label={<ScopedLabel>{t('noticeForm.informedWhom')}</ScopedLabel>}
          required
          value={informedWhom}
          onChange={(e) => setWhom(e.currentTarget.value)}
          error={err('informedWhom')}
        />
      </SimpleGrid>
    </FactForm>
  );
}

export function ChildViewForm({ enrolment }: { enrolment: Enrolment }) {
  const t = useT();
  const record = useApiMutation('enrolments:recordChildView');
  const { failure, keep, err } = useFailure();
  const [recordedOn, setOn] = useState(enrolment.childView?.recordedOn ?? todayIso());
  const [summary, setSummary] = useState(enrolment.childView?.summary ?? '');
  const [recordedBy, setBy] = useState(enrolment.childView?.recordedBy ?? '');
  return (
    <FactForm
      label={t(forPerson('enrolment.childView', enrolment.personTerm))}
      submitLabel={t(forPerson('childViewForm.save', enrolment.personTerm))}
      error={failure}
      onSubmit={async () =>
        keep(await record.run({ enrolmentId: enrolment.id, recordedOn, summary, recordedBy }))
      }
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={<ScopedLabel>{t('childViewForm.recordedOn')}</ScopedLabel>}
          description={t('sgCommon.dateHint')}
          value={recordedOn}
          onChange={(e) => setOn(e.currentTarget.value)}
          error={err('recordedOn')}
        />
        <TextInput
          label={<ScopedLabel>{t('childViewForm.recordedBy')}</ScopedLabel>}
          value={recordedBy}
          onChange={(e) => setBy(e.currentTarget.value)}
          error={err('recordedBy')}
        />
      </SimpleGrid>
      <Textarea
        label={<ScopedLabel>{t(forPerson('childViewForm.summary', enrolment.personTerm))}</ScopedLabel>}
        value={summary}
        onChange={(e) => setSummary(e.currentTarget.value)}
        error={err('summary')}
        autosize
        minRows={2}
      />
    </FactForm>
  );
}

export function PreVisitForm({ enrolment }: { enrolment: Enrolment }) {
  const t = useT();
  const record = useApiMutation('enrolments:recordPreVisit');
  const { failure, keep, err } = useFailure();
  const [kind, setKind] = useState<PreVisitKind>(enrolment.preVisit?.kind ?? 'homeVisit');
  const [visitedOn, setOn] = useState(enrolment.preVisit?.visitedOn ?? todayIso());
  const [visitedBy, setBy] = useState(enrolment.preVisit?.visitedBy ?? '');
  return (
    <FactForm
      label={t('enrolment.preVisit')}
      submitLabel={t('preVisitForm.save')}
      error={failure}
      onSubmit={async () => keep(await record.run({ enrolmentId: enrolment.id, kind, visitedOn, visitedBy }))}
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NativeSelect
          label={<ScopedLabel>{t('preVisitForm.kind')}</ScopedLabel>}
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as PreVisitKind)}
          data={preVisitKinds.map((k) => ({ value: k, label: t(`preVisit.${k}`) }))}
        />
        <TextInput
          label={<ScopedLabel>{t('preVisitForm.visitedOn')}</ScopedLabel>}
          description={t('sgCommon.dateHint')}
          value={visitedOn}
          onChange={(e) => setOn(e.currentTarget.value)}
          error={err('visitedOn')}
        />
        <TextInput
          label={<ScopedLabel>{t('preVisitForm.visitedBy')}</ScopedLabel>}
          value={visitedBy}
          onChange={(e) => setBy(e.currentTarget.value)}
          error={err('visitedBy')}
        />
      </SimpleGrid>
    </FactForm>
  );
}

export function FeeForm({ enrolment }: { enrolment: Enrolment }) {
  const t = useT();
  const record = useApiMutation('enrolments:setFee');
  const text = useMessage();
  const { failure, keep, err } = useFailure();
  const [applies, setApplies] = useState(enrolment.fee.applies);
  const [amount, setAmount] = useState(
    formatMoney(enrolment.fee.applies ? enrolment.fee.amount : kronor(defaultOtherMunicipalityFeeKr), {
      unit: false,
    }),
  );
  const [invoicedOn, setInvoiced] = useState(enrolment.fee.invoicedOn ?? '');
  const [paidOn, setPaid] = useState(enrolment.fee.paidOn ?? '');
  const parsed = parseMoney(amount);
  return (
    <FactForm
      label={t(forPerson('enrolment.fee', enrolment.personTerm))}
      submitLabel={t('feeForm.save')}
      error={failure}
      onSubmit={async () =>
        keep(
          await record.run({
            enrolmentId: enrolment.id,
            applies,
            amount: parsed.ok ? parsed.value : -1,
            invoicedOn: invoicedOn.trim() === '' ? null : invoicedOn.trim(),
            paidOn: paidOn.trim() === '' ? null : paidOn.trim(),
          }),
        )
      }
    >
      <Checkbox
        label={<ScopedLabel>{t('feeForm.applies')}</ScopedLabel>}
        checked={applies}
        onChange={(e) => setApplies(e.currentTarget.checked)}
      />
      {applies && (
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={<ScopedLabel>{t('feeForm.amount')}</ScopedLabel>}
            description={t('feeForm.amountHint')}
            value={amount}
            onChange={(e) => setAmount(e.currentTarget.value)}
            error={parsed.ok ? err('amount') : text('field.money')}
          />
          <TextInput
            label={<ScopedLabel>{t('feeForm.invoicedOn')}</ScopedLabel>}
            description={t('sgCommon.dateHint')}
            value={invoicedOn}
            onChange={(e) => setInvoiced(e.currentTarget.value)}
            error={err('invoicedOn')}
          />
          <TextInput
            label={<ScopedLabel>{t('feeForm.paidOn')}</ScopedLabel>}
            description={t('sgCommon.dateHint')}
            value={paidOn}
            onChange={(e) => setPaid(e.currentTarget.value)}
            error={err('paidOn')}
          />
        </SimpleGrid>
      )}
    </FactForm>
  );
}
