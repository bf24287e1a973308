// Period, extension and notice, with the dates they give shown as they are typed.
import { Checkbox, Group, NumberInput, Text, TextInput } from '@mantine/core';
import { isValidIsoDate } from '../../../../../shared/dates';
import { extensionDecisionDate, lastNoticeDate } from '../../../../../shared/agreements/calendar';
import { useT } from '../../../i18n/use-t';
import type { SectionProps } from './form-api';
import { Section } from './section';

const nullableNumber = (value: string | number) => (value === '' ? null : Number(value));

export function PeriodSection({ form, errorOf, readOnly }: SectionProps) {
  const t = useT();
  const values = form.getValues();
  const endOk = isValidIsoDate(values.period.end);
  const decision = endOk ? extensionDecisionDate(values) : null;
  const notice = endOk ? lastNoticeDate(values) : null;
  return (
    <Section id="agr-period" legend={t('editor.period')} disabled={readOnly}>
      <Group align="flex-start">
        <TextInput
          label={t('editor.start')}
          description={t('agreements.dateFormat')}
          w={170}
          {...form.getInputProps('period.start')}
          error={errorOf('period.start')}
        />
        <TextInput
          label={t('editor.end')}
          description={t('agreements.dateFormat')}
          w={170}
          {...form.getInputProps('period.end')}
          error={errorOf('period.end')}
        />
        <Checkbox
          mt={36}
          label={t('editor.fundsCondition')}
          {...form.getInputProps('period.fundsCondition', { type: 'checkbox' })}
        />
      </Group>
      <Group align="flex-start">
        <NumberInput
          label={t('editor.extensionYears')}
          description={t('editor.emptyIsNone')}
          allowDecimal={false}
          min={1}
          max={10}
          w={200}
          value={values.extension.maxYears ?? ''}
          onChange={(v) => form.setFieldValue('extension.maxYears', nullableNumber(v))}
          error={errorOf('extension.maxYears')}
        />
        <NumberInput
          label={t('editor.extensionMonths')}
          description={t('editor.extensionMonthsHint')}
          allowDecimal={false}
          min={1}
          max={36}
          w={260}
          value={values.extension.decisionMonthsBeforeEnd ?? ''}
          onChange={(v) => form.setFieldValue('extension.decisionMonthsBeforeEnd', nullableNumber(v))}
          error={errorOf('extension.decisionMonthsBeforeEnd')}
        />
      </Group>
      {decision && <Text size="sm">{t('editor.extensionDecisionDate', { date: decision })}</Text>}
      <Group align="flex-start">
        <NumberInput
          label={t('editor.noticeMonths')}
          description={t('editor.emptyIsNone')}
          allowDecimal={false}
          min={1}
          max={36}
          w={200}
          value={values.notice.months ?? ''}
          onChange={(v) => form.setFieldValue('notice.months', nullableNumber(v))}
          error={errorOf('notice.months')}
        />
        <TextInput
          label={t('editor.noticeTo')}
          description={t('editor.noticeToHint')}
          w={300}
          {...form.getInputProps('notice.writtenNoticeTo')}
        />
      </Group>
      {notice && <Text size="sm">{t('editor.lastNoticeDate', { date: notice })}</Text>}
    </Section>
  );
}
