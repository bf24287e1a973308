// Period, extension and notice, with the dates they give shown as they are typed.
// The notice period is a number of months, none at all (0: the agreement ends
// once the work already started is done) or not known yet (null).
import { Checkbox, Group, NumberInput, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
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
      <NoticeTerms form={form} errorOf={errorOf} />
      {notice && <Text size="sm">{t('editor.lastNoticeDate', { date: notice })}</Text>}
    </Section>
  );
}

type NoticeKind = 'months' | 'none' | 'unknown';

function NoticeTerms({ form, errorOf }: Pick<SectionProps, 'form' | 'errorOf'>) {
  const t = useT();
  const months = form.getValues().notice.months;
  // "A number of months" chosen, the number not typed yet (still unknown meanwhile).
  const [choosingMonths, setChoosingMonths] = useState(false);
  const kind: NoticeKind = months === 0 ? 'none' : months !== null || choosingMonths ? 'months' : 'unknown';
  const choose = (next: string) => {
    setChoosingMonths(next === 'months');
    if (next === 'none') form.setFieldValue('notice.months', 0);
    else if (next === 'unknown' || months === 0) form.setFieldValue('notice.months', null);
  };
  return (
    <Stack gap="xs">
      <Radio.Group label={t('editor.noticeKind')} value={kind} onChange={choose}>
        <Stack gap={6} mt={4}>
          <Group align="flex-start" gap="sm">
            <Radio value="months" label={t('editor.noticeKindMonths')} mt={8} />
            {kind === 'months' && (
              <NumberInput
                aria-label={t('editor.noticeMonths')}
                placeholder={t('editor.noticeMonths')}
                allowDecimal={false}
                min={1}
                max={36}
                w={200}
                value={months ?? ''}
                onChange={(v) => form.setFieldValue('notice.months', nullableNumber(v))}
                error={errorOf('notice.months')}
              />
            )}
          </Group>
          <Radio
            value="none"
            label={t('editor.noticeKindNone')}
            description={t('editor.noticeKindNoneHint')}
          />
          <Radio
            value="unknown"
            label={t('editor.noticeKindUnknown')}
            description={t('editor.noticeKindUnknownHint')}
          />
        </Stack>
      </Radio.Group>
      <TextInput
        label={t('editor.noticeTo')}
        description={t('editor.noticeToHint')}
        w={300}
        {...form.getInputProps('notice.writtenNoticeTo')}
      />
    </Stack>
  );
}
