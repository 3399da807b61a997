import { Button, makeStyles, Radio, RadioGroup, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { DismissRegular, DocumentPdfRegular } from '@fluentui/react-icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Initiative } from '../../../shared/domain/initiative';
import { adultGroupIds, EMPTY_FILTER, type InitiativeFilter } from '../../../shared/domain/initiative-filter';
import { comparePeriods } from '../../../shared/followup/period';
import { rollUpByDepartment } from '../../../shared/followup/progress';
import { FollowupStatusSchema, IndicatorSchema, MeasurementSchema } from '../../../shared/followup/schemas';
import { useServices } from '../../app-services';
import { call } from '../../ipc';
import { navigate } from '../../navigation';
import { useInitiativeFilter } from '../../state/initiative-filter-store';
import { useNotify } from '../../ui/notify';
import { formatDkk, formatPeriod, TrendChart, useReferenceLookup } from '../followup/index';
import { perCategory } from './aggregate';
import { CategoryChart, type Metric } from './CategoryChart';
import { HearingChart } from './HearingChart';
import { Milestones } from './Milestones';
import { StatusChart } from './StatusChart';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  toolbar: { display: 'flex', gap: tokens.spacingHorizontalL, flexWrap: 'wrap', alignItems: 'center' },
  figures: {
    display: 'grid',
    gridTemplateColumns: 'repeat(4, minmax(160px, 1fr))',
    gap: tokens.spacingHorizontalM,
    margin: 0,
  },
  figure: {
    padding: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    display: 'flex',
    flexDirection: 'column',
  },
  figureLabel: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  figureValue: { fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightSemibold, lineHeight: 1.2 },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(560px, 1fr))',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
  },
  panel: {
    padding: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  filterBar: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});

function useSynced(table: 'hearingRounds' | 'milestones') {
  const { db } = useServices();
  return useLiveQuery(async () => (await db.synced(table).toArray()).filter((r) => !r._deleted), [db, table]);
}

function useValid<T>(table: 'followupStatuses' | 'indicators' | 'measurements', parse: (r: unknown) => T | null) {
  const { db } = useServices();
  return useLiveQuery(
    async () =>
      (await db.synced(table).toArray()).flatMap((r) => {
        if (r._deleted) return [];
        const parsed = parse(r);
        return parsed ? [{ ...parsed, id: r.id }] : [];
      }),
    [db, table],
  );
}

const parseWith =
  <T,>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }) =>
  (r: unknown): T | null => {
    const parsed = schema.safeParse(r);
    return parsed.success ? parsed.data : null;
  };

/** Plain words for the filter in force, so a reader of the printout knows what the charts show. */
function describeFilter(filter: InitiativeFilter, label: ReturnType<typeof useReferenceLookup>['label']): string[] {
  const parts: string[] = [];
  const names = (kind: Parameters<typeof label>[0], ids: string[]) => ids.map((id) => label(kind, id)).join(', ');
  if (filter.departments.length) parts.push(names('department', filter.departments));
  if (filter.focusAreas.length) parts.push(names('focusArea', filter.focusAreas));
  if (filter.districts.length) parts.push(names('district', filter.districts));
  if (filter.targetGroups.length) parts.push(names('targetGroup', filter.targetGroups));
  if (filter.statuses.length) parts.push(names('status', filter.statuses));
  if (filter.search.trim()) parts.push(`“${filter.search.trim()}”`);
  return parts;
}

