import { useTranslation } from 'react-i18next';
import type { StatusCounts } from '../../../shared/followup/progress';
import { FOLLOWUP_STATUSES } from '../../../shared/followup/schemas';
import { ChartFigure, formatPeriod, STATUS_CHART_COLORS } from '../followup/index';
import { StackedDepartmentBars } from './StackedDepartmentBars';

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
        <StackedDepartmentBars
          data={data}
          series={FOLLOWUP_STATUSES.map((s) => ({ key: s, name: tf(`statuses.${s}`), color: STATUS_CHART_COLORS[s] }))}
          stackId="status"
          onSelect={props.onSelect}
        />
      )}
    </ChartFigure>
  );
}
