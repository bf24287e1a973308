// The decision memo (tjänsteutlåtande): caseworker, date and its texts.
import { Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useT } from '../../../i18n/use-t';
import type { SectionProps } from './form-api';
import { AddButton, RemoveButton } from './row-buttons';
import { Section } from './section';
import { FieldScope, ScopedLabel } from '../../../components/field-scope';

export function MemoSection({ form, errorOf, readOnly }: SectionProps) {
  const t = useT();
  const values = form.getValues();
  const area = (path: 'background' | 'matter' | 'preparation' | 'administrationView', label: string) => (
    <Textarea
      label={<ScopedLabel>{label}</ScopedLabel>}
      autosize
      minRows={2}
      {...form.getInputProps(`memo.${path}`)}
      error={errorOf(`memo.${path}`)}
    />
  );
  return (
    <Section id="agr-memo" legend={t('editor.memo')} disabled={readOnly}>
      <FieldScope name={t('editor.scopeMemo')}>
        <Text size="sm">{t('editor.memoIntro')}</Text>
        <Group grow align="flex-start">
          <TextInput
            label={<ScopedLabel>{t('editor.caseworker')}</ScopedLabel>}
            {...form.getInputProps('memo.caseworker')}
            error={errorOf('memo.caseworker')}
          />
          <TextInput
            label={<ScopedLabel>{t('editor.memoDate')}</ScopedLabel>}
            description={t('agreements.dateFormat')}
            value={values.memo.date ?? ''}
            onChange={(e) => form.setFieldValue('memo.date', e.currentTarget.value.trim() || null)}
            error={errorOf('memo.date')}
          />
        </Group>
        {area('background', t('editor.memoBackground'))}
        {area('matter', t('editor.memoMatter'))}
        {area('preparation', t('editor.memoPreparation'))}
        {area('administrationView', t('editor.memoView'))}
        <Stack gap={6}>
          <Text size="sm" fw={600}>
            {t('editor.memoAppendices')}
          </Text>
          {values.memo.appendices.map((_, i) => (
            <Group key={form.key(`memo.appendices.${i}`)} align="flex-start" wrap="nowrap">
              <TextInput
                aria-label={t('editor.memoAppendixNumber', { n: i + 1 })}
                style={{ flex: 1 }}
                {...form.getInputProps(`memo.appendices.${i}`)}
                error={errorOf(`memo.appendices.${i}`)}
              />
              <RemoveButton
                label={t('editor.removeMemoAppendix', { n: i + 1 })}
                onClick={() => form.removeListItem('memo.appendices', i)}
              />
            </Group>
          ))}
          {!readOnly && (
            <AddButton
              label={t('editor.addMemoAppendix')}
              onClick={() => form.insertListItem('memo.appendices', '')}
            />
          )}
        </Stack>
      </FieldScope>
    </Section>
  );
}
