import { Button, Field, Input, Link } from '@fluentui/react-components';
import { AddRegular, SearchRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../../shared/calendar/format';
import { searchMeetings } from '../../../shared/domain/meeting-search';
import type { Language } from '../../../shared/settings';
import { navigate } from '../../navigation';
import { EmptyState } from '../../ui/EmptyState';
import type { MeetingData } from './data';
import { NewMeetingDialog } from './NewMeetingDialog';
import { useMeetingStyles } from './styles';

export function MeetingsList(props: { data: MeetingData; language: Language }) {
  const { t } = useTranslation('meetings');
  const styles = useMeetingStyles();
  const [query, setQuery] = useState('');
  const [adding, setAdding] = useState(false);
  const found = searchMeetings(query, props.data);
  const openCount = (id: string) => props.data.actions.filter((a) => a.meetingId === id && a.status === 'open').length;
  const participants = (staffIds: string[], contactIds: string[]) =>
    [
      ...props.data.staff.filter((s) => staffIds.includes(s.id)).map((s) => s.name),
      ...props.data.contacts.filter((c) => contactIds.includes(c.id)).map((c) => c.name),
    ].join(', ');

  const addButton = (
    <Button appearance="primary" icon={<AddRegular />} onClick={() => setAdding(true)}>
      {t('meeting.add')}
    </Button>
  );
  return (
    <>
      {props.data.meetings.length === 0 ? (
        <EmptyState title={t('empty.title')} body={t('empty.body')} actions={addButton} />
      ) : (
        <>
          <div className={styles.bar}>
            {addButton}
            <Field label={t('search.label')}>
              <Input
                className={styles.search}
                type="search"
                contentBefore={<SearchRegular />}
                value={query}
                placeholder={t('search.placeholder')}
                onChange={(_, d) => setQuery(d.value)}
              />
            </Field>
          </div>
          <p aria-live="polite" className={styles.muted}>
            {t('search.count', { count: found.length })}
          </p>
          {found.length > 0 && (
            <table className={styles.table} aria-label={t('meeting.tableLabel')}>
              <thead>
                <tr>
                  {['date', 'title', 'place', 'participants', 'openActions'].map((key) => (
                    <th key={key} scope="col" className={styles.columnHead}>
                      {t(`meeting.columns.${key}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {found.map((m) => (
                  <tr key={m.id}>
                    <td>
                      {formatDay(m.date, props.language)}
                      {m.startTime && ` ${m.startTime}${m.endTime ? `–${m.endTime}` : ''}`}
                    </td>
                    <th scope="row" className={styles.rowHead}>
                      <Link as="button" onClick={() => navigate('meetings', `meeting/${m.id}`)}>
                        {m.title}
                      </Link>
                    </th>
                    <td>{m.place}</td>
                    <td>{participants(m.staffIds, m.contactIds)}</td>
                    <td>{openCount(m.id)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
      {adding && <NewMeetingDialog onClose={() => setAdding(false)} />}
    </>
  );
}