/** The dashboard: charts that follow the inventory filter and set it when a bar is clicked. */
/** `shown` is what the inventory's filter and forgiving search let through, exactly as the table shows it. */
export function Dashboard(props: { initiatives: Initiative[]; shown: Initiative[] }) {
  const { t, i18n } = useTranslation('overview');
  const tf = useTranslation('followup').t;
  const styles = useStyles();
  const refs = useReferenceLookup();
  const notify = useNotify();
  const [filter, setFilter] = useInitiativeFilter();
  const [metric, setMetric] = useState<Metric>('count');
  const statuses = useValid('followupStatuses', parseWith(FollowupStatusSchema));
  const indicators = useValid('indicators', parseWith(IndicatorSchema));
  const measurements = useValid('measurements', parseWith(MeasurementSchema));
  const hearingRounds = useSynced('hearingRounds');
  const milestones = useSynced('milestones');
  const language = i18n.language;

  const adult = useMemo(() => adultGroupIds(refs.items), [refs.items]);
  const { shown } = props;

  const select = (facet: 'departments' | 'focusAreas' | 'districts' | 'targetGroups') => (id: string) => {
    setFilter((prev) => ({ ...prev, [facet]: [id] }));
    navigate('initiatives');
  };
  const categories = (kind: 'department' | 'focusArea' | 'district' | 'targetGroup') =>
    refs.options(kind).map((item) => ({
      id: item.id,
      label:
        kind === 'department'
          ? item.code || item.id
          : kind === 'targetGroup' && item.adult
            ? `${refs.label(kind, item.id)} (18+)`
            : refs.label(kind, item.id),
      adult: kind === 'targetGroup' ? item.adult : undefined,
    }));

  const totalBudget = shown.reduce((sum, i) => sum + (i.annualBudgetDkk ?? 0), 0);
  const adultCount = shown.filter((i) => i.targetGroups.some((g) => adult.has(g))).length;
  const periods = [...new Set((statuses ?? []).map((s) => s.period))].sort(comparePeriods);
  const latestPeriod = periods.at(-1) ?? null;
  const rollUp = latestPeriod ? rollUpByDepartment(shown, statuses ?? [], latestPeriod) : new Map();
  const shownIds = new Set(shown.map((i) => i.id));
  const trendIndicators = (indicators ?? [])
    .filter((k) => shownIds.has(k.initiativeId))
    .map((k) => ({ indicator: k, points: (measurements ?? []).filter((m) => m.indicatorId === k.id) }))
    .filter((x) => x.points.length > 0)
    .sort((a, b) => b.points.length - a.points.length)
    .slice(0, 4);
  const filterWords = describeFilter(filter, refs.label);

  async function savePdf() {
    try {
      const saved = await call('printToPdf', { suggestedName: `${t('pdfName')}.pdf`, landscape: true });
      if (saved) notify.success(t('pdfSaved'));
    } catch (error) {
      notify.failure(t('pdfFailed'), error);
    }
  }

  return (
    <div className={styles.root}>
      <div className={styles.toolbar} data-print="hide">
        <RadioGroup
          layout="horizontal"
          value={metric}
          onChange={(_, d) => setMetric(d.value as Metric)}
          aria-label={t('metric.label')}
        >
          <Radio value="count" label={t('metric.count')} />
          <Radio value="budget" label={t('metric.budget')} />
        </RadioGroup>
        <Button icon={<DocumentPdfRegular />} onClick={savePdf}>
          {t('savePdf')}
        </Button>
      </div>
      <div className={styles.filterBar}>
        <Text role="status">
          {filterWords.length
            ? t('filter.active', {
                filter: filterWords.join(' · '),
                shown: shown.length,
                total: props.initiatives.length,
              })
            : t('filter.none', { total: props.initiatives.length })}
        </Text>
        {filterWords.length > 0 && (
          <Button size="small" icon={<DismissRegular />} onClick={() => setFilter(EMPTY_FILTER)} data-print="hide">
            {t('filter.clear')}
          </Button>
        )}
      </div>
      <dl className={styles.figures}>
        {[
          ['initiatives', String(shown.length)],
          ['budget', formatDkk(totalBudget, language)],
          ['adult', String(adultCount)],
          [
            'reported',
            latestPeriod
              ? `${[...rollUp.values()].reduce((s, c) => s + c['on-track'] + c['at-risk'] + c['off-track'], 0)} / ${shown.length}`
              : '–',
          ],
        ].map(([key, value]) => (
          <div key={key} className={styles.figure}>
            <dt className={styles.figureLabel}>
              {t(`figures.${key}`, { period: latestPeriod ? formatPeriod(latestPeriod, tf) : '' })}
            </dt>
            <dd className={styles.figureValue} style={{ margin: 0 }}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      <div className={styles.grid} data-print-grid="">
        <CategoryChart
          title={t(`charts.department.${metric}`)}
          data={perCategory(shown, (i) => [i.department], categories('department'))}
          metric={metric}
          onSelect={select('departments')}
          testId="chart-department"
          labelWidth={60}
        />
        <CategoryChart
          title={t(`charts.focusArea.${metric}`)}
          description={t('charts.multiple')}
          data={perCategory(shown, (i) => i.focusAreas, categories('focusArea'))}
          metric={metric}
          onSelect={select('focusAreas')}
          testId="chart-focus"
        />
        <CategoryChart
          title={t(`charts.district.${metric}`)}
          description={t('charts.districtNote')}
          data={perCategory(shown, (i) => i.districts, categories('district'))}
          metric={metric}
          onSelect={select('districts')}
          testId="chart-district"
        />
        <CategoryChart
          title={t(`charts.targetGroup.${metric}`)}
          description={t('charts.adultNote')}
          data={perCategory(shown, (i) => i.targetGroups, categories('targetGroup'))}
          metric={metric}
          onSelect={select('targetGroups')}
          testId="chart-target"
        />
        <StatusChart
          period={latestPeriod}
          rollUp={rollUp}
          departments={categories('department')}
          onSelect={select('departments')}
        />
        <HearingChart
          rounds={hearingRounds ?? []}
          departments={categories('department')}
          onSelect={select('departments')}
        />
        <Milestones milestones={milestones ?? []} />
        {trendIndicators.length === 0 ? (
          <section className={styles.panel} aria-labelledby="overview-trends">
            <Subtitle2 as="h2" id="overview-trends">
              {t('trends.heading')}
            </Subtitle2>
            <Text as="p">{t('trends.none')}</Text>
          </section>
        ) : (
          trendIndicators.map(({ indicator, points }) => (
            <TrendChart
              key={indicator.id}
              indicator={indicator}
              measurements={points}
              title={t('trends.title', {
                name: indicator.name,
                initiative: props.initiatives.find((i) => i.id === indicator.initiativeId)?.title ?? '',
              })}
              height={200}
              headingLevel="h2"
            />
          ))
        )}
      </div>
    </div>
  );
}
