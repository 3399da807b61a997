import { tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
import { ChartFigure, formatDate } from '../followup/index';
import { CHART_WIDTH } from './CategoryChart';

const STAGES = ['imported', 'returned', 'sent', 'overdue', 'planned'] as const;
type Stage = (typeof STAGES)[number];
const COLORS: Record<Stage, string> = {
  imported: '#107c10',
  returned: '#0f6cbd',
  sent: '#8a8886',
  overdue: '#c50f1f',
  planned: '#d1d1d1',
};

const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Where a hearing round stands; records are written by the hearing feature, so every field is read defensively. */
export function hearingStage(round: Record<string, unknown>, today: string): Stage {
  if (text(round.importedAt)) return 'imported';
  if (text(round.returnedAt)) return 'returned';
  const deadline = text(round.deadline).slice(0, 10);
  if (text(round.sentAt)) return deadline && deadline < today ? 'overdue' : 'sent';
  return 'planned';
}

/** Hearing progress per department, from the synced hearing rounds. */
export function HearingChart(props: {
  rounds: Record<string, unknown>[];
  departments: { id: string; label: string }[];
  onSelect: (department: string) => void;
}) {
  const { t, i18n } = useTranslation('overview');
  const today = new Date().toISOString().slice(0, 10);
  const data = props.departments
    .map((d) => {
      const own = props.rounds.filter((r) => text(r.department) === d.id);
      const counts = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
      for (const r of own) counts[hearingStage(r, today)] += 1;
      const deadlines = own
        .map((r) => text(r.deadline).slice(0, 10))
        .filter(Boolean)
        .sort();
      return { id: d.id, label: d.label, total: own.length, deadline: deadlines.at(-1) ?? '', ...counts };
    })
    .filter((d) => d.total > 0);
  return (
    <ChartFigure
      headingLevel="h2"
      title={t('charts.hearing.title')}
      columns={[
        t('table.department'),
        ...STAGES.map((s) => t(`charts.hearing.stages.${s}`)),
        t('charts.hearing.deadline'),
      ]}
      rows={data.map((d) => ({
        key: d.id,
        cells: [d.label, ...STAGES.map((s) => String(d[s])), formatDate(d.deadline || null, i18n.language)],
        onActivate: () => props.onSelect(d.id),
        activateLabel: t('table.showInTable', { label: d.label }),
      }))}
      testId="chart-hearing"
    >
      {data.length === 0 ? (
        <p>{t('charts.hearing.none')}</p>
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
          {STAGES.map((s) => (
            <Bar
              key={s}
              dataKey={s}
              name={t(`charts.hearing.stages.${s}`)}
              stackId="hearing"
              fill={COLORS[s]}
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
