// The economy as it happens: the derived payment schedule with what has been
// paid and what is still unpaid (and, under "provided funds are granted",
// which years' funds are not yet confirmed), the balance per payer, the
// payments and repayments recorded (and the form to record one), and the
// extra income from other municipalities.
import { Badge, Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { swedishDay } from '../../../../shared/dates';
import { formatMoney, parseMoney } from '../../../../shared/agreements/money';
import type { AppError } from '../../../../shared/envelope';
import type { Agreement } from '../../../../shared/ipc/agreements';
import type { Role } from '../../../../shared/roles';
import { mayCall } from '../../api/access';
import { ErrorAlert } from '../../components/error-alert';
import { notifySuccess } from '../../components/notify';
import type { UiKey } from '../../i18n/translate';
import { useMessage, useT } from '../../i18n/use-t';
import { useAgreementActions } from './agreement-actions';
import { FundsPanel } from './funds-panel';
import { fundingText } from './funding-text';
import { PlannedRepayments } from './breaches/planned-repayments';

export function EconomyTab({ agreement, role }: { agreement: Agreement; role: Role }) {
  const t = useT();
  const nameOf = (id: number) => agreement.organisations.find((o) => o.id === id)?.name ?? '';
  const canWrite = mayCall('agreements:recordPayment', role);
  const removePayment = useAgreementActions().removePayment;
  const years = agreement.data.economy.years;
  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('economy.budget')}
        </Title>
        <table className="agr-table-plain" aria-label={t('economy.budget')}>
          <thead>
            <tr>
              <th scope="col">{t('economy.year')}</th>
              <th scope="col" className="agr-number">
                {t('economy.amount')}
              </th>
              <th scope="col">{t('economy.fundingSplit')}</th>
            </tr>
          </thead>
          <tbody>
            {years.map((y) => (
              <tr key={y.year}>
                <th scope="row">{y.year}</th>
                <td className="agr-number">{formatMoney(y.amount)}</td>
                <td>
                  {y.funding.map((f, i) => (
                    <div key={i}>{fundingText(f, nameOf, t)}</div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Stack>
      {agreement.data.period.fundsCondition && <FundsPanel agreement={agreement} role={role} />}
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('economy.schedule')}
        </Title>
        <Text size="sm">{t(`economy.rounding.${agreement.data.economy.paymentRule.rounding}`)}</Text>
        {agreement.instalments.length === 0 ? (
          <Text size="sm">{t('economy.noSchedule')}</Text>
        ) : (
          <table className="agr-table-plain" aria-label={t('economy.schedule')}>
            <thead>
              <tr>
                <th scope="col">{t('economy.dueDate')}</th>
                <th scope="col">{t('economy.payer')}</th>
                <th scope="col">{t('economy.recipient')}</th>
                <th scope="col" className="agr-number">
                  {t('economy.amount')}
                </th>
                <th scope="col" className="agr-number">
                  {t('economy.paid')}
                </th>
                <th scope="col" className="agr-number">
                  {t('economy.unpaid')}
                </th>
                <th scope="col">{t('economy.state')}</th>
              </tr>
            </thead>
            <tbody>
              {agreement.instalments.map((i, n) => (
                <tr key={`${i.dueDate}-${i.payerOrganisationId}-${n}`}>
                  <td>{i.dueDate}</td>
                  <td>{nameOf(i.payerOrganisationId)}</td>
                  <td>{nameOf(i.recipientOrganisationId)}</td>
                  <td className="agr-number">{formatMoney(i.amount)}</td>
                  <td className="agr-number">{formatMoney(i.paid)}</td>
                  <td className="agr-number">{formatMoney(i.unpaid)}</td>
                  <td>
                    <Group gap={6} wrap="nowrap">
                      <span>{t(`economy.instalment.${i.state}` as UiKey)}</span>
                      {i.unconfirmed && (
                        <Badge color="orange" variant="light" radius="sm">
                          {t('economy.unconfirmed')}
                        </Badge>
                      )}
                    </Group>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {agreement.balances.map((b) => (
          <Text key={`${b.payerOrganisationId}-${b.recipientOrganisationId}`} size="sm">
            {t('economy.balance', {
              payer: nameOf(b.payerOrganisationId),
              recipient: nameOf(b.recipientOrganisationId),
              due: formatMoney(b.dueByToday),
              paid: formatMoney(b.paid),
              repaid: formatMoney(b.repaid),
              balance: formatMoney(b.balance),
            })}
          </Text>
        ))}
      </Stack>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('economy.payments')}
        </Title>
        {agreement.payments.length === 0 ? (
          <Text size="sm">{t('economy.noPayments')}</Text>
        ) : (
          <table className="agr-table-plain" aria-label={t('economy.payments')}>
            <thead>
              <tr>
                <th scope="col">{t('economy.date')}</th>
                <th scope="col">{t('economy.kind')}</th>
                <th scope="col">{t('economy.payer')}</th>
                <th scope="col">{t('economy.recipient')}</th>
                <th scope="col" className="agr-number">
                  {t('economy.amount')}
                </th>
                <th scope="col">{t('economy.reference')}</th>
                {canWrite && <th scope="col">{t('economy.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {agreement.payments.map((p) => (
                <tr key={p.id}>
                  <td>{p.date}</td>
                  <td>{t(p.kind === 'payment' ? 'economy.kindPayment' : 'economy.kindRepayment')}</td>
                  <td>{nameOf(p.payerOrganisationId)}</td>
                  <td>{nameOf(p.recipientOrganisationId)}</td>
                  <td className="agr-number">{formatMoney(p.amount)}</td>
                  <td>{[p.reference, p.note].filter(Boolean).join(' – ')}</td>
                  {canWrite && (
                    <td>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        onClick={() => void removePayment(p.id)}
                      >
                        {t('economy.removePayment', { date: p.date })}
                      </Button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {canWrite && <PaymentForm agreement={agreement} />}
      </Stack>
      <PlannedRepayments agreement={agreement} role={role} />
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('economy.extraIncome')}
        </Title>
        <Text size="sm">
          {t('economy.extraIncomeText', {
            perChild: formatMoney(agreement.data.economy.extraIncome.perChildAmount),
            children: agreement.extraIncome.children,
            amount: formatMoney(agreement.extraIncome.amount),
          })}
        </Text>
      </Stack>
    </Stack>
  );
}

function PaymentForm({ agreement }: { agreement: Agreement }) {
  const t = useT();
  const text = useMessage();
  const recordPayment = useAgreementActions().recordPayment;
  const nameOf = (id: number) => agreement.organisations.find((o) => o.id === id)?.name ?? '';
  const parties = agreement.data.parties.map((p) => ({
    value: String(p.organisationId),
    label: nameOf(p.organisationId),
  }));
  const firstPublic = agreement.data.parties.find((p) => p.role === 'public');
  const firstNonprofit = agreement.data.parties.find((p) => p.role === 'nonprofit');
  const [values, setValues] = useState({
    kind: 'payment' as 'payment' | 'repayment',
    date: swedishDay(new Date()),
    payer: String(firstPublic?.organisationId ?? ''),
    recipient: String(firstNonprofit?.organisationId ?? ''),
    amount: '',
    reference: '',
    note: '',
  });
  const [failure, setFailure] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (patch: Partial<typeof values>) => setValues({ ...values, ...patch });
  const error = (path: string) => (failure?.fields?.[path] ? text(failure.fields[path]) : undefined);

  async function submit() {
    const amount = parseMoney(values.amount);
    if (!amount.ok)
      return setFailure({ code: 'validation', message: '', fields: { amount: amount.problem } });
    setSaving(true);
    const result = await recordPayment({
      kind: values.kind,
      date: values.date,
      payerOrganisationId: Number(values.payer),
      recipientOrganisationId: Number(values.recipient),
      amount: amount.value,
      reference: values.reference,
      note: values.note,
    });
    setSaving(false);
    if (!result.ok) return setFailure(result.error);
    setFailure(null);
    notifySuccess(t('economy.paymentSaved'));
    set({ amount: '', reference: '', note: '' });
  }

  return (
    <Stack gap="xs" className="agr-subsection">
      <Text fw={600}>{t('economy.recordPayment')}</Text>
      <Group grow align="flex-start">
        <Select
          label={t('economy.kind')}
          data={[
            { value: 'payment', label: t('economy.kindPayment') },
            { value: 'repayment', label: t('economy.kindRepayment') },
          ]}
          value={values.kind}
          onChange={(v) => v && set({ kind: v as 'payment' | 'repayment' })}
          allowDeselect={false}
        />
        <TextInput
          label={t('economy.date')}
          description={t('agreements.dateFormat')}
          value={values.date}
          onChange={(e) => set({ date: e.currentTarget.value.trim() })}
          error={error('date')}
        />
        <TextInput
          label={t('economy.amountKr')}
          value={values.amount}
          onChange={(e) => set({ amount: e.currentTarget.value })}
          error={error('amount')}
        />
      </Group>
      <Group grow align="flex-start">
        <Select
          label={t('economy.payerField')}
          description={values.kind === 'repayment' ? t('economy.repaymentHint') : undefined}
          data={parties}
          value={values.payer}
          onChange={(v) => v && set({ payer: v })}
          error={error('payerOrganisationId')}
          allowDeselect={false}
        />
        <Select
          label={t('economy.recipientField')}
          data={parties}
          value={values.recipient}
          onChange={(v) => v && set({ recipient: v })}
          error={error('recipientOrganisationId')}
          allowDeselect={false}
        />
      </Group>
      <Group grow align="flex-start">
        <TextInput
          label={t('economy.reference')}
          value={values.reference}
          onChange={(e) => set({ reference: e.currentTarget.value })}
          error={error('reference')}
        />
        <TextInput
          label={t('economy.note')}
          value={values.note}
          onChange={(e) => set({ note: e.currentTarget.value })}
          error={error('note')}
        />
      </Group>
      <ErrorAlert error={failure} />
      <Group justify="flex-end">
        <Button onClick={() => void submit()} loading={saving}>
          {t('economy.savePayment')}
        </Button>
      </Group>
    </Stack>
  );
}
