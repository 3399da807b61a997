import {
  Badge,
  Button,
  Caption1,
  Card,
  CardHeader,
  Field,
  Input,
  makeStyles,
  Select,
  Subtitle1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EVIDENCE_LEVELS, type Initiative, InitiativeFieldsSchema } from '../../../shared/domain/initiative';
import { parseDecimal } from '../../../shared/followup/decimal';
import { comparePeriods, defaultPeriod } from '../../../shared/followup/period';
import { latestMeasurement, progressTowardTarget, sortByPeriod } from '../../../shared/followup/progress';
import {
  DIRECTIONS,
  FOLLOWUP_STATUSES,
  FollowupStatusSchema,
  type FollowupStatusValue,
  followupStatusId,
  GoalSchema,
  IndicatorSchema,
  MeasurementSchema,
} from '../../../shared/followup/schemas';
import { parseDanishDate } from '../../../shared/spreadsheet/danish-values';
import { useServices } from '../../app-services';
import { createRepository } from '../../db/repository';
import { navigate } from '../../navigation';
import { useNotify } from '../../ui/notify';
import { type Stored, useFollowupRepositories, useLiveRecords, useReferenceLookup } from './data';
import { useFieldErrors } from './field-errors';
import { formatNumber, formatPeriod } from './format';
import { StatusBadge } from './StatusBadge';
import { TrendChart } from './TrendChart';

const useStyles = makeStyles({
  layout: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  pickers: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'flex-end' },
  picker: { minWidth: '260px' },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingVerticalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'flex-start' },
  grow: { flexGrow: 1, minWidth: '220px' },
  narrow: { width: '150px' },
  indicator: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  indicatorBody: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  muted: { color: tokens.colorNeutralForeground3 },
  measurementForm: {
    border: 'none',
    padding: 0,
    margin: `${tokens.spacingVerticalM} 0 0 0`,
    display: 'grid',
    gridTemplateColumns: '170px 110px minmax(120px, 1fr) 150px auto',
    gap: tokens.spacingHorizontalS,
    alignItems: 'start',
  },
  formButton: { marginTop: '26px' },
  indicatorHead: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
  fill: { minWidth: 0, width: '100%' },
});

