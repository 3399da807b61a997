import { Badge, makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { getISOWeek, parseISO } from 'date-fns';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../followup/index';

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: 'grid',
    gridTemplateColumns: '170px 1fr auto',
    gap: tokens.spacingHorizontalM,
    alignItems: 'baseline',
  },
  date: { fontVariantNumeric: 'tabular-nums' },
});

const KNOWN_KINDS = ['meeting', 'deadline', 'hearing', 'drafting', 'committee'];
const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const MAX_SHOWN = 8;

/** Open milestones and deadlines in date order; those already passed are flagged. Read defensively: another feature writes them. */
export function Milestones(props: { milestones: Record<string, unknown>[] }) {
  const { t, i18n } = useTranslation('overview');
  const styles = useStyles();
  const today = new Date().toISOString().slice(0, 10);
  const open = props.milestones
    .map((m) => ({
      id: text(m.id),
      title: text(m.title),
      date: text(m.date).slice(0, 10),
      kind: text(m.kind),
      status: text(m.status),
    }))
    .filter((m) => /^\d{4}-\d{2}-\d{2}$/.test(m.date) && m.title && m.status !== 'done' && m.status !== 'cancelled')
    .sort((a, b) => a.date.localeCompare(b.date))
    .slice(0, MAX_SHOWN);
  return (
    <section className={styles.root} aria-labelledby="overview-milestones" data-testid="milestones">
      <Subtitle2 as="h2" id="overview-milestones">
        {t('milestones.heading')}
      </Subtitle2>
      {open.length === 0 ? (
        <Text>{t('milestones.none')}</Text>
      ) : (
        <ul className={styles.list}>
          {open.map((m) => (
            <li key={m.id} className={styles.item}>
              <Text className={styles.date}>
                {`${formatDate(m.date, i18n.language)} (${t('milestones.week', { week: getISOWeek(parseISO(m.date)) })})`}
              </Text>
              <Text weight={m.kind === 'deadline' ? 'semibold' : 'regular'}>
                {m.title}
                {KNOWN_KINDS.includes(m.kind) && <Caption kind={t(`milestones.kinds.${m.kind}`)} />}
              </Text>
              {m.date < today ? (
                <Badge appearance="tint" color="danger">
                  {t('milestones.overdue')}
                </Badge>
              ) : (
                <span />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Caption(props: { kind: string }) {
  return <Text size={200}>{` · ${props.kind}`}</Text>;
}
