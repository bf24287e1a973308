// Economy: per year the amount, its budget lines and the parties' shares (with
// live sums so a mismatch shows while typing), the payment rule and its
// rounding (whole kronor or exact öre), and the fee per child from other
// municipalities.
import { Button, Group, NumberInput, Radio, Select, Stack, Text, TextInput } from '@mantine/core';
import type { PaymentRounding } from '../../../../../shared/agreements/model';
import { formatMoney, parseMoney } from '../../../../../shared/agreements/money';
import { useT } from '../../../i18n/use-t';
import { sumTyped, type FormPaymentRule, type FormYear } from './agreement-form-values';
import { partyOptions, type SectionProps } from './form-api';
import { AddButton, RemoveButton } from './row-buttons';
import { Section } from './section';
import { FieldScope, ScopedLabel } from '../../../components/field-scope';

function SumLine({ label, typed, amount }: { label: string; typed: number; amount: string }) {
  const t = useT();
  const target = parseMoney(amount);
  const matches = target.ok && typed === target.value;
  return (
    <Text size="sm" c={matches ? 'var(--mantine-color-green-light-color)' : 'red.9'}>
      {label}: {formatMoney(typed)}{' '}
      {target.ok
        ? matches
          ? `– ${t('editor.sumMatches')}`
          : `– ${t('editor.sumDiffers', { amount: formatMoney(target.value) })}`
        : ''}
    </Text>
  );
}

