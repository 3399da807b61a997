import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { DeleteRegular, EditRegular } from '@fluentui/react-icons';

const useStyles = makeStyles({ root: { display: 'flex', gap: tokens.spacingHorizontalXS } });

/** Edit and remove for one row; the labels name the row, so a screen reader hears which one. */
export function RowActions(props: { editLabel: string; removeLabel: string; onEdit(): void; onRemove(): void }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Button size="small" icon={<EditRegular />} aria-label={props.editLabel} onClick={props.onEdit} />
      <Button size="small" icon={<DeleteRegular />} aria-label={props.removeLabel} onClick={props.onRemove} />
    </div>
  );
}
