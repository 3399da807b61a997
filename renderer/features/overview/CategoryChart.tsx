import { tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis, YAxis } from 'recharts';
import { ChartFigure, formatDkk, formatNumber } from '../followup/index';
import type { CategoryDatum } from './aggregate';

export type Metric = 'count' | 'budget';

export const CHART_WIDTH = 520;
const ADULT_COLOR = '#8764b8';

function shortDkk(value: number, language: string): string {
  if (value >= 1_000_000) return `${formatNumber(value / 1_000_000, language, 1)} ${language === 'en' ? 'm' : 'mio.'}`;
  return formatNumber(value, language, 0);
}

/**
 * Horizontal bars per category (long Danish names stay readable). Clicking a
 * bar, or its row in the data table, filters the inventory to that category.
 */
export function CategoryChart(props: {
  title: string;
  description?: string;
  data: CategoryDatum[];
  metric: Metric;
  onSelect: (id: string) => void;
  testId: string;
  /** Room for the category names; department codes need little. */
  labelWidth?: number;
}) {
  const { t, i18n } = useTranslation('overview');
  const language = i18n.language;
  const data = [...props.data].sort((a, b) => b[props.metric] - a[props.metric]);
  const height = Math.max(120, data.length * 30 + 40);
  return (
    <ChartFigure
      headingLevel="h2"
      title={props.title}
      description={props.description}
      columns={[t('table.category'), t('table.count'), t('table.budget')]}
      rows={data.map((d) => ({
        key: d.id,
        cells: [d.label, String(d.count), formatDkk(d.budget, language)],
        onActivate: () => props.onSelect(d.id),
        activateLabel: t('table.showInTable', { label: d.label }),
      }))}
      testId={props.testId}
    >
      {data.length === 0 ? (
        <p>{t('noData')}</p>
      ) : (
        <BarChart
          layout="vertical"
          width={CHART_WIDTH}
          height={height}
          data={data}
          margin={{ top: 4, right: 56, bottom: 4, left: 4 }}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke={tokens.colorNeutralStroke2} />
          <XAxis
            type="number"
            allowDecimals={false}
            tickFormatter={(v: number) => (props.metric === 'budget' ? shortDkk(v, language) : String(v))}
          />
          <YAxis type="category" dataKey="label" width={props.labelWidth ?? 190} tick={{ fontSize: 12 }} interval={0} />
          <Bar
            dataKey={props.metric}
            isAnimationActive={false}
            maxBarSize={26}
            cursor="pointer"
            onClick={(_, index) => {
              const row = data[index];
              if (row) props.onSelect(row.id);
            }}
          >
            {data.map((d) => (
              <Cell key={d.id} fill={d.adult ? ADULT_COLOR : tokens.colorBrandBackground} />
            ))}
            <LabelList
              dataKey={props.metric}
              position="right"
              fontSize={12}
              formatter={(v: unknown) => (props.metric === 'budget' ? shortDkk(Number(v), language) : String(v))}
            />
          </Bar>
        </BarChart>
      )}
    </ChartFigure>
  );
}
