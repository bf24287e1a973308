// Follow-up obligations: what is due, by which rule, and who is responsible.
import { Checkbox, Group, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { followUpKindLabels } from '../../../../../shared/agreements/labels';
import { followUpKinds, type DueRule, type FollowUpKind } from '../../../../../shared/agreements/model';
import { useLanguage, useT } from '../../../i18n/use-t';
import { newKey } from './agreement-form-values';
import { partyOptions, type SectionProps } from './form-api';
import { AddButton, RemoveButton } from './row-buttons';
import { Section } from './section';
import { FieldScope, ScopedLabel } from '../../../components/field-scope';

const dueOf = (kind: DueRule['kind'], start: string): DueRule =>
  kind === 'yearly'
    ? { kind, month: 3, day: 31, followingYear: true }
    : kind === 'everyMonths'
      ? { kind, months: 6 }
      : kind === 'afterEnd'
        ? { kind, months: 3 }
        : { kind, date: start };

export function FollowUpsSection({ form, errorOf, names, readOnly }: SectionProps) {
  const t = useT();
  const language = useLanguage();
  const values = form.getValues();
  const parties = [
    { value: 'together', label: t('editor.responsibleTogether') },
    ...partyOptions(values, names),
  ];
  return (
    <Section id="agr-follow-ups" legend={t('editor.followUps')} disabled={readOnly}>
      {values.followUps.map((f, i) => {
        const p = `followUps.${i}`;
        return (
          <FieldScope key={form.key(p)} name={t('editor.scopeFollowUp', { n: i + 1 })}>
            <Stack gap="xs" className="agr-subsection">
              <Group align="flex-start" wrap="nowrap" grow>
                <Select
                  label={<ScopedLabel>{t('editor.followUpKind')}</ScopedLabel>}
                  data={followUpKinds.map((k) => ({ value: k, label: followUpKindLabels[language][k] }))}
                  value={f.kind}
                  onChange={(v) => v && form.setFieldValue(`${p}.kind`, v as FollowUpKind)}
                  allowDeselect={false}
                />
                <TextInput
                  label={<ScopedLabel>{t('editor.followUpDescription')}</ScopedLabel>}
                  {...form.getInputProps(`${p}.description`)}
                  error={errorOf(`${p}.description`)}
                />
                <Select
                  label={<ScopedLabel>{t('editor.responsible')}</ScopedLabel>}
                  data={parties}
                  value={
                    f.responsibleOrganisationId === null ? 'together' : String(f.responsibleOrganisationId)
                  }
                  onChange={(v) =>
                    form.setFieldValue(
                      `${p}.responsibleOrganisationId`,
                      !v || v === 'together' ? null : Number(v),
                    )
                  }
                  error={errorOf(`${p}.responsibleOrganisationId`)}
                  allowDeselect={false}
                />
                <RemoveButton
                  label={t('editor.removeFollowUp', { n: i + 1 })}
                  onClick={() => form.removeListItem('followUps', i)}
                />
              </Group>
              <Group align="flex-start">
                <Select
                  label={<ScopedLabel>{t('editor.dueRule')}</ScopedLabel>}
                  data={[
                    { value: 'yearly', label: t('editor.dueYearly') },
                    { value: 'everyMonths', label: t('editor.dueEveryMonths') },
                    { value: 'afterEnd', label: t('editor.dueAfterEnd') },
                    { value: 'once', label: t('editor.dueOnce') },
                  ]}
                  value={f.due.kind}
                  onChange={(v) =>
                    v && form.setFieldValue(`${p}.due`, dueOf(v as DueRule['kind'], values.period.start))
                  }
                  allowDeselect={false}
                  w={240}
                />
                {f.due.kind === 'yearly' && (
                  <>
                    <NumberInput
                      label={<ScopedLabel>{t('editor.dueDay')}</ScopedLabel>}
                      allowDecimal={false}
                      min={1}
                      max={31}
                      w={100}
                      {...form.getInputProps(`${p}.due.day`)}
                      error={errorOf(`${p}.due.day`)}
                    />
                    <NumberInput
                      label={<ScopedLabel>{t('editor.dueMonth')}</ScopedLabel>}
                      allowDecimal={false}
                      min={1}
                      max={12}
                      w={100}
                      {...form.getInputProps(`${p}.due.month`)}
                      error={errorOf(`${p}.due.month`)}
                    />
                    <Checkbox
                      mt={30}
                      label={<ScopedLabel>{t('editor.dueFollowingYear')}</ScopedLabel>}
                      {...form.getInputProps(`${p}.due.followingYear`, { type: 'checkbox' })}
                    />
                  </>
                )}
                {(f.due.kind === 'everyMonths' || f.due.kind === 'afterEnd') && (
                  <NumberInput
                    label={<ScopedLabel>{t('editor.dueMonths')}</ScopedLabel>}
                    allowDecimal={false}
                    min={0}
                    max={60}
                    w={140}
                    {...form.getInputProps(`${p}.due.months`)}
                    error={errorOf(`${p}.due.months`)}
                  />
                )}
                {f.due.kind === 'once' && (
                  <TextInput
                    label={<ScopedLabel>{t('editor.dueDate')}</ScopedLabel>}
                    description={t('agreements.dateFormat')}
                    w={160}
                    {...form.getInputProps(`${p}.due.date`)}
                    error={errorOf(`${p}.due.date`)}
                  />
                )}
              </Group>
            </Stack>
          </FieldScope>
        );
      })}
      {!readOnly && (
        <AddButton
          label={t('editor.addFollowUp')}
          onClick={() =>
            form.insertListItem('followUps', {
              key: newKey(
                'followUp',
                values.followUps.map((f) => f.key),
              ),
              kind: 'annualReport',
              description: '',
              due: { kind: 'yearly', month: 3, day: 31, followingYear: true },
              responsibleOrganisationId: null,
            })
          }
        />
      )}
    </Section>
  );
}
