import {
  Badge,
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Subtitle1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, ArrowUploadRegular } from '@fluentui/react-icons';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Initiative } from '../../../shared/domain/initiative';
import { comparePeriods, defaultPeriod, parsePeriod } from '../../../shared/followup/period';
import { latestMeasurement, roundCompleteness, statusesForPeriod } from '../../../shared/followup/progress';
import {
  buildRoundWorkbook,
  planRoundImport,
  type ReturnedRound,
  type RoundChange,
  type RoundLabels,
  readRoundWorkbook,
} from '../../../shared/followup/reporting-workbook';
import {
  FOLLOWUP_STATUSES,
  FollowupStatusSchema,
  followupStatusId,
  IndicatorSchema,
  MeasurementSchema,
} from '../../../shared/followup/schemas';
import { useServices } from '../../app-services';
import { openBytes, safeFileName, saveBytes } from '../../file-bridge';
import { useNotify } from '../../ui/notify';
import { useFollowupRepositories, useLiveRecords, useReferenceLookup } from './data';
import { formatNumber, formatPeriod } from './format';
import { StatusBadge } from './StatusBadge';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  controls: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'flex-end' },
  review: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingVerticalL,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `2px solid ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM },
});

function roundLabels(t: TFunction<'followup'>): RoundLabels {
  const c = (key: string) => t(`round.columns.${key}`);
  return {
    title: t('round.sheetTitle'),
    instructions: t('round.instructions'),
    statusSheet: t('round.statusSheet'),
    measurementSheet: t('round.measurementSheet'),
    columns: {
      id: c('id'),
      initiative: c('initiative'),
      status: c('status'),
      comment: c('comment'),
      indicator: c('indicator'),
      unit: c('unit'),
      baseline: c('baseline'),
      target: c('target'),
      direction: c('direction'),
      latest: c('latest'),
      value: c('value'),
      note: c('note'),
    },
    statuses: Object.fromEntries(FOLLOWUP_STATUSES.map((s) => [s, t(`statuses.${s}`)])) as RoundLabels['statuses'],
    directions: { up: t('direction.up'), down: t('direction.down') },
  };
}

interface Review {
  fileName: string;
  returned: ReturnedRound;
  changes: RoundChange[];
  selected: boolean[];
}

/** A reporting round: who has reported for a period, the sheets sent out, and returned sheets read back with review. */
export function ReportingRound(props: { initiatives: Initiative[] }) {
  const { t, i18n } = useTranslation('followup');
  const styles = useStyles();
  const refs = useReferenceLookup();
  const { actor } = useServices();
  const notify = useNotify();
  const repos = useFollowupRepositories();
  const statuses = useLiveRecords('followupStatuses', FollowupStatusSchema);
  const indicators = useLiveRecords('indicators', IndicatorSchema);
  const measurements = useLiveRecords('measurements', MeasurementSchema);
  const [chosenPeriod, setPeriod] = useState<string | null>(null);
  const period =
    chosenPeriod ??
    defaultPeriod(
      (statuses ?? []).map((s) => s.period),
      new Date().toISOString().slice(0, 10),
    );
  const [review, setReview] = useState<Review | null>(null);
  const validPeriod = parsePeriod(period) !== null;
  const live = props.initiatives.filter((i) => !i.archived);
  const departments = refs.options('department').map((d) => d.id);
  const round = roundCompleteness(departments, live, statuses ?? [], period.trim());
  const language = i18n.language;

  async function exportDepartment(department: string) {
    const own = live.filter((i) => i.department === department).sort((a, b) => a.title.localeCompare(b.title, 'da'));
    const perInitiative = statusesForPeriod(own, statuses ?? [], period);
    const comments = new Map(
      (statuses ?? []).filter((s) => s.period === period).map((s) => [s.initiativeId, s.comment]),
    );
    const titleOf = new Map(own.map((i) => [i.id, i.title]));
    const ownIndicators = (indicators ?? []).filter((k) => titleOf.has(k.initiativeId));
    try {
      const bytes = await buildRoundWorkbook({
        period,
        periodLabel: formatPeriod(period, t),
        department,
        departmentName: refs.label('department', department),
        statuses: own.map((i) => ({
          initiativeId: i.id,
          title: i.title,
          status: perInitiative.get(i.id) ?? 'not-reported',
          comment: comments.get(i.id) ?? '',
        })),
        indicators: ownIndicators.map((k) => {
          const ofIndicator = (measurements ?? []).filter((m) => m.indicatorId === k.id);
          const earlier = latestMeasurement(ofIndicator.filter((m) => comparePeriods(m.period, period) < 0));
          const current = ofIndicator.find((m) => m.period === period);
          return {
            indicatorId: k.id,
            initiativeTitle: titleOf.get(k.initiativeId) ?? '',
            name: k.name,
            unit: k.unit,
            baseline: k.baseline,
            target: k.target,
            direction: k.direction,
            latest: earlier ? `${formatPeriod(earlier.period, t)}: ${formatNumber(earlier.value, language)}` : '',
            value: current?.value ?? null,
            note: current?.note ?? '',
          };
        }),
        labels: roundLabels(t),
      });
      const path = await saveBytes(bytes, safeFileName(`${t('round.fileName', { department, period })}.xlsx`), 'excel');
      if (path) notify.success(t('round.exported', { department }));
    } catch (error) {
      notify.failure(t('round.exportFailed'), error);
    }
  }

  async function importReturned() {
    try {
      const file = await openBytes('excel');
      if (!file) return;
      const english = i18n.getFixedT('en', 'followup');
      const danish = i18n.getFixedT('da', 'followup');
      let returned: ReturnedRound;
      try {
        returned = readRoundWorkbook(file.bytes, [roundLabels(danish).statuses, roundLabels(english).statuses]);
      } catch {
        notify.failure(t('round.unreadable', { name: file.name }));
        return;
      }
      if (returned.problems.some((p) => p.key === 'notARound')) {
        notify.failure(t('round.notARound', { name: file.name }));
        return;
      }
      const changes = planRoundImport(returned, {
        statuses: statuses ?? [],
        measurements: (measurements ?? []).map((m) => ({ ...m, id: m.id })),
        initiativeIds: new Set(props.initiatives.map((i) => i.id)),
        indicatorIds: new Set((indicators ?? []).map((k) => k.id)),
      });
      setPeriod(returned.period);
      setReview({ fileName: file.name, returned, changes, selected: changes.map(() => true) });
    } catch (error) {
      notify.failure(t('round.importFailed'), error);
    }
  }

  async function applyReview() {
    if (!review) return;
    const chosen = review.changes.filter((_, index) => review.selected[index]);
    const { period: returnedPeriod, department } = review.returned;
    try {
      for (const change of chosen) {
        if (change.kind === 'status') {
          const id = followupStatusId(change.initiativeId, returnedPeriod);
          const values = {
            initiativeId: change.initiativeId,
            period: returnedPeriod,
            status: change.status,
            comment: change.comment,
            reportedBy: t('round.reportedBy', { name: review.fileName }),
          };
          if (await repos.statuses.get(id)) await repos.statuses.update(id, values, actor);
          else await repos.statuses.create(values, actor, id);
        } else if (change.existingId) {
          await repos.measurements.update(change.existingId, { value: change.value, note: change.note }, actor);
        } else {
          await repos.measurements.create(
            {
              indicatorId: change.indicatorId,
              period: returnedPeriod,
              value: change.value,
              note: change.note,
              source: review.fileName,
            },
            actor,
          );
        }
      }
      notify.success(t('round.imported', { count: chosen.length, department }));
      setReview(null);
    } catch (error) {
      notify.failure(t('round.importFailed'), error);
    }
  }

  const initiativeTitle = (id: string) => props.initiatives.find((i) => i.id === id)?.title ?? id;
  const indicatorName = (id: string) => {
    const k = (indicators ?? []).find((x) => x.id === id);
    return k ? `${k.name} (${initiativeTitle(k.initiativeId)})` : id;
  };

  return (
    <div className={styles.root}>
      <Text>{t('round.intro')}</Text>
      <div className={styles.controls}>
        <Field
          label={t('status.period')}
          hint={t('status.periodHint')}
          validationMessage={validPeriod ? undefined : t('validation.period.format')}
        >
          <Input value={period} onChange={(_, d) => setPeriod(d.value.trim())} />
        </Field>
        <Button icon={<ArrowUploadRegular />} onClick={importReturned}>
          {t('round.import')}
        </Button>
      </div>
      {review && (
        <section className={styles.review} aria-labelledby="round-review">
          <Subtitle1 as="h2" id="round-review">
            {t('round.reviewHeading', {
              name: review.fileName,
              department: refs.label('department', review.returned.department),
              period: formatPeriod(review.returned.period, t),
            })}
          </Subtitle1>
          {review.returned.problems.length > 0 && (
            <MessageBar intent="warning">
              <MessageBarBody>
                <Text weight="semibold">{t('round.problemsHeading')}</Text>
                <ul>
                  {review.returned.problems.map((p) => (
                    <li key={`${p.sheet}-${p.row}`}>
                      {t(`round.problems.${p.key}`, {
                        row: p.row,
                        value: p.value,
                        sheet: t(`round.sheets.${p.sheet}`),
                      })}
                    </li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
          {review.changes.length === 0 ? (
            <Text>{t('round.noChanges')}</Text>
          ) : (
            <Table size="small" aria-label={t('round.changesLabel')}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell style={{ width: '90px' }}>{t('round.accept')}</TableHeaderCell>
                  <TableHeaderCell>{t('round.what')}</TableHeaderCell>
                  <TableHeaderCell>{t('round.before')}</TableHeaderCell>
                  <TableHeaderCell>{t('round.after')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {review.changes.map((change, index) => {
                  const what =
                    change.kind === 'status' ? initiativeTitle(change.initiativeId) : indicatorName(change.indicatorId);
                  return (
                    <TableRow key={change.kind === 'status' ? `s-${change.initiativeId}` : `m-${change.indicatorId}`}>
                      <TableCell>
                        <Checkbox
                          checked={review.selected[index] ?? false}
                          aria-label={t('round.acceptChange', { what })}
                          onChange={(_, d) =>
                            setReview({
                              ...review,
                              selected: review.selected.map((s, i) => (i === index ? d.checked === true : s)),
                            })
                          }
                        />
                      </TableCell>
                      <TableCell>{what}</TableCell>
                      <TableCell>
                        {change.kind === 'status'
                          ? change.previousStatus
                            ? `${t(`statuses.${change.previousStatus}`)}${change.previousComment ? ` – ${change.previousComment}` : ''}`
                            : t('round.nothing')
                          : formatNumber(change.previousValue, language)}
                      </TableCell>
                      <TableCell>
                        {change.kind === 'status'
                          ? `${t(`statuses.${change.status}`)}${change.comment ? ` – ${change.comment}` : ''}`
                          : `${formatNumber(change.value, language)}${change.note ? ` – ${change.note}` : ''}`}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          )}
          <div className={styles.actions}>
            <Button appearance="primary" onClick={applyReview} disabled={review.changes.length === 0}>
              {t('round.apply', { count: review.selected.filter(Boolean).length })}
            </Button>
            <Button onClick={() => setReview(null)}>{t('round.cancel')}</Button>
          </div>
        </section>
      )}
      {validPeriod && (
        <section aria-labelledby="round-heading" className={styles.root}>
          <Subtitle1 as="h2" id="round-heading">
            {t('round.heading', { period: formatPeriod(period, t) })}
          </Subtitle1>
          <Text role="status">
            {t('round.summary', {
              reported: round.reported,
              total: round.total,
              complete: round.completeDepartments,
              departments: round.departments.length,
            })}
          </Text>
          <Table size="small" aria-labelledby="round-heading">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('pick.department')}</TableHeaderCell>
                <TableHeaderCell>{t('round.initiatives')}</TableHeaderCell>
                <TableHeaderCell>{t('round.reported')}</TableHeaderCell>
                <TableHeaderCell>{t('round.state')}</TableHeaderCell>
                <TableHeaderCell>{t('round.sheet')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {round.departments.map((d) => (
                <TableRow key={d.department} data-testid={`round-row-${d.department}`}>
                  <TableCell>{refs.label('department', d.department)}</TableCell>
                  <TableCell>{d.total}</TableCell>
                  <TableCell>{d.reported}</TableCell>
                  <TableCell>
                    {d.total === 0 ? (
                      <Badge appearance="outline">{t('round.noInitiatives')}</Badge>
                    ) : d.complete ? (
                      <StatusBadge status="on-track" label={t('round.complete')} />
                    ) : (
                      <Badge appearance="tint" color="warning">
                        {t('round.missing', { count: d.total - d.reported })}
                      </Badge>
                    )}
                  </TableCell>
                  <TableCell>
                    <Button
                      size="small"
                      icon={<ArrowDownloadRegular />}
                      disabled={d.total === 0}
                      onClick={() => exportDepartment(d.department)}
                      aria-label={t('round.exportFor', { department: refs.label('department', d.department) })}
                    >
                      {t('round.export')}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </section>
      )}
    </div>
  );
}
