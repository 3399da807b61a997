import { tokens } from '@fluentui/react-components';
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
import { CHART_WIDTH } from './CategoryChart';

export interface StackedSeries {
  key: string;
  name: string;
  color: string;
}

/** Horizontal bars per department, one stacked segment per series; clicking a bar selects its department. */
export function StackedDepartmentBars<Row extends { id: string; label: string }>(props: {
  data: Row[];
  series: readonly StackedSeries[];
  stackId: string;
  onSelect: (department: string) => void;
}) {
  const { data } = props;
  return (
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
      {/* Legend text in the body colour: yellow or grey text on white would fail WCAG contrast. */}
      <Legend
        verticalAlign="bottom"
        wrapperStyle={{ fontSize: 12 }}
        itemSorter={null}
        formatter={(value) => <span style={{ color: tokens.colorNeutralForeground1 }}>{value}</span>}
      />
      {props.series.map((s) => (
        <Bar
          key={s.key}
          dataKey={s.key}
          name={s.name}
          stackId={props.stackId}
          fill={s.color}
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
  );
}
