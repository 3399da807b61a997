import { tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import { periodMidpoint } from '../../../shared/followup/period';
import { sortByPeriod } from '../../../shared/followup/progress';
import type { Indicator, Measurement } from '../../../shared/followup/schemas';
import { ChartFigure } from './ChartFigure';
import { formatDate, formatNumber, formatPeriod } from './format';

/** Round axis ends and 4–6 round ticks that include baseline and target (recharts leaves reference lines out of its domain). */
function niceAxis(values: number[]): { domain: [number, number]; ticks: number[] } {
  const min = values.length ? Math.min(...values) : 0;
  const max = values.length ? Math.max(...values) : 1;
  const span = max - min || Math.abs(max) || 1;
  const rough = span / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((f) => f * power >= rough) ?? 10) * power;
  // Keep baseline and target lines off the chart's frame, where they would hide in the axis.
  let low = Math.floor(min / step) * step;
  if (low === min && !(min >= 0 && low - step < 0)) low -= step;
  let high = Math.ceil(max / step) * step;
  if (high === max) high += step;
  const ticks: number[] = [];
  for (let v = low; v <= high + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
  return { domain: [low, high], ticks };
}

interface Point {
  x: number;
  value: number;
  period: string;
}

/**
 * Measurements of one indicator over time, with the baseline and the target
 * as horizontal lines. Fixed size, so it prints the same as on screen.
 */
export function TrendChart(props: {
  indicator: Indicator;
  measurements: Measurement[];
  width?: number;
  height?: number;
  headingLevel?: 'h2' | 'h3';
  title?: string;
}) {
  const { t, i18n } = useTranslation('followup');
  const { indicator } = props;
  const sorted = sortByPeriod(props.measurements);
  const points: Point[] = sorted.flatMap((m) => {
    const x = periodMidpoint(m.period);
    return x === null ? [] : [{ x, value: m.value, period: m.period }];
  });
  const language = i18n.language;
  const unit = indicator.unit ? ` ${indicator.unit}` : '';
  const axis = niceAxis([
    ...points.map((p) => p.value),
    ...(indicator.baseline !== null ? [indicator.baseline] : []),
    ...(indicator.target !== null ? [indicator.target] : []),
  ]);
  const periodAt = new Map(points.map((p) => [p.x, p.period]));
  const tickLabel = (x: number) => formatPeriod(periodAt.get(x) ?? '', t, true);
  const description = t('trend.description', {
    baseline: indicator.baseline === null ? '–' : `${formatNumber(indicator.baseline, language)}${unit}`,
    baselineDate: formatDate(indicator.baselineDate, language),
    target: indicator.target === null ? '–' : `${formatNumber(indicator.target, language)}${unit}`,
    targetDate: formatDate(indicator.targetDate, language),
    direction: t(`direction.${indicator.direction}`),
  });
  return (
    <ChartFigure
      title={props.title ?? t('trend.title', { name: indicator.name })}
      description={description}
      headingLevel={props.headingLevel}
      columns={[t('measurement.period'), t('measurement.value')]}
      rows={sorted.map((m) => ({
        key: `${m.period}-${m.value}`,
        cells: [formatPeriod(m.period, t), `${formatNumber(m.value, language)}${unit}`],
      }))}
      testId="trend-chart"
    >
      {points.length === 0 ? (
        <p>{t('trend.noMeasurements')}</p>
      ) : (
        <LineChart
          width={props.width ?? 520}
          height={props.height ?? 240}
          data={points}
          margin={{ top: 16, right: 80, bottom: 8, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke={tokens.colorNeutralStroke2} strokeDasharray="3 3" />
          <XAxis
            dataKey="x"
            type="number"
            scale="time"
            domain={['dataMin - 3000000000', 'dataMax + 3000000000']}
            ticks={points.map((p) => p.x)}
            tickFormatter={tickLabel}
          />
          <YAxis
            domain={axis.domain}
            ticks={axis.ticks}
            tickFormatter={(v: number) => formatNumber(v, language)}
            width={56}
          />
          {indicator.baseline !== null && (
            <ReferenceLine
              y={indicator.baseline}
              stroke={tokens.colorNeutralForeground3}
              strokeDasharray="6 3"
              label={{
                value: t('trend.baseline'),
                position: 'right',
                fill: tokens.colorNeutralForeground2,
                fontSize: 12,
              }}
            />
          )}
          {indicator.target !== null && (
            <ReferenceLine
              y={indicator.target}
              stroke={tokens.colorPaletteGreenForeground1}
              strokeDasharray="6 3"
              label={{
                value: t('trend.target'),
                position: 'right',
                fill: tokens.colorPaletteGreenForeground1,
                fontSize: 12,
              }}
            />
          )}
          <Line
            type="monotone"
            dataKey="value"
            stroke={tokens.colorBrandForeground1}
            strokeWidth={2}
            dot={{ r: 4 }}
            isAnimationActive={false}
          />
        </LineChart>
      )}
    </ChartFigure>
  );
}
