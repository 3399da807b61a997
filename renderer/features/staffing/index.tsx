import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  Tab,
  TabList,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addDays,
  dayFromParts,
  dayOf,
  isDay,
  monthOf,
  monthRange,
  startOfIsoWeek,
  yearOf,
} from '../../../shared/calendar/days';
import type { Language } from '../../../shared/settings';
import { useServices } from '../../app-services';
import { navigate, type Route } from '../../navigation';
import { PageHeader } from '../../ui/PageHeader';
import { AbsencesView } from './AbsencesView';
import { CalendarToolbar } from './CalendarToolbar';
import { useAbsences, useDepartments, useMilestones, useStaff } from './data';
import { ExportDialog } from './ExportDialog';
import { MonthView } from './MonthView';
import { ProcessView } from './ProcessView';
import { RosterView } from './RosterView';
import { WeekView } from './WeekView';

const VIEWS = ['week', 'month', 'roster', 'absences', 'process'] as const;
type View = (typeof VIEWS)[number];

const useStyles = makeStyles({
  tabs: { marginBottom: tokens.spacingVerticalL },
  notice: { marginBottom: tokens.spacingVerticalM },
});

/** "week/2010-03-29", "month/2010-04", "roster", …; the calendar place survives a reload. */
function parseStaffingRoute(rest: string, today: string): { view: View; day: string } {
  const [head = '', arg = ''] = rest.split('/');
  const view = (VIEWS as readonly string[]).includes(head) ? (head as View) : 'week';
  const day = isDay(arg) ? arg : isDay(`${arg}-01`) ? `${arg}-01` : today;
  return { view, day };
}

export function StaffingSection(props: { route: Route }) {
  const { t, i18n } = useTranslation('staffing');
  const styles = useStyles();
  const { settings } = useServices();
  const language: Language = i18n.language === 'en' ? 'en' : 'da';
  const today = dayOf(new Date());
  const { view, day } = parseStaffingRoute(props.route.rest, today);
  const staff = useStaff();
  const absences = useAbsences();
  const milestones = useMilestones();
  const departments = useDepartments(language);
  const [exporting, setExporting] = useState(false);
  const monday = startOfIsoWeek(day);
  const month = monthRange(yearOf(day), monthOf(day));

  const go = (next: View, at?: string) => {
    if (next === 'week') navigate('staffing', `week/${startOfIsoWeek(at ?? day)}`);
    else if (next === 'month') navigate('staffing', `month/${(at ?? day).slice(0, 7)}`);
    else navigate('staffing', next);
  };
  const shift = (direction: 1 | -1) =>
    view === 'week'
      ? go('week', addDays(monday, 7 * direction))
      : go('month', dayFromParts(yearOf(day), monthOf(day) + direction, 1));

  const loaded = staff && absences && milestones;
  return (
    <>
      <PageHeader
        title={t('title')}
        actions={
          view !== 'process' && (
            <Button icon={<ArrowDownloadRegular />} onClick={() => setExporting(true)} disabled={!staff?.length}>
              {t('export.open')}
            </Button>
          )
        }
      />
      <TabList
        className={styles.tabs}
        selectedValue={view}
        onTabSelect={(_, data) => go(data.value as View)}
        aria-label={t('views.label')}
      >
        {VIEWS.map((v) => (
          <Tab key={v} value={v} data-testid={`staffing-tab-${v}`}>
            {t(`views.${v}`)}
          </Tab>
        ))}
      </TabList>
      {loaded && (view === 'week' || view === 'month') && (
        <>
          <CalendarToolbar
            unit={view}
            onPrevious={() => shift(-1)}
            onNext={() => shift(1)}
            onToday={() => go(view, today)}
            onJump={(d) => go(view, d)}
          />
          {staff.length === 0 && (
            <MessageBar intent="info" className={styles.notice}>
              <MessageBarBody>{t('calendar.noStaff')}</MessageBarBody>
              <MessageBarActions>
                <Button onClick={() => go('roster')}>{t('roster.add')}</Button>
              </MessageBarActions>
            </MessageBar>
          )}
          {view === 'week' ? (
            <WeekView
              monday={monday}
              staff={staff}
              absences={absences}
              deskCount={settings.deskCount}
              departments={departments}
              language={language}
            />
          ) : (
            <MonthView
              first={month.from}
              last={month.to}
              staff={staff}
              absences={absences}
              deskCount={settings.deskCount}
              departments={departments}
              language={language}
              onOpenWeek={(m) => go('week', m)}
            />
          )}
        </>
      )}
      {loaded && view === 'roster' && <RosterView staff={staff} departments={departments} language={language} />}
      {loaded && view === 'absences' && <AbsencesView staff={staff} absences={absences} language={language} />}
      {loaded && view === 'process' && (
        <ProcessView milestones={milestones} staff={staff} language={language} today={today} />
      )}
      {exporting && staff && absences && (
        <ExportDialog
          from={view === 'week' ? monday : month.from}
          to={view === 'week' ? addDays(monday, 6) : month.to}
          staff={staff}
          absences={absences}
          departments={departments}
          language={language}
          onClose={() => setExporting(false)}
        />
      )}
    </>
  );
}