export function EconomySection({ form, errorOf, names, readOnly }: SectionProps) {
  const t = useT();
  const values = form.getValues();
  const parties = partyOptions(values, names);
  const nonprofits = values.parties
    .filter((p) => p.role === 'nonprofit')
    .map((p) => ({ value: String(p.organisationId), label: names.get(p.organisationId)?.name ?? '' }));
  const rule = values.economy.paymentRule;

  function addYear(copyFrom?: FormYear) {
    const last = values.economy.years.at(-1);
    const year = last ? last.year + 1 : Number(values.period.start.slice(0, 4)) || new Date().getFullYear();
    form.insertListItem(
      'economy.years',
      copyFrom ? { ...structuredClone(copyFrom), year } : { year, amount: '0', lines: [], funding: [] },
    );
  }

  function setRule(kind: FormPaymentRule['kind']) {
    const rounding = rule.rounding;
    const next: FormPaymentRule =
      kind === 'quarterlyInAdvance'
        ? { kind, rounding }
        : kind === 'yearlyOnInvoice'
          ? { kind, month: 1, day: 31, rounding }
          : { kind, instalments: [], rounding };
    form.setFieldValue('economy.paymentRule', next);
  }

  return (
    <Section id="agr-economy" legend={t('editor.economy')} disabled={readOnly}>
      {values.economy.years.map((y, i) => {
        const p = `economy.years.${i}`;
        return (
          <FieldScope key={form.key(p)} name={t('editor.scopeYear', { n: i + 1 })}>
            <Stack gap="xs" className="agr-subsection">
              <Group align="flex-start">
                <NumberInput
                  label={<ScopedLabel>{t('editor.year')}</ScopedLabel>}
                  allowDecimal={false}
                  min={2000}
                  max={2100}
                  w={120}
                  {...form.getInputProps(`${p}.year`)}
                  error={errorOf(`${p}.year`)}
                />
                <TextInput
                  label={<ScopedLabel>{t('editor.yearAmount')}</ScopedLabel>}
                  description={t('editor.kronor')}
                  w={200}
                  {...form.getInputProps(`${p}.amount`)}
                  error={errorOf(`${p}.amount`)}
                />
                {!readOnly && (
                  <Button
                    variant="subtle"
                    color="red"
                    size="xs"
                    mt={30}
                    onClick={() => form.removeListItem('economy.years', i)}
                  >
                    {t('editor.removeYear', { year: y.year })}
                  </Button>
                )}
              </Group>
              <Text size="sm" fw={600}>
                {t('editor.budgetLines')}
              </Text>
              {y.lines.map((_, j) => (
                <FieldScope key={form.key(`${p}.lines.${j}`)} name={t('editor.scopeLine', { n: j + 1 })}>
                  <Group align="flex-start" wrap="nowrap">
                    <TextInput
                      label={<ScopedLabel>{t('editor.lineLabel')}</ScopedLabel>}
                      style={{ flex: 2 }}
                      {...form.getInputProps(`${p}.lines.${j}.label`)}
                      error={errorOf(`${p}.lines.${j}.label`)}
                    />
                    <TextInput
                      label={<ScopedLabel>{t('editor.lineAmount')}</ScopedLabel>}
                      style={{ flex: 1 }}
                      {...form.getInputProps(`${p}.lines.${j}.amount`)}
                      error={errorOf(`${p}.lines.${j}.amount`)}
                    />
                    <RemoveButton
                      label={t('editor.removeLine', { n: j + 1, year: y.year })}
                      onClick={() => form.removeListItem(`${p}.lines`, j)}
                    />
                  </Group>
                </FieldScope>
              ))}
              {!readOnly && (
                <AddButton
                  label={t('editor.addLine', { year: y.year })}
                  onClick={() => form.insertListItem(`${p}.lines`, { label: '', amount: '0' })}
                />
              )}
              {y.lines.length > 0 && (
                <SumLine
                  label={t('editor.linesSum')}
                  typed={sumTyped(y.lines.map((l) => l.amount))}
                  amount={y.amount}
                />
              )}
              {errorOf(`${p}.lines`) && (
                <Text c="red.9" size="sm" role="alert">
                  {errorOf(`${p}.lines`)}
                </Text>
              )}
              <Text size="sm" fw={600}>
                {t('editor.funding')}
              </Text>
              {y.funding.map((f, j) => (
                <FieldScope key={form.key(`${p}.funding.${j}`)} name={t('editor.scopeFunding', { n: j + 1 })}>
                  <Group align="flex-start" wrap="nowrap">
                    <Select
                      label={<ScopedLabel>{t('editor.payer')}</ScopedLabel>}
                      data={parties}
                      value={String(f.payerOrganisationId)}
                      onChange={(v) =>
                        v && form.setFieldValue(`${p}.funding.${j}.payerOrganisationId`, Number(v))
                      }
                      error={errorOf(`${p}.funding.${j}.payerOrganisationId`)}
                      allowDeselect={false}
                      style={{ flex: 2 }}
                    />
                    <Select
                      label={<ScopedLabel>{t('editor.recipient')}</ScopedLabel>}
                      data={[{ value: 'own', label: t('editor.ownContribution') }, ...nonprofits]}
                      value={f.recipientOrganisationId === null ? 'own' : String(f.recipientOrganisationId)}
                      onChange={(v) =>
                        form.setFieldValue(
                          `${p}.funding.${j}.recipientOrganisationId`,
                          !v || v === 'own' ? null : Number(v),
                        )
                      }
                      error={errorOf(`${p}.funding.${j}.recipientOrganisationId`)}
                      allowDeselect={false}
                      style={{ flex: 2 }}
                    />
                    <TextInput
                      label={<ScopedLabel>{t('editor.share')}</ScopedLabel>}
                      style={{ flex: 1 }}
                      {...form.getInputProps(`${p}.funding.${j}.amount`)}
                      error={errorOf(`${p}.funding.${j}.amount`)}
                    />
                    <RemoveButton
                      label={t('editor.removeShare', { n: j + 1, year: y.year })}
                      onClick={() => form.removeListItem(`${p}.funding`, j)}
                    />
                  </Group>
                </FieldScope>
              ))}
              {!readOnly && values.parties[0] && (
                <AddButton
                  label={t('editor.addShare', { year: y.year })}
                  onClick={() =>
                    form.insertListItem(`${p}.funding`, {
                      payerOrganisationId: values.parties[0]!.organisationId,
                      recipientOrganisationId: nonprofits[0] ? Number(nonprofits[0].value) : null,
                      amount: '0',
                    })
                  }
                />
              )}
              {y.funding.length > 0 && (
                <SumLine
                  label={t('editor.fundingSum')}
                  typed={sumTyped(y.funding.map((f) => f.amount))}
                  amount={y.amount}
                />
              )}
              {errorOf(`${p}.funding`) && (
                <Text c="red.9" size="sm" role="alert">
                  {errorOf(`${p}.funding`)}
                </Text>
              )}
            </Stack>
          </FieldScope>
        );
      })}
      {!readOnly && (
        <Group>
          <AddButton label={t('editor.addYear')} onClick={() => addYear()} />
          {values.economy.years.length > 0 && (
            <AddButton label={t('editor.copyYear')} onClick={() => addYear(values.economy.years.at(-1))} />
          )}
        </Group>
      )}
      <Group align="flex-start">
        <Select
          label={<ScopedLabel>{t('editor.paymentRule')}</ScopedLabel>}
          data={[
            { value: 'quarterlyInAdvance', label: t('editor.quarterlyInAdvance') },
            { value: 'yearlyOnInvoice', label: t('editor.yearlyOnInvoice') },
            { value: 'custom', label: t('editor.customPlan') },
          ]}
          value={rule.kind}
          onChange={(v) => v && setRule(v as FormPaymentRule['kind'])}
          allowDeselect={false}
          w={280}
        />
        {rule.kind === 'yearlyOnInvoice' && (
          <>
            <NumberInput
              label={<ScopedLabel>{t('editor.invoiceDay')}</ScopedLabel>}
              allowDecimal={false}
              min={1}
              max={31}
              w={110}
              {...form.getInputProps('economy.paymentRule.day')}
              error={errorOf('economy.paymentRule.day')}
            />
            <NumberInput
              label={<ScopedLabel>{t('editor.invoiceMonth')}</ScopedLabel>}
              allowDecimal={false}
              min={1}
              max={12}
              w={110}
              {...form.getInputProps('economy.paymentRule.month')}
              error={errorOf('economy.paymentRule.month')}
            />
          </>
        )}
      </Group>
      <Radio.Group
        label={t('editor.rounding')}
        description={t('editor.roundingHint')}
        value={rule.rounding}
        onChange={(v) => form.setFieldValue('economy.paymentRule.rounding', v as PaymentRounding)}
        error={errorOf('economy.paymentRule.rounding')}
      >
        <Stack gap={6} mt={6}>
          <Radio value="wholeKronor" label={t('editor.roundingWholeKronor')} />
          <Radio value="exactOre" label={t('editor.roundingExactOre')} />
        </Stack>
      </Radio.Group>
      {rule.kind === 'custom' && (
        <Stack gap={6}>
          {rule.instalments.map((inst, j) => {
            const p = `economy.paymentRule.instalments.${j}`;
            return (
              <FieldScope key={form.key(p)} name={t('editor.scopeInstalment', { n: j + 1 })}>
                <Group align="flex-start" wrap="nowrap">
                  <TextInput
                    label={<ScopedLabel>{t('editor.dueDate')}</ScopedLabel>}
                    w={140}
                    {...form.getInputProps(`${p}.dueDate`)}
                    error={errorOf(`${p}.dueDate`)}
                  />
                  <Select
                    label={<ScopedLabel>{t('editor.payer')}</ScopedLabel>}
                    data={parties}
                    value={String(inst.payerOrganisationId)}
                    onChange={(v) => v && form.setFieldValue(`${p}.payerOrganisationId`, Number(v))}
                    allowDeselect={false}
                    style={{ flex: 1 }}
                  />
                  <Select
                    label={<ScopedLabel>{t('editor.recipient')}</ScopedLabel>}
                    data={nonprofits}
                    value={String(inst.recipientOrganisationId)}
                    onChange={(v) => v && form.setFieldValue(`${p}.recipientOrganisationId`, Number(v))}
                    allowDeselect={false}
                    style={{ flex: 1 }}
                  />
                  <TextInput
                    label={<ScopedLabel>{t('editor.share')}</ScopedLabel>}
                    w={160}
                    {...form.getInputProps(`${p}.amount`)}
                    error={errorOf(`${p}.amount`)}
                  />
                  <RemoveButton
                    label={t('editor.removeInstalment', { n: j + 1 })}
                    onClick={() => form.removeListItem('economy.paymentRule.instalments', j)}
                  />
                </Group>
              </FieldScope>
            );
          })}
          {!readOnly && values.parties[0] && nonprofits[0] && (
            <AddButton
              label={t('editor.addInstalment')}
              onClick={() =>
                form.insertListItem('economy.paymentRule.instalments', {
                  dueDate: values.period.start,
                  payerOrganisationId: values.parties[0]!.organisationId,
                  recipientOrganisationId: Number(nonprofits[0]!.value),
                  amount: '0',
                })
              }
            />
          )}
          {errorOf('economy.paymentRule.instalments') && (
            <Text c="red.9" size="sm" role="alert">
              {errorOf('economy.paymentRule.instalments')}
            </Text>
          )}
        </Stack>
      )}
      <Group grow align="flex-start">
        <TextInput
          label={<ScopedLabel>{t('editor.perChild')}</ScopedLabel>}
          description={t('editor.perChildHint')}
          {...form.getInputProps('economy.extraIncome.perChildAmount')}
          error={errorOf('economy.extraIncome.perChildAmount')}
        />
        <TextInput
          label={<ScopedLabel>{t('editor.perChildDescription')}</ScopedLabel>}
          {...form.getInputProps('economy.extraIncome.description')}
        />
      </Group>
    </Section>
  );
}
