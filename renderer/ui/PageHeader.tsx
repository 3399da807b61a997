import { makeStyles, Title2, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalL,
    flexWrap: 'wrap',
    marginBottom: tokens.spacingVerticalL,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** The section's heading (the page's h1) with its main actions. */
export function PageHeader(props: { title: string; actions?: ReactNode }) {
  const styles = useStyles();
  return (
    <header className={styles.root}>
      <Title2 as="h1">{props.title}</Title2>
      {props.actions && <div className={styles.actions}>{props.actions}</div>}
    </header>
  );
}
