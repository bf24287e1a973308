// Mean before and after for each row shown of one effect table. The table
// beside it is the chart's text alternative; hidden rows are left out, and
// a table of more rows than a chart can show (one per agreement across all
// of them) is charted by its total.
import { BarChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import type { EffectTable } from '../../../../shared/ipc/effect-evaluation';
import { useT } from '../../i18n/use-t';

const round = (x: number) => Math.round(x * 100) / 100;
const mostBars = 12;

export function EffectChart({ table, title }: { table: EffectTable; title: string }) {
  const t = useT();
  const visible = table.rows.filter((r) => r.stats !== null);
  const totalOnly = visible.length > mostBars;
  const shown = totalOnly ? visible.filter((r) => r.level === 'total') : visible;
  const before = t('effectScreen.before');
  const after = t('effectScreen.after');
  if (shown.length === 0) return null;
  const data = shown.map((r) => ({
    label: r.label,
    [before]: round(r.stats!.meanBefore),
    [after]: round(r.stats!.meanAfter),
  }));
  return (
    <div>
      <div role="img" aria-label={t('effectScreen.chartLabel', { title })} className="rp-chart">
        <BarChart
          h={Math.max(160, shown.length * 56)}
          data={data}
          dataKey="label"
          orientation="vertical"
          yAxisProps={{ width: 220 }}
          series={[
            { name: before, color: 'gray.6' },
            { name: after, color: 'blue.7' },
          ]}
          withLegend
          withTooltip={false}
          gridAxis="none"
          barChartProps={{ accessibilityLayer: false }}
        />
      </div>
      {totalOnly ? (
        <Text size="xs" c="dimmed">
          {t('effectScreen.chartTotalOnly')}
        </Text>
      ) : (
        shown.length < table.rows.length && (
          <Text size="xs" c="dimmed">
            {t('effectScreen.chartHidden')}
          </Text>
        )
      )}
    </div>
  );
}
