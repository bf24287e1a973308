// Repayment (återbetalning): the app's proposal as of a settlement date, per
// payer and recipient with how the work was valued, and the form to confirm
// it or record another amount with a reason; then the planned repayments.
import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { addMonths, swedishDay } from '../../../../../shared/dates';
import { formatMoney, parseMoney } from '../../../../../shared/agreements/money';
import type { AppError } from '../../../../../shared/envelope';
import type { Agreement } from '../../../../../shared/ipc/agreements';
import type { RepaymentProposal } from '../../../../../shared/ipc/agreements/deficiencies';
import { ErrorAlert } from '../../../components/error-alert';
import { notifySuccess } from '../../../components/notify';
import { useMessage, useT } from '../../../i18n/use-t';
import { useBreaches } from './use-breaches';
import { fieldError } from './field-errors';
import { PlannedRepaymentsTable } from './planned-repayments';

type Line = RepaymentProposal['lines'][number];

export function RepaymentsSection({ agreement, canWrite }: { agreement: Agreement; canWrite: boolean }) {
  const t = useT();
  const propose = useBreaches().propose;
  const disputes = useBreaches().disputes;
  const failed = disputes.find((d) => d.outcome === 'dialogueFailed');
  const [asOf, setAsOf] = useState(failed?.closedOn ?? agreement.rescission?.date ?? swedishDay(new Date()));
  const [proposal, setProposal] = useState<RepaymentProposal | null>(null);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const text = useMessage();
  const error = fieldError(failure, text);
  const nameOf = (id: number) => agreement.organisations.find((o) => o.id === id)?.name ?? '';

  async function run() {
    setBusy(true);
    const result = await propose(asOf);
    setBusy(false);
    setFailure(result.ok ? null : result.error);
    setProposal(result.ok ? result.value : null);
  }

  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {t('breaches.repayments')}
      </Title>
      <Text size="sm">{t('breaches.repaymentsIntro')}</Text>
      <Group align="flex-end">
        <TextInput
          label={t('breaches.asOf')}
          description={t('agreements.dateFormat')}
          value={asOf}
          onChange={(e) => setAsOf(e.currentTarget.value.trim())}
          error={error('asOf')}
        />
        <Button variant="default" onClick={() => void run()} loading={busy}>
          {t('breaches.propose')}
        </Button>
      </Group>
      <ErrorAlert error={failure && !failure.fields ? failure : null} />
      {proposal && (
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('breaches.proposalTitle', { date: proposal.asOf })}
          </Title>
          <Text size="sm">{t(`breaches.method.${proposal.method}`)}</Text>
          {proposal.lines.map((line) => (
            <LineCard
              key={`${line.payerOrganisationId}-${line.recipientOrganisationId}`}
              line={line}
              asOf={proposal.asOf}
              method={proposal.method}
              disputeId={failed?.id ?? null}
              nameOf={nameOf}
              canWrite={canWrite}
            />
          ))}
        </Stack>
      )}
      <PlannedRepaymentsTable agreement={agreement} />
    </Stack>
  );
}

function LineCard(props: {
  line: Line;
  asOf: string;
  method: RepaymentProposal['method'];
  disputeId: number | null;
  nameOf(id: number): string;
  canWrite: boolean;
}) {
  const { line, nameOf } = props;
  const t = useT();
  const text = useMessage();
  const recordRepayment = useBreaches().recordRepayment;
  const recorded = useBreaches().repayments.some(
    (r) =>
      r.payerOrganisationId === line.payerOrganisationId &&
      r.recipientOrganisationId === line.recipientOrganisationId,
  );
  const [values, setValues] = useState({
    amount: formatMoney(line.proposed, { unit: false }),
    reason: '',
    dueOn: addMonths(props.asOf, 1),
  });
  const [failure, setFailure] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);
  const error = fieldError(failure, text);
  const heading = `${nameOf(line.recipientOrganisationId)} → ${nameOf(line.payerOrganisationId)}`;

  async function submit() {
    const amount = parseMoney(values.amount);
    if (!amount.ok)
      return setFailure({
        code: 'validation',
        message: text('validation'),
        fields: { amount: amount.problem },
      });
    setSaving(true);
    const result = await recordRepayment({
      asOf: props.asOf,
      dueOn: values.dueOn,
      disputeId: props.disputeId,
      payerOrganisationId: line.payerOrganisationId,
      recipientOrganisationId: line.recipientOrganisationId,
      amount: amount.value,
      reason: values.reason,
    });
    setSaving(false);
    if (!result.ok) return setFailure(result.error);
    setFailure(null);
    notifySuccess(t('breaches.repaymentSaved'));
  }

  return (
    <Stack gap={4} className="agr-subsection" role="group" aria-label={heading}>
      <Text fw={600}>{heading}</Text>
      <table className="agr-table-plain" aria-label={heading}>
        <thead>
          <tr>
            <th scope="col">{t('breaches.paid')}</th>
            <th scope="col">{t('breaches.repaid')}</th>
            <th scope="col">{t('breaches.workValue')}</th>
            <th scope="col">{t('breaches.proposed')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td className="agr-number">{formatMoney(line.paid)}</td>
            <td className="agr-number">{formatMoney(line.repaid)}</td>
            <td className="agr-number">{formatMoney(line.workValue)}</td>
            <td className="agr-number">
              <strong>{formatMoney(line.proposed)}</strong>
            </td>
          </tr>
        </tbody>
      </table>
      <Text size="xs">
        {line.years
          .filter((y) => y.share > 0)
          .map((y) =>
            y.groupsTarget > 0
              ? t('breaches.yearBasis.groups', {
                  year: y.year,
                  held: y.groupsHeld,
                  target: y.groupsTarget,
                  sessions: y.sessionsHeld,
                  value: formatMoney(y.value),
                })
              : t('breaches.yearBasis.time', {
                  year: y.year,
                  done: y.daysDone,
                  total: y.daysTotal,
                  value: formatMoney(y.value),
                }),
          )
          .join(' · ')}
      </Text>
      {line.stillToPay > 0 && (
        <Text size="sm">{t('breaches.stillToPay', { amount: formatMoney(line.stillToPay) })}</Text>
      )}
      {props.canWrite && !recorded && (
        <>
          <Group grow align="flex-start">
            <TextInput
              label={t('breaches.amount')}
              value={values.amount}
              onChange={(e) => setValues({ ...values, amount: e.currentTarget.value })}
              error={error('amount')}
            />
            <TextInput
              label={t('breaches.dueOn')}
              description={t('agreements.dateFormat')}
              value={values.dueOn}
              onChange={(e) => setValues({ ...values, dueOn: e.currentTarget.value.trim() })}
              error={error('dueOn')}
            />
          </Group>
          <TextInput
            label={t('breaches.reason')}
            value={values.reason}
            onChange={(e) => setValues({ ...values, reason: e.currentTarget.value })}
            error={error('reason')}
          />
          <ErrorAlert error={failure} />
          <Group justify="flex-end">
            <Button onClick={() => void submit()} loading={saving}>
              {t('breaches.confirm')}
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
