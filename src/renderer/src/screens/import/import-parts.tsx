// Small parts of the import screen: the field labels in the user's language,
// a problem as text, and the progress line with its cancel button.
import { Button, Group, Progress, Text } from '@mantine/core';
import { importFields, type ImportKind } from '../../../../shared/import/fields';
import type { ImportProgress } from '../../../../shared/ipc/import';
import { useLanguage, useMessage, useT } from '../../i18n/use-t';

export function useFieldLabel(kind: ImportKind): (key: string | null) => string {
  const language = useLanguage();
  const t = useT();
  const labels = new Map(importFields[kind].map((f) => [f.key, language === 'sv' ? f.sv : f.en]));
  return (key) => (key === null ? t('import.whole') : (labels.get(key) ?? key));
}

/** "Personnummer: Kontrollsiffran stämmer inte." */
export function useProblemText(kind: ImportKind): (p: { field: string | null; code: string }) => string {
  const label = useFieldLabel(kind);
  const text = useMessage();
  return (p) => `${label(p.field)}: ${text(p.code)}`;
}

export function ProgressLine({
  label,
  progress,
  onCancel,
}: {
  label: string;
  progress: ImportProgress | null;
  onCancel: (() => void) | null;
}) {
  const t = useT();
  const total = progress?.total ?? 0;
  const done = progress?.done ?? 0;
  const percent = total > 0 ? Math.round((done / total) * 100) : 0;
  return (
    <Group gap="md" align="center">
      <Text size="sm" role="status">
        {label} {total > 0 ? t('import.progress', { done, total }) : ''}
      </Text>
      <Progress.Root w={240}>
        <Progress.Section value={total > 0 ? percent : 100} aria-label={label} animated={total === 0} />
      </Progress.Root>
      {onCancel && (
        <Button variant="default" size="xs" onClick={onCancel}>
          {t('import.cancel')}
        </Button>
      )}
    </Group>
  );
}