/** Follow-up of one initiative: status per period, evidence, goals, indicators and their measurements. */
export function InitiativeFollowup(props: { initiatives: Initiative[]; initiativeId: string | null }) {
  const { t } = useTranslation('followup');
  const styles = useStyles();
  const refs = useReferenceLookup();
  const current = props.initiatives.find((i) => i.id === props.initiativeId) ?? null;
  const [department, setDepartment] = useState<string>(current?.department ?? '');
  const visible = props.initiatives
    .filter((i) => !i.archived && (!department || i.department === department))
    .sort((a, b) => a.title.localeCompare(b.title, 'da'));

  return (
    <div className={styles.layout}>
      <div className={styles.pickers}>
        <Field label={t('pick.department')} className={styles.picker}>
          <Select value={department} onChange={(_, d) => setDepartment(d.value)}>
            <option value="">{t('pick.allDepartments')}</option>
            {refs.options('department').map((d) => (
              <option key={d.id} value={d.id}>
                {refs.label('department', d.id)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('pick.initiative')} className={styles.grow}>
          <Select
            value={current?.id ?? ''}
            onChange={(_, d) => navigate('followup', d.value ? `initiative/${d.value}` : 'initiative')}
          >
            <option value="">{t('pick.choose')}</option>
            {visible.map((i) => (
              <option key={i.id} value={i.id}>
                {`${i.title} (${i.department})`}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {current ? (
        <InitiativePanel key={current.id} initiative={current} />
      ) : (
        <Text className={styles.muted}>{t('pick.hint')}</Text>
      )}
    </div>
  );
}

function InitiativePanel(props: { initiative: Initiative }) {
  const { t } = useTranslation('followup');
  const styles = useStyles();
  const goals = useLiveRecords('goals', GoalSchema);
  const indicators = useLiveRecords('indicators', IndicatorSchema);
  const measurements = useLiveRecords('measurements', MeasurementSchema);
  const id = props.initiative.id;
  const ownGoals = (goals ?? []).filter((g) => g.initiativeId === id);
  const ownIndicators = (indicators ?? []).filter((i) => i.initiativeId === id);
  return (
    <div className={styles.layout}>
      <Subtitle1 as="h2">{props.initiative.title}</Subtitle1>
      <StatusSection initiative={props.initiative} />
      <EvidenceSection initiative={props.initiative} />
      <section className={styles.section} aria-labelledby="followup-goals">
        <Subtitle1 as="h3" id="followup-goals">
          {t('goal.heading')}
        </Subtitle1>
        {ownGoals.length === 0 && <Text className={styles.muted}>{t('goal.none')}</Text>}
        <ul>
          {ownGoals.map((g) => (
            <li key={g.id}>
              <Text weight="semibold">{g.title}</Text>
              {g.description && <Text>{` – ${g.description}`}</Text>}
            </li>
          ))}
        </ul>
        <GoalForm initiativeId={id} />
      </section>
      <section className={styles.section} aria-labelledby="followup-indicators">
        <Subtitle1 as="h3" id="followup-indicators">
          {t('indicator.heading')}
        </Subtitle1>
        {ownIndicators.length === 0 && <Text className={styles.muted}>{t('indicator.none')}</Text>}
        {ownIndicators.map((indicator) => (
          <IndicatorCard
            key={indicator.id}
            indicator={indicator}
            goalTitle={ownGoals.find((g) => g.id === indicator.goalId)?.title}
            measurements={(measurements ?? []).filter((m) => m.indicatorId === indicator.id)}
          />
        ))}
        <IndicatorForm initiativeId={id} goals={ownGoals} />
      </section>
    </div>
  );
}

function StatusSection(props: { initiative: Initiative }) {
  const { t } = useTranslation('followup');
  const styles = useStyles();
  const { actor } = useServices();
  const notify = useNotify();
  const repos = useFollowupRepositories();
  const errors = useFieldErrors();
  const statuses = useLiveRecords('followupStatuses', FollowupStatusSchema);
  const own = (statuses ?? [])
    .filter((s) => s.initiativeId === props.initiative.id)
    .sort((a, b) => comparePeriods(b.period, a.period));
  const [chosenPeriod, setPeriod] = useState<string | null>(null);
  const period =
    chosenPeriod ??
    defaultPeriod(
      (statuses ?? []).map((s) => s.period),
      new Date().toISOString().slice(0, 10),
    );
  const existing = own.find((s) => s.period === period.trim());
  const [status, setStatus] = useState<string>('');
  const [comment, setComment] = useState<string | null>(null);

  async function save() {
    errors.clear();
    const values = {
      initiativeId: props.initiative.id,
      period: period.trim(),
      status: (status || existing?.status || '') as FollowupStatusValue,
      comment: comment ?? existing?.comment ?? '',
      reportedBy: actor,
    };
    try {
      const recordId = followupStatusId(props.initiative.id, values.period);
      if (await repos.statuses.get(recordId)) await repos.statuses.update(recordId, values, actor);
      else await repos.statuses.create(values, actor, recordId);
      notify.success(t('status.saved'));
      setStatus('');
      setComment(null);
    } catch (error) {
      if (!errors.take(error)) notify.failure(t('saveFailed'), error);
    }
  }

  return (
    <section className={styles.section} aria-labelledby="followup-status">
      <Subtitle1 as="h3" id="followup-status">
        {t('status.heading')}
      </Subtitle1>
      <div className={styles.row}>
        <Field
          label={t('status.period')}
          hint={t('status.periodHint')}
          className={styles.narrow}
          validationMessage={errors.message('period')}
        >
          <Input className={styles.fill} value={period} onChange={(_, d) => setPeriod(d.value)} />
        </Field>
        <Field label={t('status.status')} validationMessage={errors.message('status')}>
          <Select value={status || existing?.status || ''} onChange={(_, d) => setStatus(d.value)}>
            <option value="">{t('pick.choose')}</option>
            {FOLLOWUP_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('status.comment')} className={styles.grow} validationMessage={errors.message('comment')}>
          <Textarea
            value={comment ?? existing?.comment ?? ''}
            onChange={(_, d) => setComment(d.value)}
            resize="vertical"
          />
        </Field>
      </div>
      <div>
        <Button appearance="primary" onClick={save}>
          {t('status.save')}
        </Button>
      </div>
      {own.length > 0 && (
        <Table size="small" aria-label={t('status.history')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('status.period')}</TableHeaderCell>
              <TableHeaderCell>{t('status.status')}</TableHeaderCell>
              <TableHeaderCell>{t('status.comment')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {own.map((s) => (
              <TableRow key={s.id}>
                <TableCell>{formatPeriod(s.period, t)}</TableCell>
                <TableCell>
                  <StatusBadge status={s.status} />
                </TableCell>
                <TableCell>{s.comment}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}

function EvidenceSection(props: { initiative: Initiative }) {
  const { t } = useTranslation('followup');
  const styles = useStyles();
  const { recorder, actor } = useServices();
  const notify = useNotify();
  const initiatives = useMemo(() => createRepository('initiatives', InitiativeFieldsSchema, recorder), [recorder]);
  const [level, setLevel] = useState<string>(props.initiative.evidenceLevel ?? '');
  const [plan, setPlan] = useState(props.initiative.evaluation);

  async function save() {
    try {
      await initiatives.update(
        props.initiative.id,
        { evidenceLevel: (level || null) as Initiative['evidenceLevel'], evaluation: plan },
        actor,
      );
      notify.success(t('evidence.saved'));
    } catch (error) {
      notify.failure(t('saveFailed'), error);
    }
  }

  return (
    <section className={styles.section} aria-labelledby="followup-evidence">
      <Subtitle1 as="h3" id="followup-evidence">
        {t('evidence.heading')}
      </Subtitle1>
      <div className={styles.row}>
        <Field label={t('evidence.level')}>
          <Select value={level} onChange={(_, d) => setLevel(d.value)}>
            <option value="">{t('evidence.unknown')}</option>
            {EVIDENCE_LEVELS.map((l) => (
              <option key={l} value={l}>
                {t(`evidence.levels.${l}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('evidence.plan')} hint={t('evidence.planHint')} className={styles.grow}>
          <Textarea value={plan} onChange={(_, d) => setPlan(d.value)} resize="vertical" />
        </Field>
      </div>
      <div>
        <Button onClick={save}>{t('evidence.save')}</Button>
      </div>
    </section>
  );
}

function GoalForm(props: { initiativeId: string }) {
  const { t } = useTranslation('followup');
  const styles = useStyles();
  const { actor } = useServices();
  const notify = useNotify();
  const repos = useFollowupRepositories();
  const errors = useFieldErrors();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  async function add() {
    errors.clear();
    try {
      await repos.goals.create({ initiativeId: props.initiativeId, title, description }, actor);
      setTitle('');
      setDescription('');
      notify.success(t('goal.saved'));
    } catch (error) {
      if (!errors.take(error)) notify.failure(t('saveFailed'), error);
    }
  }
  return (
    <div className={styles.row}>
      <Field label={t('goal.title')} className={styles.grow} validationMessage={errors.message('title')}>
        <Input value={title} onChange={(_, d) => setTitle(d.value)} />
      </Field>
      <Field label={t('goal.description')} className={styles.grow}>
        <Input value={description} onChange={(_, d) => setDescription(d.value)} />
      </Field>
      <Button onClick={add} style={{ alignSelf: 'flex-end' }}>
        {t('goal.add')}
      </Button>
    </div>
  );
}

/** A date typed the Danish way (01-03-2010, 1. marts 2010); null when empty, undefined when not a date. */
function typedDate(text: string): string | null | undefined {
  if (!text.trim()) return null;
  if (/^\d+$/.test(text.trim())) return undefined;
  const parsed = parseDanishDate(text);
  return 'value' in parsed ? parsed.value : undefined;
}

interface IndicatorDraft {
  name: string;
  unit: string;
  baseline: string;
  baselineDate: string;
  target: string;
  targetDate: string;
  direction: string;
  dataSource: string;
  goalId: string;
}

const EMPTY_INDICATOR: IndicatorDraft = {
  name: '',
  unit: '',
  baseline: '',
  baselineDate: '',
  target: '',
  targetDate: '',
  direction: 'up',
  dataSource: '',
  goalId: '',
};

function IndicatorForm(props: { initiativeId: string; goals: Stored<typeof GoalSchema>[] }) {
  const { t } = useTranslation('followup');
  const styles = useStyles();
  const { actor } = useServices();
  const notify = useNotify();
  const repos = useFollowupRepositories();
  const errors = useFieldErrors();
  const [draft, setDraft] = useState<IndicatorDraft>(EMPTY_INDICATOR);
  const change = (field: keyof IndicatorDraft) => (_: unknown, d: { value: string }) =>
    setDraft((prev) => ({ ...prev, [field]: d.value }));

  async function add() {
    errors.clear();
    const baseline = parseDecimal(draft.baseline);
    const target = parseDecimal(draft.target);
    const baselineDate = typedDate(draft.baselineDate);
    const targetDate = typedDate(draft.targetDate);
    if (draft.baseline.trim() && baseline === null) return errors.set('baseline', 'number.invalid');
    if (baselineDate === undefined) return errors.set('baselineDate', 'date.format');
    if (draft.target.trim() && target === null) return errors.set('target', 'number.invalid');
    if (targetDate === undefined) return errors.set('targetDate', 'date.format');
    try {
      await repos.indicators.create(
        {
          initiativeId: props.initiativeId,
          goalId: draft.goalId || null,
          name: draft.name,
          unit: draft.unit,
          baseline,
          baselineDate,
          target,
          targetDate,
          direction: draft.direction as 'up' | 'down',
          dataSource: draft.dataSource,
        },
        actor,
      );
      setDraft(EMPTY_INDICATOR);
      notify.success(t('indicator.saved'));
    } catch (error) {
      if (!errors.take(error)) notify.failure(t('saveFailed'), error);
    }
  }

  return (
    <Card appearance="outline">
      <CardHeader header={<Text weight="semibold">{t('indicator.new')}</Text>} />
      <div className={styles.row}>
        <Field label={t('indicator.name')} className={styles.grow} validationMessage={errors.message('name')}>
          <Input value={draft.name} onChange={change('name')} />
        </Field>
        <Field label={t('indicator.unit')} hint={t('indicator.unitHint')} className={styles.narrow}>
          <Input value={draft.unit} onChange={change('unit')} />
        </Field>
        <Field label={t('indicator.direction')}>
          <Select value={draft.direction} onChange={change('direction')}>
            {DIRECTIONS.map((d) => (
              <option key={d} value={d}>
                {t(`direction.${d}`)}
              </option>
            ))}
          </Select>
        </Field>
        {props.goals.length > 0 && (
          <Field label={t('indicator.goal')}>
            <Select value={draft.goalId} onChange={change('goalId')}>
              <option value="">{t('indicator.noGoal')}</option>
              {props.goals.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.title}
                </option>
              ))}
            </Select>
          </Field>
        )}
      </div>
      <div className={styles.row}>
        <Field label={t('indicator.baseline')} className={styles.narrow} validationMessage={errors.message('baseline')}>
          <Input value={draft.baseline} onChange={change('baseline')} inputMode="decimal" />
        </Field>
        <Field label={t('indicator.baselineDate')} validationMessage={errors.message('baselineDate')}>
          <Input
            value={draft.baselineDate}
            onChange={change('baselineDate')}
            placeholder={t('indicator.datePlaceholder')}
          />
        </Field>
        <Field label={t('indicator.target')} className={styles.narrow} validationMessage={errors.message('target')}>
          <Input value={draft.target} onChange={change('target')} inputMode="decimal" />
        </Field>
        <Field label={t('indicator.targetDate')} validationMessage={errors.message('targetDate')}>
          <Input
            value={draft.targetDate}
            onChange={change('targetDate')}
            placeholder={t('indicator.datePlaceholder')}
          />
        </Field>
        <Field label={t('indicator.dataSource')} className={styles.grow}>
          <Input value={draft.dataSource} onChange={change('dataSource')} />
        </Field>
      </div>
      <div>
        <Button appearance="primary" onClick={add}>
          {t('indicator.add')}
        </Button>
      </div>
    </Card>
  );
}

function IndicatorCard(props: {
  indicator: Stored<typeof IndicatorSchema>;
  goalTitle: string | undefined;
  measurements: Stored<typeof MeasurementSchema>[];
}) {
  const { t, i18n } = useTranslation('followup');
  const styles = useStyles();
  const { actor } = useServices();
  const notify = useNotify();
  const repos = useFollowupRepositories();
  const { indicator } = props;
  const language = i18n.language;
  const latest = latestMeasurement(props.measurements);
  const progress = latest ? progressTowardTarget(indicator, latest.value) : null;
  const unit = indicator.unit ? ` ${indicator.unit}` : '';

  async function remove(id: string) {
    try {
      await repos.measurements.remove(id, actor);
    } catch (error) {
      notify.failure(t('saveFailed'), error);
    }
  }

  return (
    <Card appearance="filled-alternative" className={styles.indicator}>
      <div className={styles.indicatorHead}>
        <Text weight="semibold" as="h4" size={400}>
          {indicator.name}
        </Text>
        {progress && (
          <Badge
            appearance="tint"
            color={progress.reached ? 'success' : progress.improved === false ? 'danger' : 'informative'}
            data-testid="indicator-progress"
          >
            {progress.reached
              ? t('progress.reached')
              : progress.fraction !== null
                ? t('progress.fraction', { percent: Math.round(progress.fraction * 100) })
                : progress.improved === false
                  ? t('progress.worse')
                  : t('progress.unknown')}
          </Badge>
        )}
        {(indicator.dataSource || props.goalTitle) && (
          <Caption1>
            {[
              indicator.dataSource && t('indicator.sourceShort', { source: indicator.dataSource }),
              props.goalTitle && t('indicator.goalShort', { goal: props.goalTitle }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Caption1>
        )}
      </div>
      <div className={styles.indicatorBody}>
        <TrendChart indicator={indicator} measurements={props.measurements} headingLevel="h3" />
        <div>
          <Table size="small" aria-label={t('measurement.tableLabel', { name: indicator.name })}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('measurement.period')}</TableHeaderCell>
                <TableHeaderCell>{t('measurement.value')}</TableHeaderCell>
                <TableHeaderCell>{t('measurement.note')}</TableHeaderCell>
                <TableHeaderCell>{t('measurement.source')}</TableHeaderCell>
                <TableHeaderCell>
                  <span className="visually-hidden">{t('measurement.actions')}</span>
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {sortByPeriod(props.measurements).map((m) => (
                <TableRow key={m.id}>
                  <TableCell>{formatPeriod(m.period, t)}</TableCell>
                  <TableCell>{`${formatNumber(m.value, language)}${unit}`}</TableCell>
                  <TableCell>{m.note}</TableCell>
                  <TableCell>{m.source}</TableCell>
                  <TableCell>
                    <Button
                      size="small"
                      appearance="subtle"
                      icon={<DeleteRegular />}
                      aria-label={t('measurement.remove', { period: formatPeriod(m.period, t) })}
                      onClick={() => remove(m.id)}
                    />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <MeasurementForm indicatorId={indicator.id} indicatorName={indicator.name} />
        </div>
      </div>
    </Card>
  );
}

function MeasurementForm(props: { indicatorId: string; indicatorName: string }) {
  const { t } = useTranslation('followup');
  const styles = useStyles();
  const { actor } = useServices();
  const notify = useNotify();
  const repos = useFollowupRepositories();
  const errors = useFieldErrors();
  const [period, setPeriod] = useState('');
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const [source, setSource] = useState('');

  async function add() {
    errors.clear();
    const parsed = parseDecimal(value);
    if (parsed === null) return errors.set('value', 'number.invalid');
    try {
      await repos.measurements.create({ indicatorId: props.indicatorId, period, value: parsed, note, source }, actor);
      setPeriod('');
      setValue('');
      setNote('');
      setSource('');
      notify.success(t('measurement.saved'));
    } catch (error) {
      if (!errors.take(error)) notify.failure(t('saveFailed'), error);
    }
  }

  return (
    <fieldset className={styles.measurementForm}>
      <legend className="visually-hidden">{t('measurement.new', { name: props.indicatorName })}</legend>
      <Field label={t('measurement.period')} hint={t('status.periodHint')} validationMessage={errors.message('period')}>
        <Input className={styles.fill} value={period} onChange={(_, d) => setPeriod(d.value)} />
      </Field>
      <Field label={t('measurement.value')} validationMessage={errors.message('value')}>
        <Input className={styles.fill} value={value} onChange={(_, d) => setValue(d.value)} inputMode="decimal" />
      </Field>
      <Field label={t('measurement.note')}>
        <Input className={styles.fill} value={note} onChange={(_, d) => setNote(d.value)} />
      </Field>
      <Field label={t('measurement.source')}>
        <Input className={styles.fill} value={source} onChange={(_, d) => setSource(d.value)} />
      </Field>
      <Button onClick={add} className={styles.formButton}>
        {t('measurement.add')}
      </Button>
    </fieldset>
  );
}
