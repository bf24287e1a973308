// Every checked row: its key cells (a protected child's address masked by
// main), its problems per field in the user's language, and whether to take
// it along. Rows with problems are skipped; the user may leave others out.
import { Button, Checkbox, Group, List, Pagination, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { ImportKind } from '../../../../shared/import/fields';
import { useT } from '../../i18n/use-t';
import { useFieldLabel, useProblemText } from './import-parts';
import type { ImportState } from './use-import';

const pageSize = 50;

const shownFields: Record<ImportKind, readonly string[]> = {
  organisations: ['name', 'orgNumber', 'kind', 'city'],
  children: ['name', 'identityNumber', 'homeMunicipality', 'placementBasis', 'street'],
  waitingList: ['identityNumber', 'referredOn', 'otherMunicipality'],
};

export function PreviewStep({ kind, state }: { kind: ImportKind; state: ImportState }) {
  const t = useT();
  const label = useFieldLabel(kind);
  const problemText = useProblemText(kind);
  const [onlyProblems, setOnlyProblems] = useState(false);
  const [page, setPage] = useState(1);
  const preview = state.preview;
  const rows = useMemo(
    () => (preview ? (onlyProblems ? preview.rows.filter((r) => r.problems.length > 0) : preview.rows) : []),
    [preview, onlyProblems],
  );
  const validLines = useMemo(
    () => new Set(preview?.rows.filter((r) => r.problems.length === 0).map((r) => r.line) ?? []),
    [preview],
  );
  if (!preview) return null;
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const shown = rows.slice((Math.min(page, pages) - 1) * pageSize, Math.min(page, pages) * pageSize);
  const toSave = preview.valid - [...state.leftOut].filter((line) => validLines.has(line)).length;
  const fields = shownFields[kind];

  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('import.previewTitle')}
      </Title>
      <Text role="status" fw={600}>
        {t('import.previewSummary', { valid: preview.valid, invalid: preview.invalid })}
      </Text>
      <Switch
        label={t('import.onlyProblems')}
        checked={onlyProblems}
        onChange={(e) => {
          setOnlyProblems(e.currentTarget.checked);
          setPage(1);
        }}
      />
      <Table.ScrollContainer minWidth={720}>
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('import.include')}</Table.Th>
              <Table.Th>{t('import.line')}</Table.Th>
              {fields.map((f) => (
                <Table.Th key={f}>{label(f)}</Table.Th>
              ))}
              <Table.Th>{t('import.problems')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((row) => (
              <Table.Tr key={row.line} data-line={row.line}>
                <Table.Td>
                  <Checkbox
                    aria-label={t('import.includeLine', { line: row.line })}
                    checked={row.problems.length === 0 && !state.leftOut.has(row.line)}
                    disabled={row.problems.length > 0}
                    onChange={(e) => state.toggleRow(row.line, e.currentTarget.checked)}
                  />
                </Table.Td>
                <Table.Td>{row.line}</Table.Td>
                {fields.map((f) => (
                  <Table.Td key={f}>
                    {row.cells[f] === null ? <i>{t('import.masked')}</i> : row.cells[f]}
                  </Table.Td>
                ))}
                <Table.Td>
                  {row.problems.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      {t('import.noProblems')}
                    </Text>
                  ) : (
                    <List size="sm" c="red.9">
                      {row.problems.map((p) => (
                        <List.Item key={`${p.field ?? ''}-${p.code}`}>{problemText(p)}</List.Item>
                      ))}
                    </List>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {pages > 1 && (
        <nav aria-label={t('import.pageLabel')}>
          <Pagination total={pages} value={Math.min(page, pages)} onChange={setPage} />
        </nav>
      )}
      <Group>
        <Button
          onClick={() => void state.commit()}
          disabled={toSave <= 0 || state.busy !== null}
          loading={state.busy === 'commit'}
        >
          {t('import.commit', { count: toSave })}
        </Button>
      </Group>
    </Stack>
  );
}
