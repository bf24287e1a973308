// After the commit: how many were created, which rows were skipped and why,
// and the skipped rows saved as a CSV to correct and import again.
import { Alert, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import type { ImportKind } from '../../../../shared/import/fields';
import { useT } from '../../i18n/use-t';
import { useProblemText } from './import-parts';
import type { ImportState } from './use-import';

export function SummaryStep({ kind, state }: { kind: ImportKind; state: ImportState }) {
  const t = useT();
  const problemText = useProblemText(kind);
  const done = state.committed;
  if (!done) return null;
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('import.doneTitle')}
      </Title>
      <Text role="status" fw={600}>
        {t(`import.done.${kind}`, { created: done.created, skipped: done.skipped.length })}
      </Text>
      {done.skipped.length > 0 && (
        <>
          <Title order={3} size="h4">
            {t('import.skippedTitle')}
          </Title>
          <List size="sm">
            {done.skipped.slice(0, 200).map((s) => (
              <List.Item key={s.line}>
                {t('import.line')} {s.line}: {s.problems.map(problemText).join(' ')}
              </List.Item>
            ))}
          </List>
          <div>
            <Button
              variant="default"
              onClick={() => void state.exportSkipped()}
              loading={state.busy === 'export'}
            >
              {t('import.exportSkipped')}
            </Button>
          </div>
          {state.exported && (
            <Alert color="green" role="status">
              {t('import.exported', { name: state.exported })}
            </Alert>
          )}
        </>
      )}
      <Group>
        <Button variant="default" onClick={state.startOver}>
          {t('import.another')}
        </Button>
      </Group>
    </Stack>
  );
}
