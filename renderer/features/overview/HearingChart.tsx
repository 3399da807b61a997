import { useTranslation } from 'react-i18next';
import { ChartFigure, formatDate } from '../followup/index';
import { StackedDepartmentBars } from './StackedDepartmentBars';

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
        <StackedDepartmentBars
          data={data}
          series={STAGES.map((s) => ({ key: s, name: t(`charts.hearing.stages.${s}`), color: COLORS[s] }))}
          stackId="hearing"
          onSelect={props.onSelect}
        />
      )}
    </ChartFigure>
  );
}
