// One report table with its title, what it counts, an optional chart, and
// the explanation of hidden figures when it has any.
import { Stack, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import type { ReportCell, ReportTable } from '../../../../shared/ipc/reports';
import { isNumeric } from '../../../../shared/reports/format-cell';
import { useT } from '../../i18n/use-t';
import { ReportCellText } from './report-cell';
import { ReportChart } from './report-chart';

const isPositive = (cell: ReportCell | undefined) => cell?.kind === 'count' && cell.value > 0;

export function ReportTableView({
  table,
  threshold,
  note,
}: {
  table: ReportTable;
  threshold: number;
  note: string;
}) {
  const t = useT();
  const titleId = useId();
  const numeric = table.columns.map((_, i) =>
    table.rows.some((r) => r.cells[i] !== undefined && isNumeric(r.cells[i]!)),
  );
  const hidden = table.rows.some((r) => r.cells.some((c) => c.kind === 'suppressed'));
  return (
    <Stack gap="xs" className="rp-table-block">
      <Title order={3} size="h5" id={titleId}>
        {table.title}
      </Title>
      {table.description && (
        <Text size="sm" c="dimmed">
          {table.description}
        </Text>
      )}
      {table.chartColumn !== null &&
        table.rows.some((r) => !r.total && isPositive(r.cells[table.chartColumn!])) && (
          <ReportChart table={table} column={table.chartColumn} />
        )}
      {table.rows.length === 0 ? (
        <Text size="sm">{t('reports.emptyTable')}</Text>
      ) : (
        // A wide table (the effect tables' ten columns) scrolls sideways: the region takes focus so a keyboard can scroll it.
        <div className="rp-scroll" role="region" aria-labelledby={titleId} tabIndex={0}>
          <Table withTableBorder aria-labelledby={titleId} className="rp-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{table.rowHeader}</Table.Th>
                {table.columns.map((c, i) => (
                  <Table.Th key={c} scope="col" className={numeric[i] ? 'rp-num' : undefined}>
                    {c}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {table.rows.map((r, index) => (
                <Table.Tr key={`${r.label}-${index}`} className={r.total ? 'rp-total' : undefined}>
                  <Table.Th scope="row">{r.label}</Table.Th>
                  {r.cells.map((c, i) => (
                    <Table.Td key={i} className={numeric[i] ? 'rp-num' : undefined}>
                      <ReportCellText cell={c} threshold={threshold} />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
      {hidden && <Text size="xs">{note}</Text>}
    </Stack>
  );
}
