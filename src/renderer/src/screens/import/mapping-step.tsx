// Which column of the file holds which field: a select per field, suggested
// by main from the column names and the last saved mapping.
import { Button, NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { importFields, requiredImportFields, type ImportKind } from '../../../../shared/import/fields';
import { useLanguage, useMessage, useT } from '../../i18n/use-t';
import type { ImportState } from './use-import';

export function MappingStep({ kind, state }: { kind: ImportKind; state: ImportState }) {
  const t = useT();
  const language = useLanguage();
  const text = useMessage();
  const fieldErrors = state.error?.fields ?? {};
  const opened = state.opened;
  if (!opened) return null;
  const required = new Set(requiredImportFields[kind]);
  const options = [
    { value: '', label: t('import.noColumn') },
    ...opened.headers.map((h, i) => ({ value: String(i), label: h === '' ? `(${i + 1})` : h })),
  ];
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('import.mappingTitle')}
      </Title>
      <Text size="sm">{t('import.mappingIntro')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        {importFields[kind].map((f) => {
          const column = state.mapping[f.key] ?? null;
          return (
            <NativeSelect
              key={f.key}
              label={language === 'sv' ? f.sv : f.en}
              withAsterisk={required.has(f.key)}
              error={fieldErrors[f.key] ? text(fieldErrors[f.key]!) : undefined}
              value={column === null ? '' : String(column)}
              onChange={(e) =>
                state.setColumn(f.key, e.currentTarget.value === '' ? null : Number(e.currentTarget.value))
              }
              data={options}
            />
          );
        })}
      </SimpleGrid>
      <div>
        <Button
          onClick={() => void state.check()}
          loading={state.busy === 'preview'}
          disabled={state.busy !== null}
        >
          {t('import.check')}
        </Button>
      </div>
    </Stack>
  );
}
