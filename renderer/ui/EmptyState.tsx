import { Body1, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalXXL,
    maxWidth: '720px',
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

/** What a section will hold and how to start, shown while it is empty. */
export function EmptyState(props: { title: string; body: string; icon?: ReactNode; actions?: ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label={props.title}>
      {props.icon}
      <Subtitle1 as="h2">{props.title}</Subtitle1>
      <Body1>{props.body}</Body1>
      {props.actions}
    </section>
  );
}
