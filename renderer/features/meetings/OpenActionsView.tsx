import { Link, Select } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../../shared/calendar/format';
import { ACTION_STATUSES, type ActionStatus, openActions } from '../../../shared/domain/meeting';
import type { Language } from '../../../shared/settings';
import { useServices } from '../../app-services';
import { navigate } from '../../navigation';
import { EmptyState } from '../../ui/EmptyState';
import { type MeetingData, ownerName, useMeetingRepositories } from './data';
import { useMeetingStyles } from './styles';

/** Every open follow-up action across meetings, the overdue first. */
export function OpenActionsView(props: { data: MeetingData; language: Language; today: string }) {
  const { t } = useTranslation('meetings');
  const styles = useMeetingStyles();
  const { actor } = useServices();
  const repos = useMeetingRepositories();
  const meetings = new Map(props.data.meetings.map((m) => [m.id, m]));
  const actions = openActions(props.data.actions).filter((a) => meetings.has(a.meetingId));
  if (actions.length === 0) return <EmptyState title={t('actions.noneOpen')} body={t('actions.noneOpenBody')} />;
  return (
    <table className={styles.table} aria-label={t('actions.openTable')}>
      <thead>
        <tr>
          {['action', 'meeting', 'owner', 'dueDate', 'status'].map((key) => (
            <th key={key} scope="col" className={styles.columnHead}>
              {t(`actions.columns.${key}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {actions.map((a) => {
          const meeting = meetings.get(a.meetingId);
          return (
            <tr key={a.id}>
              <th scope="row" className={styles.rowHead}>
                {a.title}
              </th>
              <td>
                <Link as="button" onClick={() => navigate('meetings', `meeting/${a.meetingId}`)}>
                  {meeting?.title}
                </Link>
                {meeting && <span className={styles.muted}> ({formatDay(meeting.date, props.language, 'short')})</span>}
              </td>
              <td>{ownerName(a.owner, props.data)}</td>
              <td>
                {a.dueDate && formatDay(a.dueDate, props.language)}
                {a.dueDate && a.dueDate < props.today && <span className={styles.late}> {t('actions.overdue')}</span>}
              </td>
              <td>
                <Select
                  aria-label={t('actions.statusOf', { title: a.title })}
                  value={a.status}
                  onChange={(_, d) => void repos.actions.update(a.id, { status: d.value as ActionStatus }, actor)}
                >
                  {ACTION_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {t(`actions.statuses.${s}`)}
                    </option>
                  ))}
                </Select>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
