import { Caption1, makeStyles, Tab, TabList, Text, Toaster, tokens } from '@fluentui/react-components';
import {
  BoardRegular,
  CalendarLtrRegular,
  ChartMultipleRegular,
  DocumentTableRegular,
  MailInboxArrowDownRegular,
  PeopleTeamRegular,
  SettingsRegular,
} from '@fluentui/react-icons';
import { type JSX, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FollowupSection } from './features/followup/index';
import { HearingSection } from './features/hearing/index';
import { InitiativesSection } from './features/initiatives/index';
import { MeetingsSection } from './features/meetings/index';
import { OverviewSection } from './features/overview/index';
import { SettingsSection } from './features/settings/index';
import { StaffingSection } from './features/staffing/index';
import { SyncIndicator } from './features/sync/index';
import { navigate, type Route, SECTIONS, type Section, useRoute } from './navigation';
import { TOASTER_ID } from './ui/notify';

const ICONS: Record<Section, JSX.Element> = {
  overview: <BoardRegular />,
  initiatives: <DocumentTableRegular />,
  hearing: <MailInboxArrowDownRegular />,
  followup: <ChartMultipleRegular />,
  staffing: <CalendarLtrRegular />,
  meetings: <PeopleTeamRegular />,
  settings: <SettingsRegular />,
};

const SECTION_VIEWS: Record<Section, (props: { route: Route }) => JSX.Element> = {
  overview: OverviewSection,
  initiatives: InitiativesSection,
  hearing: HearingSection,
  followup: FollowupSection,
  staffing: StaffingSection,
  meetings: MeetingsSection,
  settings: SettingsSection,
};

const useStyles = makeStyles({
  app: {
    display: 'grid',
    gridTemplateColumns: '220px 1fr',
    gridTemplateRows: 'auto 1fr',
    height: '100vh',
    backgroundColor: tokens.colorNeutralBackground3,
  },
  header: {
    gridColumn: '1 / 3',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  brand: { display: 'flex', flexDirection: 'column' },
  nav: {
    padding: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    overflowY: 'auto',
  },
  main: { overflow: 'auto', padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXXL}`, minWidth: 0 },
  skip: {
    position: 'absolute',
    left: '-10000px',
    ':focus': {
      left: tokens.spacingHorizontalM,
      top: tokens.spacingVerticalM,
      zIndex: 1000,
      padding: '8px',
      backgroundColor: tokens.colorNeutralBackground1,
    },
  },
});

export function App() {
  const { t } = useTranslation('common');
  const styles = useStyles();
  const route = useRoute();
  const mainRef = useRef<HTMLElement>(null);
  const View = SECTION_VIEWS[route.section];

  useEffect(() => {
    document.title = `${t(`nav.${route.section}`)} – ${t('appName')}`;
  }, [route.section, t]);

  return (
    <div className={styles.app}>
      <button type="button" className={styles.skip} onClick={() => mainRef.current?.focus()}>
        {t('skipToContent')}
      </button>
      <header className={styles.header}>
        <div className={styles.brand}>
          <Text weight="semibold" size={500}>
            {t('appName')}
          </Text>
          <Caption1>{t('appSubtitle')}</Caption1>
        </div>
        <SyncIndicator />
      </header>
      <nav className={styles.nav} aria-label={t('nav.label')}>
        <TabList
          vertical
          size="large"
          selectedValue={route.section}
          onTabSelect={(_, data) => navigate(data.value as Section)}
        >
          {SECTIONS.map((section) => (
            <Tab key={section} value={section} icon={ICONS[section]} data-testid={`nav-${section}`}>
              {t(`nav.${section}`)}
            </Tab>
          ))}
        </TabList>
      </nav>
      <main id="main" ref={mainRef} tabIndex={-1} className={styles.main}>
        <View route={route} />
      </main>
      <Toaster toasterId={TOASTER_ID} position="bottom-end" />
    </div>
  );
}
