// Each party's commitments (åtaganden) as a list.
import { Group, Stack, Text, Textarea } from '@mantine/core';
import { useT } from '../../../i18n/use-t';
import type { SectionProps } from './form-api';
import { AddButton, RemoveButton } from './row-buttons';
import { Section } from './section';

export function CommitmentsSection({ form, errorOf, names, readOnly }: SectionProps) {
  const t = useT();
  const values = form.getValues();
  return (
    <Section id="agr-commitments" legend={t('editor.commitments')} disabled={readOnly}>
      {values.parties.map((party) => {
        const name = names.get(party.organisationId)?.name ?? '';
        const rows = values.commitments
          .map((c, index) => ({ c, index }))
          .filter((r) => r.c.organisationId === party.organisationId);
        return (
          <Stack key={party.organisationId} gap={6} className="agr-subsection">
            <Text fw={700}>{name}</Text>
            {rows.map(({ index }, n) => (
              <Group key={form.key(`commitments.${index}`)} align="flex-start" wrap="nowrap">
                <Textarea
                  aria-label={t('editor.commitmentOf', { name, n: n + 1 })}
                  autosize
                  minRows={1}
                  style={{ flex: 1 }}
                  {...form.getInputProps(`commitments.${index}.text`)}
                  error={
                    errorOf(`commitments.${index}.text`) ?? errorOf(`commitments.${index}.organisationId`)
                  }
                />
                <RemoveButton
                  label={t('editor.removeCommitment', { name, n: n + 1 })}
                  onClick={() => form.removeListItem('commitments', index)}
                />
              </Group>
            ))}
            {!readOnly && (
              <AddButton
                label={t('editor.addCommitment', { name })}
                onClick={() =>
                  form.insertListItem('commitments', { organisationId: party.organisationId, text: '' })
                }
              />
            )}
          </Stack>
        );
      })}
    </Section>
  );
}
