// The forms of an amendment's lifecycle: the decision (the board, or the head
// of administration under delegation: body, date, §) and one concerned party's
// signature. Main's field errors land on the fields; what was typed stays.
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { SignatureFields } from '../signature-fields';
import { useState, type FormEvent } from 'react';
import type { AppError } from '../../../../../shared/envelope';
import type { Agreement, AmendmentView } from '../../../../../shared/ipc/agreements';
import { AppModal } from '../../../components/app-modal';
import { CancelSubmit } from '../../../components/cancel-submit';
import { ErrorAlert } from '../../../components/error-alert';
import { notifySuccess } from '../../../components/notify';
import { useMessage, useT } from '../../../i18n/use-t';
import { useAgreementActions } from '../agreement-actions';

const fieldError = (failure: AppError | null, text: (k: string) => string, ...paths: string[]) => {
  for (const path of paths) if (failure?.fields?.[path]) return text(failure.fields[path]);
  return undefined;
};

export function DecisionModal({
  agreement,
  amendment,
  opened,
  onClose,
}: {
  agreement: Agreement;
  amendment: AmendmentView;
  opened: boolean;
  onClose(): void;
}) {
  const t = useT();
  const text = useMessage();
  const transition = useAgreementActions().transitionAmendment;
  const board =
    agreement.data.parties.find((p) => p.role === 'public' && p.actingThroughKind === 'board')
      ?.actingThrough ?? '';
  const [values, setValues] = useState({
    body: amendment.decider === 'board' ? board : t('amendment.delegate'),
    date: agreement.life.asOf,
    paragraph: '',
  });
  const [failure, setFailure] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const error = (field: string) =>
    fieldError(failure, text, `request.decision.${field}`, `decision.${field}`, `request.${field}`);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = await transition({
      amendmentId: amendment.id,
      request: { to: 'decided', decision: values },
    });
    setBusy(false);
    if (!result.ok) return setFailure(result.error);
    setFailure(null);
    notifySuccess(t('amendment.decided', { n: amendment.number }));
    onClose();
  }
  const problems = Object.entries(failure?.fields ?? {}).filter(([path]) => !path.includes('decision.'));

  return (
    <AppModal opened={opened} onClose={onClose} title={t('amendment.decisionTitle', { n: amendment.number })}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <Text size="sm">
            {amendment.decider === 'board'
              ? t('amendment.decisionByBoard')
              : t('amendment.decisionByDelegation')}
          </Text>
          <TextInput
            label={amendment.decider === 'board' ? t('lifecycle.board') : t('amendment.delegateTitle')}
            value={values.body}
            onChange={(e) => setValues({ ...values, body: e.currentTarget.value })}
            error={error('body')}
            required
            data-autofocus
          />
          <Group grow align="flex-start">
            <TextInput
              label={t('lifecycle.decisionDate')}
              description={t('agreements.dateFormat')}
              value={values.date}
              onChange={(e) => setValues({ ...values, date: e.currentTarget.value.trim() })}
              error={error('date')}
              required
            />
            <TextInput
              label={t('lifecycle.paragraph')}
              description={t('lifecycle.paragraphHint')}
              value={values.paragraph}
              onChange={(e) => setValues({ ...values, paragraph: e.currentTarget.value })}
              error={error('paragraph')}
              required
            />
          </Group>
          <ErrorAlert error={failure}>
            {problems.length > 0 && (
              <ul>
                {problems.map(([path, key]) => (
                  <li key={path}>{text(key)}</li>
                ))}
              </ul>
            )}
          </ErrorAlert>
          <CancelSubmit onCancel={onClose} busy={busy} submitLabel={t('lifecycle.saveDecision')} />
        </Stack>
      </form>
    </AppModal>
  );
}

/** One concerned party's signature of a decided amendment. */
export function SignAmendmentForm({
  agreement,
  amendment,
}: {
  agreement: Agreement;
  amendment: AmendmentView;
}) {
  const t = useT();
  const text = useMessage();
  const sign = useAgreementActions().signAmendment;
  const nameOf = (id: number) => agreement.organisations.find((o) => o.id === id)?.name ?? String(id);
  const signatoryOf = (id: number) => agreement.data.parties.find((p) => p.organisationId === id)?.signatory;
  const first = amendment.unsigned[0] ?? amendment.concerned[0] ?? 0;
  const fresh = (id: number) => ({
    organisationId: String(id),
    name: signatoryOf(id)?.name ?? '',
    title: signatoryOf(id)?.title ?? '',
  });
  const [values, setValues] = useState({ ...fresh(first), place: '', date: agreement.life.asOf });
  const [failure, setFailure] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const error = (field: string) => fieldError(failure, text, `signature.${field}`);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const organisationId = Number(values.organisationId);
    const result = await sign({ amendmentId: amendment.id, signature: { ...values, organisationId } });
    setBusy(false);
    if (!result.ok) return setFailure(result.error);
    setFailure(null);
    notifySuccess(t('signatures.saved', { name: nameOf(organisationId) }));
    const next = result.value.life.amendments.find((a) => a.id === amendment.id)?.unsigned[0];
    if (next !== undefined) setValues({ ...values, ...fresh(next) });
  }

  const idPrefix = `amendment-${amendment.id}-sign`;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${idPrefix}-title`}>
      <Stack gap="xs" className="agr-subsection">
        <Text fw={600} id={`${idPrefix}-title`}>
          {t('amendment.recordSignature', { n: amendment.number })}
        </Text>
        <SignatureFields
          parties={amendment.concerned.map((id) => ({ value: String(id), label: nameOf(id) }))}
          values={values}
          onChange={setValues}
          onParty={(v) => setValues({ ...values, ...fresh(Number(v)) })}
          error={error}
        />
        <ErrorAlert error={failure} />
        <Group justify="flex-end">
          <Button type="submit" loading={busy}>
            {t('signatures.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
