import { Tab, TabList } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { dayOf } from '../../../shared/calendar/days';
import type { Language } from '../../../shared/settings';
import { navigate, type Route } from '../../navigation';
import { PageHeader } from '../../ui/PageHeader';
import { ContactsView } from './ContactsView';
import { useMeetingData } from './data';
import { MeetingDetail } from './MeetingDetail';
import { MeetingsList } from './MeetingsList';
import { OpenActionsView } from './OpenActionsView';
import { useMeetingStyles } from './styles';

const VIEWS = ['list', 'actions', 'contacts'] as const;
type View = (typeof VIEWS)[number];

/** "" (the list), "meeting/<id>", "actions" (open actions), "contacts" (organisations and contacts). */
export function MeetingsSection(props: { route: Route }) {
  const { t, i18n } = useTranslation('meetings');
  const styles = useMeetingStyles();
  const language: Language = i18n.language === 'en' ? 'en' : 'da';
  const today = dayOf(new Date());
  const data = useMeetingData();
  const [head = '', id = ''] = props.route.rest.split('/');
  const view: View = head === 'actions' || head === 'contacts' ? head : 'list';

  return (
    <>
      <PageHeader title={t('title')} />
      <TabList
        className={styles.bar}
        selectedValue={view}
        onTabSelect={(_, d) => navigate('meetings', d.value === 'list' ? '' : String(d.value))}
        aria-label={t('views.label')}
      >
        {VIEWS.map((v) => (
          <Tab key={v} value={v}>
            {t(`views.${v}`)}
          </Tab>
        ))}
      </TabList>
      {data && head === 'meeting' && <MeetingDetail meetingId={id} data={data} language={language} today={today} />}
      {data && head !== 'meeting' && view === 'list' && <MeetingsList data={data} language={language} />}
      {data && view === 'actions' && <OpenActionsView data={data} language={language} today={today} />}
      {data && view === 'contacts' && <ContactsView data={data} />}
    </>
  );
}
