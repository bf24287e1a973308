// A bar chart of one column of a table (a breakdown of one count). Charts
// are a picture of the table beside them, which is their text alternative:
// the chart is labelled as such and hidden figures are left out of it.
import { BarChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import type { ReportTable } from '../../../../shared/ipc/reports';
import { useT } from '../../i18n/use-t';

export function ReportChart({ table, column }: { table: ReportTable; column: number }) {
  const t = useT();
  const rows = table.rows.filter((r) => !r.total);
  const data = rows.map((r) => {
    const cell = r.cells[column];
    return { label: r.label, value: cell?.kind === 'count' ? cell.value : null };
  });
  const anyHidden = rows.some((r) => r.cells[column]?.kind === 'suppressed');
  return (
    <div>
      <div role="img" aria-label={t('reports.chartLabel', { title: table.title })} className="rp-chart">
        <BarChart
          h={Math.max(160, rows.length * 34)}
          data={data}
          dataKey="label"
          orientation="vertical"
          yAxisProps={{ width: 190 }}
          series={[{ name: 'value', label: table.columns[column] ?? '', color: 'blue.7' }]}
          xAxisProps={{ allowDecimals: false }}
          withTooltip={false}
          gridAxis="none"
          barChartProps={{ accessibilityLayer: false }}
        />
      </div>
      {anyHidden && (
        <Text size="xs" c="dimmed">
          {t('reports.chartHidden')}
        </Text>
      )}
    </div>
  );
}
