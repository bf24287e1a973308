// Appendices: each with its own registration number (two may share one),
// party and validity. After the decision they change by amendment.
import { Group, Select, Stack, TextInput } from '@mantine/core';
import { useT } from '../../../i18n/use-t';
import { partyOptions, type SectionProps } from './form-api';
import { AddButton, RemoveButton } from './row-buttons';
import { Section } from './section';
import { FieldScope, ScopedLabel } from '../../../components/field-scope';

export function AppendicesSection({ form, errorOf, names, readOnly }: SectionProps) {
  const t = useT();
  const values = form.getValues();
  const parties = partyOptions(values, names);
  return (
    <Section id="agr-appendices" legend={t('editor.appendices')} disabled={readOnly}>
      {values.appendices.map((a, i) => {
        const p = `appendices.${i}`;
        return (
          <FieldScope key={form.key(p)} name={t('editor.scopeAppendix', { n: i + 1 })}>
            <Stack gap="xs" className="agr-subsection">
              <Group align="flex-start" wrap="nowrap">
                <TextInput
                  label={<ScopedLabel>{t('editor.appendixTitle')}</ScopedLabel>}
                  style={{ flex: 1 }}
                  {...form.getInputProps(`${p}.title`)}
                  error={errorOf(`${p}.title`)}
                />
                <RemoveButton
                  label={t('editor.removeAppendix', { n: i + 1 })}
                  onClick={() => form.removeListItem('appendices', i)}
                />
              </Group>
              <Group grow align="flex-start">
                <TextInput
                  label={<ScopedLabel>{t('editor.appendixNumber')}</ScopedLabel>}
                  {...form.getInputProps(`${p}.registrationNumber`)}
                  error={errorOf(`${p}.registrationNumber`)}
                />
                <Select
                  label={<ScopedLabel>{t('editor.appendixParty')}</ScopedLabel>}
                  data={parties}
                  value={a.organisationId === null ? null : String(a.organisationId)}
                  onChange={(v) => form.setFieldValue(`${p}.organisationId`, v === null ? null : Number(v))}
                  error={errorOf(`${p}.organisationId`)}
                  clearable
                />
                <TextInput
                  label={<ScopedLabel>{t('editor.validFrom')}</ScopedLabel>}
                  description={t('agreements.dateFormat')}
                  value={a.validFrom ?? ''}
                  onChange={(e) => form.setFieldValue(`${p}.validFrom`, e.currentTarget.value.trim() || null)}
                  error={errorOf(`${p}.validFrom`)}
                />
                <TextInput
                  label={<ScopedLabel>{t('editor.validTo')}</ScopedLabel>}
                  description={t('agreements.dateFormat')}
                  value={a.validTo ?? ''}
                  onChange={(e) => form.setFieldValue(`${p}.validTo`, e.currentTarget.value.trim() || null)}
                  error={errorOf(`${p}.validTo`)}
                />
              </Group>
            </Stack>
          </FieldScope>
        );
      })}
      {!readOnly && (
        <AddButton
          label={t('editor.addAppendix')}
          onClick={() =>
            form.insertListItem('appendices', {
              title: '',
              registrationNumber: '',
              organisationId: null,
              validFrom: null,
              validTo: null,
            })
          }
        />
      )}
    </Section>
  );
}
