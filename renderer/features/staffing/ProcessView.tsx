import { Badge, Button, Caption1, Card, Link, makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { AddRegular, ArrowDownloadRegular, CalendarAddRegular, TaskListLtrRegular } from '@fluentui/react-icons';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isoWeek } from '../../../shared/calendar/days';
import { formatDay, formatDayWithWeekday } from '../../../shared/calendar/format';
import { EXPORT_LABELS } from '../../../shared/calendar-export/labels';
import { timelineCalendar, timelineWorkbook } from '../../../shared/calendar-export/timeline-export';
import { flaggedDayOf, isFinished, type Milestone, timelineState } from '../../../shared/domain/milestone';
import type { StaffMember } from '../../../shared/domain/staff';
import type { Language } from '../../../shared/settings';
import { useServices } from '../../app-services';
import { saveBytes } from '../../file-bridge';
import { navigate } from '../../navigation';
import { EmptyState } from '../../ui/EmptyState';
import { useNotify } from '../../ui/notify';
import { DateFlagNote } from './DateFlagNote';
import { useMeetingsByMilestone, useStaffingRepositories } from './data';
import { MilestoneDialog } from './MilestoneDialog';
import { OeuTemplateDialog } from './OeuTemplateDialog';
import { RowActions } from './RowActions';

