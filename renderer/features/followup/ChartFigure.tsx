import { Button, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { type ReactNode, useId } from 'react';

const useStyles = makeStyles({
  figure: {
    margin: 0,
    padding: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    breakInside: 'avoid',
    minWidth: 0,
  },
  description: { color: tokens.colorNeutralForeground2, margin: 0 },
  // The data table is for screen readers and keyboards: hidden until focus enters it.
  table: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
    ':focus-within': {
      position: 'static',
      width: 'auto',
      height: 'auto',
      overflow: 'visible',
      clipPath: 'none',
      whiteSpace: 'normal',
    },
    '& table': { borderCollapse: 'collapse' },
    '& th, & td': { textAlign: 'left', padding: '2px 8px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  },
});

export interface ChartTableRow {
  key: string;
  cells: string[];
  /** Makes the first cell a button that does what clicking the bar does. */
  onActivate?: () => void;
  activateLabel?: string;
}

/**
 * A chart that everyone can read: a heading, an optional description, the
 * picture (hidden from screen readers) and the same data as a table that
 * screen readers read and keyboard users reach (it appears when focused).
 */
export function ChartFigure(props: {
  title: string;
  description?: string;
  columns: string[];
  rows: ChartTableRow[];
  children: ReactNode;
  headingLevel?: 'h2' | 'h3';
  testId?: string;
}) {
  const styles = useStyles();
  const headingId = useId();
  const descriptionId = useId();
  return (
    <figure
      className={styles.figure}
      aria-labelledby={headingId}
      aria-describedby={props.description ? descriptionId : undefined}
      data-testid={props.testId}
    >
      <Subtitle2 as={props.headingLevel ?? 'h3'} id={headingId}>
        {props.title}
      </Subtitle2>
      {props.description && (
        <p id={descriptionId} className={styles.description}>
          {props.description}
        </p>
      )}
      <div aria-hidden="true">{props.children}</div>
      <div className={styles.table}>
        <table>
          <caption>{props.title}</caption>
          <thead>
            <tr>
              {props.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row) => (
              <tr key={row.key}>
                {row.cells.map((cell, index) =>
                  index === 0 ? (
                    <th key={props.columns[index]} scope="row">
                      {row.onActivate ? (
                        <Button
                          appearance="transparent"
                          size="small"
                          onClick={row.onActivate}
                          title={row.activateLabel}
                        >
                          {cell}
                        </Button>
                      ) : (
                        cell
                      )}
                    </th>
                  ) : (
                    <td key={props.columns[index]}>{cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
