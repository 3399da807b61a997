import { Body1, Button, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { ArrowUndoRegular } from '@fluentui/react-icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { INITIATIVE_FIELDS, type Initiative } from '../../../shared/domain/initiative';
import { formatMoment } from '../../../shared/format/danish';
import { sameValue } from '../../../shared/sync/apply';
import { unpackStamp } from '../../../shared/sync/hlc';
import { useServices } from '../../app-services';
import { describeValue } from './history-values';
import type { ReferenceLookup } from './use-inventory';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  change: { overflowWrap: 'anywhere' },
  old: { textDecoration: 'line-through', color: tokens.colorNeutralForeground3 },
  restore: { alignSelf: 'flex-start' },
});

/** Fields whose earlier values can be put back from the history. */
const RESTORABLE = new Set<string>([...INITIATIVE_FIELDS, 'archived']);

function isBlank(value: unknown): boolean {
  return value == null || value === '' || value === false || (Array.isArray(value) && value.length === 0);
}

/** A field set to nothing when the record was created says nothing; leave it out. */
function isBlankStart(old: unknown, value: unknown): boolean {
  return isBlank(old) && isBlank(value);
}

/** Every field change of the initiative, newest first: field, old → new, who and when, with "restore this value". */
export function InitiativeHistory(props: {
  initiative: Initiative;
  lookup: ReferenceLookup;
  onRestore: (field: string, value: unknown) => void;
}) {
  const { t, i18n } = useTranslation('initiatives');
  const styles = useStyles();
  const { recorder } = useServices();
  const { initiative, lookup } = props;
  const ops = useLiveQuery(
    () => recorder.history('initiatives', initiative.id),
    [recorder, initiative.id, initiative.updatedAt],
  );
  const fieldName = (field: string) => t(`fields.${field}`, { defaultValue: field });

  return (
    <section className={styles.root} aria-labelledby="initiative-history-heading">
      <Subtitle2 as="h2" id="initiative-history-heading">
        {t('history.heading')}
      </Subtitle2>
      {ops && ops.length === 0 && <Body1>{t('history.none')}</Body1>}
      <ol className={styles.list} data-testid="initiative-history">
        {(ops ?? [])
          .filter((op) => !isBlankStart(op.old, op.value))
          .map((op) => {
            const when = formatMoment(unpackStamp(op.hlc).wall, i18n.language);
            const canRestore =
              RESTORABLE.has(op.field) && !sameValue(initiative[op.field as keyof Initiative], op.value);
            const oldText = describeValue(op.field, op.old, lookup, t, i18n.language);
            const newText = describeValue(op.field, op.value, lookup, t, i18n.language);
            return (
              <li key={op.hlc} className={styles.item} data-testid="history-entry">
                <Body1 className={styles.change}>
                  <strong>{fieldName(op.field)}</strong>
                  {': '}
                  <span className={styles.old}>{oldText}</span>
                  {' → '}
                  <span>{newText}</span>
                </Body1>
                <Caption1>{t('history.byWhen', { who: op.actor || op.device, when })}</Caption1>
                {canRestore && (
                  <Button
                    size="small"
                    appearance="subtle"
                    className={styles.restore}
                    icon={<ArrowUndoRegular />}
                    onClick={() => props.onRestore(op.field, op.value)}
                    aria-label={t('history.restoreLabel', { field: fieldName(op.field), value: newText })}
                  >
                    {t('history.restore')}
                  </Button>
                )}
              </li>
            );
          })}
      </ol>
    </section>
  );
}
