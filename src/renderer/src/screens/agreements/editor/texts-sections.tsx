// The agreement's words: registration number and title; background, purpose,
// goals, target group, form and basis, value base, gender equality; the six
// IOP criteria with their justifications.
import { Group, NumberInput, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { criterionLabels } from '../../../../../shared/agreements/labels';
import { iopCriteria } from '../../../../../shared/agreements/model';
import { useLanguage, useT } from '../../../i18n/use-t';
import type { SectionProps } from './form-api';
import { ClauseWarnings, useClauseProblems } from './clause-warnings';
import { AddButton, RemoveButton } from './row-buttons';
import { Section } from './section';

/** `registrationFixed`: in an amendment the agreement keeps its registration number (the amendment has its own). */
export function GeneralSection({
  form,
  errorOf,
  readOnly,
  registrationFixed = false,
}: SectionProps & { registrationFixed?: boolean }) {
  const t = useT();
  return (
    <Section id="agr-general" legend={t('editor.general')} disabled={readOnly}>
      <Group grow align="flex-start">
        <TextInput
          label={t('agreements.registrationNumber')}
          {...form.getInputProps('registrationNumber')}
          error={errorOf('registrationNumber')}
          disabled={registrationFixed}
          required
          autoComplete="off"
        />
        <TextInput
          label={t('editor.title')}
          {...form.getInputProps('title')}
          error={errorOf('title')}
          required
          autoComplete="off"
        />
      </Group>
    </Section>
  );
}

const nullableNumber = (value: string | number) => (value === '' ? null : Number(value));

export function TextsSection({ form, errorOf, readOnly }: SectionProps) {
  const t = useT();
  const goals = form.getValues().goals;
  // A text that states something untrue on the agreement's dates.
  const problems = useClauseProblems(form);
  const area = (
    path: 'background' | 'purpose' | 'formAndBasis' | 'valueBase' | 'genderEquality',
    label: string,
  ) => (
    <>
      <Textarea
        label={label}
        autosize
        minRows={2}
        maxRows={12}
        {...form.getInputProps(path)}
        error={errorOf(path)}
      />
      <ClauseWarnings id={`${path}-warnings`} messages={problems[path] ? [problems[path]] : []} />
    </>
  );
  return (
    <Section id="agr-texts" legend={t('editor.texts')} disabled={readOnly}>
      {area('background', t('editor.background'))}
      {area('purpose', t('editor.purpose'))}
      <Stack gap={6}>
        <Text fw={600} size="sm" id="agr-goals-label">
          {t('editor.goals')}
        </Text>
        {goals.map((_, i) => (
          <Group key={form.key(`goals.${i}`)} align="flex-start" wrap="nowrap">
            <Textarea
              aria-label={t('editor.goalNumber', { n: i + 1 })}
              autosize
              minRows={1}
              style={{ flex: 1 }}
              {...form.getInputProps(`goals.${i}`)}
              error={errorOf(`goals.${i}`)}
            />
            <RemoveButton
              label={t('editor.removeGoal', { n: i + 1 })}
              onClick={() => form.removeListItem('goals', i)}
            />
          </Group>
        ))}
        {!readOnly && (
          <AddButton label={t('editor.addGoal')} onClick={() => form.insertListItem('goals', '')} />
        )}
      </Stack>
      <Textarea
        label={t('editor.targetGroup')}
        autosize
        minRows={2}
        {...form.getInputProps('targetGroup.description')}
        error={errorOf('targetGroup.description')}
      />
      <Group>
        <NumberInput
          label={t('editor.ageFrom')}
          allowDecimal={false}
          min={0}
          max={120}
          w={140}
          value={form.getValues().targetGroup.ageFrom ?? ''}
          onChange={(v) => form.setFieldValue('targetGroup.ageFrom', nullableNumber(v))}
          error={errorOf('targetGroup.ageFrom')}
        />
        <NumberInput
          label={t('editor.ageTo')}
          allowDecimal={false}
          min={0}
          max={120}
          w={140}
          value={form.getValues().targetGroup.ageTo ?? ''}
          onChange={(v) => form.setFieldValue('targetGroup.ageTo', nullableNumber(v))}
          error={errorOf('targetGroup.ageTo')}
        />
      </Group>
      {area('formAndBasis', t('editor.formAndBasis'))}
      {area('valueBase', t('editor.valueBase'))}
      {area('genderEquality', t('editor.genderEquality'))}
    </Section>
  );
}

export function CriteriaSection({ form, errorOf, readOnly }: SectionProps) {
  const t = useT();
  const language = useLanguage();
  return (
    <Section id="agr-criteria" legend={t('editor.criteria')} disabled={readOnly}>
      <Text size="sm">{t('editor.criteriaIntro')}</Text>
      {iopCriteria.map((c, i) => (
        <Textarea
          key={c}
          label={`${i + 1}. ${criterionLabels[language][c]}`}
          description={t('editor.criterionHint')}
          autosize
          minRows={2}
          {...form.getInputProps(`criteria.${c}`)}
          error={errorOf(`criteria.${c}`)}
        />
      ))}
    </Section>
  );
}
