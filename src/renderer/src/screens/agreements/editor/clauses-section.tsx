// Clause texts with placeholders such as {{årsbelopp}}: the text stays
// editable and is filled from the data when shown; a preview shows the result.
import { Button, Group, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { problemsOfClause } from '../../../../../shared/agreements/clause-checks';
import { fillPlaceholders, placeholders } from '../../../../../shared/agreements/placeholders';
import { useT } from '../../../i18n/use-t';
import { newKey, toData } from './agreement-form-values';
import { ClauseWarnings, useClauseProblems } from './clause-warnings';
import type { SectionProps } from './form-api';
import { AddButton } from './row-buttons';
import { Section } from './section';
import { FieldScope, ScopedLabel } from '../../../components/field-scope';

export function ClausesSection({ form, errorOf, names, readOnly }: SectionProps) {
  const t = useT();
  const values = form.getValues();
  const [showHelp, setShowHelp] = useState(false);
  const converted = toData(values);
  const problems = useClauseProblems(form);
  const preview = (text: string) =>
    converted.ok
      ? fillPlaceholders(text, { data: converted.data, nameOf: (id) => names.get(id)?.name ?? '' })
      : null;
  return (
    <Section id="agr-clauses" legend={t('editor.clauses')} disabled={readOnly}>
      <Text size="sm">{t('editor.clausesIntro')}</Text>
      <div>
        <Button
          variant="subtle"
          size="xs"
          px={0}
          onClick={() => setShowHelp(!showHelp)}
          aria-expanded={showHelp}
        >
          {showHelp ? t('editor.hidePlaceholders') : t('editor.showPlaceholders')}
        </Button>
      </div>
      {showHelp && (
        <Table withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('editor.placeholder')}</Table.Th>
              <Table.Th>{t('editor.placeholderMeaning')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {Object.entries(placeholders).map(([name, def]) => (
              <Table.Tr key={name}>
                <Table.Td>
                  <code>{`{{${name}}}`}</code>
                </Table.Td>
                <Table.Td>{def.description}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {values.clauses.map((clause, i) => {
        const p = `clauses.${i}`;
        const filled = preview(clause.text);
        const warnings = problemsOfClause(problems, i).map(([, key]) => key);
        return (
          <FieldScope key={form.key(p)} name={t('editor.scopeClause', { n: i + 1 })}>
            <Stack gap={6} className="agr-subsection">
              <TextInput
                label={<ScopedLabel>{t('editor.clauseHeading')}</ScopedLabel>}
                {...form.getInputProps(`${p}.heading`)}
                error={errorOf(`${p}.heading`)}
              />
              <Textarea
                label={<ScopedLabel>{t('editor.clauseText')}</ScopedLabel>}
                autosize
                minRows={3}
                maxRows={16}
                {...form.getInputProps(`${p}.text`)}
                error={errorOf(`${p}.text`)}
              />
              <ClauseWarnings id={`${p}-warnings`} messages={warnings} />
              {filled !== null && (
                <Text size="sm" c="gray.8">
                  <Text span fw={600} size="sm">
                    {t('editor.preview')}:{' '}
                  </Text>
                  {filled}
                </Text>
              )}
              {!readOnly && (
                <Group gap="xs">
                  <Button
                    variant="subtle"
                    size="xs"
                    disabled={i === 0}
                    onClick={() => form.reorderListItem('clauses', { from: i, to: i - 1 })}
                  >
                    {t('editor.moveUp')}
                  </Button>
                  <Button
                    variant="subtle"
                    size="xs"
                    disabled={i === values.clauses.length - 1}
                    onClick={() => form.reorderListItem('clauses', { from: i, to: i + 1 })}
                  >
                    {t('editor.moveDown')}
                  </Button>
                  <Button
                    variant="subtle"
                    color="red"
                    size="xs"
                    onClick={() => form.removeListItem('clauses', i)}
                  >
                    {t('editor.removeClause', { heading: clause.heading })}
                  </Button>
                </Group>
              )}
            </Stack>
          </FieldScope>
        );
      })}
      {!readOnly && (
        <AddButton
          label={t('editor.addClause')}
          onClick={() =>
            form.insertListItem('clauses', {
              key: newKey(
                'clause',
                values.clauses.map((c) => c.key),
              ),
              heading: '',
              text: '',
            })
          }
        />
      )}
    </Section>
  );
}
