import { tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
import type { StatusCounts } from '../../../shared/followup/progress';
import { FOLLOWUP_STATUSES } from '../../../shared/followup/schemas';
import { ChartFigure, formatPeriod, STATUS_CHART_COLORS } from '../followup/index';
import { CHART_WIDTH } from './CategoryChart';

/** Follow-up status per department for the latest reporting period, stacked. */
export function StatusChart(props: {
  period: string | null;
  rollUp: Map<string, StatusCounts>;
  departments: { id: string; label: string }[];
  onSelect: (department: string) => void;
}) {
  const { t } = useTranslation('overview');
  const tf = useTranslation('followup').t;
  const data = props.departments
    .filter((d) => props.rollUp.has(d.id))
    .map((d) => ({ id: d.id, label: d.label, ...(props.rollUp.get(d.id) as StatusCounts) }));
  const title = props.period
    ? t('charts.status.title', { period: formatPeriod(props.period, tf) })
    : t('charts.status.titleNone');
  return (
    <ChartFigure
      headingLevel="h2"
      title={title}
      columns={[t('table.department'), ...FOLLOWUP_STATUSES.map((s) => tf(`statuses.${s}`))]}
      rows={data.map((d) => ({
        key: d.id,
        cells: [d.label, ...FOLLOWUP_STATUSES.map((s) => String(d[s]))],
        onActivate: () => props.onSelect(d.id),
        activateLabel: t('table.showInTable', { label: d.label }),
      }))}
      testId="chart-status"
    >
      {data.length === 0 ? (
        <p>{t('charts.status.none')}</p>
      ) : (
        <BarChart
          layout="vertical"
          width={CHART_WIDTH}
          height={Math.max(140, data.length * 30 + 70)}
          data={data}
          margin={{ top: 4, right: 24, bottom: 4, left: 4 }}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke={tokens.colorNeutralStroke2} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={60} interval={0} />
          <Legend verticalAlign="bottom" wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
          {FOLLOWUP_STATUSES.map((s) => (
            <Bar
              key={s}
              dataKey={s}
              name={tf(`statuses.${s}`)}
              stackId="status"
              fill={STATUS_CHART_COLORS[s]}
              isAnimationActive={false}
              maxBarSize={26}
              cursor="pointer"
              onClick={(_, index) => {
                const row = data[index];
                if (row) props.onSelect(row.id);
              }}
            />
          ))}
        </BarChart>
      )}
    </ChartFigure>
  );
}
