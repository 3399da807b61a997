import { Button, makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { navigate, type Route } from '../../navigation';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import './followup.css';
import { DistrictIndicators } from './DistrictIndicators';
import { useLiveInitiatives } from './data';
import { InitiativeFollowup } from './InitiativeFollowup';
import { Overlaps } from './Overlaps';
import { Rankings } from './Rankings';
import { ReportingRound } from './ReportingRound';

export { ChartFigure, type ChartTableRow } from './ChartFigure';
export { followupRepositories, loadExampleFollowup, useReferenceLookup } from './data';
export { formatDate, formatDkk, formatNumber, formatPeriod } from './format';
export { STATUS_CHART_COLORS, StatusBadge } from './StatusBadge';
export { TrendChart } from './TrendChart';

const VIEWS = ['initiative', 'round', 'districts', 'rankings', 'overlaps'] as const;
type View = (typeof VIEWS)[number];

const useStyles = makeStyles({
  tabs: { marginBottom: tokens.spacingVerticalL },
});

export function FollowupSection(props: { route: Route }) {
  const { t } = useTranslation('followup');
  const styles = useStyles();
  const initiatives = useLiveInitiatives();
  const [head = '', id = ''] = props.route.rest.split('/');
  const view: View = (VIEWS as readonly string[]).includes(head) ? (head as View) : 'initiative';

  if (initiatives === undefined) return <PageHeader title={t('title')} />;
  if (initiatives.length === 0) {
    return (
      <>
        <PageHeader title={t('title')} />
        <EmptyState
          title={t('empty.title')}
          body={t('empty.body')}
          actions={<Button onClick={() => navigate('initiatives')}>{t('empty.toInitiatives')}</Button>}
        />
      </>
    );
  }
  return (
    <>
      <PageHeader title={t('title')} />
      <TabList
        className={styles.tabs}
        selectedValue={view}
        onTabSelect={(_, d) => navigate('followup', String(d.value))}
        aria-label={t('views.label')}
      >
        {VIEWS.map((v) => (
          <Tab key={v} value={v} data-testid={`followup-tab-${v}`}>
            {t(`views.${v}`)}
          </Tab>
        ))}
      </TabList>
      {view === 'initiative' && <InitiativeFollowup initiatives={initiatives} initiativeId={id || null} />}
      {view === 'round' && <ReportingRound initiatives={initiatives} />}
      {view === 'districts' && <DistrictIndicators />}
      {view === 'rankings' && <Rankings initiatives={initiatives} />}
      {view === 'overlaps' && <Overlaps initiatives={initiatives} />}
    </>
  );
}