const useStyles = makeStyles({
  bar: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', marginBottom: tokens.spacingVerticalL },
  summary: {
    display: 'flex',
    gap: tokens.spacingHorizontalXXL,
    flexWrap: 'wrap',
    marginBottom: tokens.spacingVerticalL,
  },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  item: { display: 'grid', gridTemplateColumns: '200px 1fr auto', gap: tokens.spacingHorizontalL, alignItems: 'start' },
  when: { display: 'flex', flexDirection: 'column' },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  badges: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  late: { borderLeft: `4px solid ${tokens.colorPaletteRedBorder2}` },
  next: { borderLeft: `4px solid ${tokens.colorBrandStroke1}` },
  done: { opacity: 0.85 },
  today: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    color: tokens.colorBrandForeground1,
    fontWeight: tokens.fontWeightSemibold,
    '::before, ::after': { content: '""', flex: 1, borderTop: `2px solid ${tokens.colorBrandStroke1}` },
  },
  heading: { margin: 0 },
  docs: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function ProcessView(props: {
  milestones: Milestone[];
  staff: StaffMember[];
  language: Language;
  today: string;
}) {
  const { t } = useTranslation('staffing');
  const styles = useStyles();
  const { actor } = useServices();
  const repos = useStaffingRepositories();
  const notify = useNotify();
  const [editing, setEditing] = useState<Milestone | 'new' | null>(null);
  const [template, setTemplate] = useState(false);
  const { late, next } = timelineState(props.milestones, props.today);
  const meetingsOf = useMeetingsByMilestone();
  const ownerName = (id: string) => props.staff.find((s) => s.id === id)?.name ?? '';
  const todayIndex = props.milestones.findIndex((m) => m.date >= props.today);
  const labels = EXPORT_LABELS[props.language];

  async function exportTimeline(kind: 'excel' | 'calendar') {
    try {
      const bytes =
        kind === 'excel'
          ? await timelineWorkbook(props.milestones, ownerName, labels)
          : new TextEncoder().encode(timelineCalendar(props.milestones, labels));
      const suggestedName = `${t('process.fileName')}.${kind === 'excel' ? 'xlsx' : 'ics'}`;
      const saved = await saveBytes(bytes, suggestedName, kind);
      if (saved) notify.success(t('export.saved', { path: saved }));
    } catch (error) {
      notify.failure(t('export.failed'), error);
    }
  }

  async function move(m: Milestone, day: string) {
    await repos.milestones.update(m.id, m.endDate ? { endDate: day } : { date: day }, actor);
    notify.success(t('process.moved', { title: m.title, date: formatDay(day, props.language) }));
  }

  const todayMarker = (
    <li
      className={styles.today}
      key="today"
      aria-label={t('process.todayMarker', { date: formatDay(props.today, props.language) })}
    >
      {t('process.todayMarker', { date: formatDay(props.today, props.language) })}
    </li>
  );

  return (
    <>
      <div className={styles.bar}>
        <Button appearance="primary" icon={<AddRegular />} onClick={() => setEditing('new')}>
          {t('process.add')}
        </Button>
        <Button icon={<TaskListLtrRegular />} onClick={() => setTemplate(true)}>
          {t('oeu.open')}
        </Button>
        <Button
          icon={<ArrowDownloadRegular />}
          disabled={props.milestones.length === 0}
          onClick={() => void exportTimeline('excel')}
        >
          {t('process.exportExcel')}
        </Button>
        <Button
          icon={<CalendarAddRegular />}
          disabled={props.milestones.length === 0}
          onClick={() => void exportTimeline('calendar')}
        >
          {t('process.exportIcs')}
        </Button>
      </div>
      {props.milestones.length === 0 ? (
        <EmptyState title={t('process.emptyTitle')} body={t('process.emptyBody')} />
      ) : (
        <>
          <section className={styles.summary} aria-label={t('process.summary')}>
            <Text>
              <strong>{t('process.today')}</strong> {formatDayWithWeekday(props.today, props.language)}
            </Text>
            <Text>
              <strong>{t('process.next')}</strong>{' '}
              {next ? `${next.title} (${formatDay(next.date, props.language)})` : t('process.nothingNext')}
            </Text>
            <Text>
              <strong>{t('process.lateCount')}</strong> {late.size}
            </Text>
          </section>
          <ol className={styles.list} aria-label={t('process.timeline')}>
            {props.milestones.map((m, i) => {
              const isLate = late.has(m.id);
              const isNext = next?.id === m.id;
              return (
                <Fragment key={m.id}>
                  {i === todayIndex && todayMarker}
                  <li>
                    <Card
                      className={isLate ? styles.late : isNext ? styles.next : isFinished(m) ? styles.done : undefined}
                      data-testid={`milestone-${m.id}`}
                    >
                      <div className={styles.item}>
                        <div className={styles.when}>
                          <Text weight="semibold">
                            {m.endDate
                              ? `${formatDay(m.date, props.language)} – ${formatDay(m.endDate, props.language)}`
                              : formatDayWithWeekday(m.date, props.language)}
                          </Text>
                          <Caption1>{t('calendar.weekNumber', { week: isoWeek(m.date).week })}</Caption1>
                        </div>
                        <div className={styles.body}>
                          <Subtitle2 as="h3" className={styles.heading}>
                            {m.title}
                          </Subtitle2>
                          <div className={styles.badges}>
                            <Badge appearance="outline">{t(`kinds.${m.kind}`)}</Badge>
                            <Badge appearance="tint" color={m.status === 'done' ? 'success' : 'informative'}>
                              {t(`statuses.${m.status}`)}
                            </Badge>
                            {isLate && (
                              <Badge appearance="filled" color="danger">
                                {t('process.late')}
                              </Badge>
                            )}
                            {isNext && (
                              <Badge appearance="filled" color="brand">
                                {t('process.nextBadge')}
                              </Badge>
                            )}
                          </div>
                          {m.ownerId && <Text>{t('process.ownerIs', { name: ownerName(m.ownerId) })}</Text>}
                          {m.notes && <Text>{m.notes}</Text>}
                          {m.documents.length > 0 && (
                            <ul className={styles.docs} aria-label={t('process.documents')}>
                              {m.documents.map((d) => (
                                <li key={`${d.title}|${d.reference}`}>
                                  {d.title}
                                  {d.reference && ` (${d.reference})`}
                                </li>
                              ))}
                            </ul>
                          )}
                          {(meetingsOf.get(m.id) ?? []).length > 0 && (
                            <ul className={styles.docs} aria-label={t('process.meetings')}>
                              {(meetingsOf.get(m.id) ?? []).map((meeting) => (
                                <li key={meeting.id}>
                                  <Link as="button" onClick={() => navigate('meetings', `meeting/${meeting.id}`)}>
                                    {t('process.meetingLink', {
                                      title: meeting.title,
                                      date: formatDay(meeting.date, props.language),
                                    })}
                                  </Link>
                                </li>
                              ))}
                            </ul>
                          )}
                          {!isFinished(m) && (
                            <DateFlagNote
                              day={flaggedDayOf(m)}
                              language={props.language}
                              onUseSuggestion={(day) => void move(m, day)}
                            />
                          )}
                        </div>
                        <RowActions
                          editLabel={t('process.editNamed', { title: m.title })}
                          removeLabel={t('process.removeNamed', { title: m.title })}
                          onEdit={() => setEditing(m)}
                          onRemove={() =>
                            void repos.milestones
                              .remove(m.id, actor)
                              .then(() => notify.success(t('process.removed', { title: m.title })))
                          }
                        />
                      </div>
                    </Card>
                  </li>
                </Fragment>
              );
            })}
            {todayIndex === -1 && todayMarker}
          </ol>
        </>
      )}
      {editing && (
        <MilestoneDialog
          milestone={editing === 'new' ? undefined : editing}
          staff={props.staff}
          language={props.language}
          onClose={() => setEditing(null)}
        />
      )}
      {template && <OeuTemplateDialog language={props.language} onClose={() => setTemplate(false)} />}
    </>
  );
}
