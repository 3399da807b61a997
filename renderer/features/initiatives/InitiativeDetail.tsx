import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  Spinner,
  Subtitle2,
  Switch,
  tokens,
} from '@fluentui/react-components';
import {
  ArchiveRegular,
  ArrowLeftRegular,
  ArrowUndoRegular,
  ChartMultipleRegular,
  CopyRegular,
  SaveRegular,
} from '@fluentui/react-icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EVIDENCE_LEVELS,
  emptyInitiative,
  type Initiative,
  type InitiativeFields,
  PREVENTION_LEVELS,
} from '../../../shared/domain/initiative';
import { formatAmount, formatShortDate, parseAmount, parseDanishDate } from '../../../shared/format/danish';
import { useServices } from '../../app-services';
import { ValidationError } from '../../db/repository';
import { navigate } from '../../navigation';
import { EmptyState } from '../../ui/EmptyState';
import { useNotify } from '../../ui/notify';
import { PageHeader } from '../../ui/PageHeader';
import { ChoiceField, ReferenceField, SuggestField, TextField } from './field-controls';
import { InitiativeHistory } from './InitiativeHistory';
import { initiativesRepository } from './initiatives-repository';
import { useReferenceLookup } from './use-inventory';

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(280px, 400px)',
    gap: tokens.spacingHorizontalXXL,
    alignItems: 'start',
  },
  single: { maxWidth: '760px' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    border: 'none',
    margin: 0,
    padding: 0,
  },
  pair: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalL },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
});

type Errors = Partial<Record<string, string>>;
type Patch = Partial<InitiativeFields>;

/** Create (`id` = "new") or edit one initiative; every edit is saved at once and recorded in the history. */
export function InitiativeDetail(props: { id: string }) {
  const { t } = useTranslation('initiatives');
  const { db, recorder, actor, settings } = useServices();
  const isNew = props.id === 'new';
  const record = useLiveQuery(
    async () => (isNew ? null : ((await db.initiatives.get(props.id)) ?? null)),
    [db, props.id, isNew],
  );
  const repository = useMemo(() => initiativesRepository(recorder), [recorder]);
  // A placeholder department makes the defaults parse; the user's own (or none) replaces it.
  const [draft, setDraft] = useState<InitiativeFields>(() => ({
    ...emptyInitiative('ØKF'),
    department: settings.homeDepartment,
  }));
  const lookup = useReferenceLookup();
  const [errors, setErrors] = useState<Errors>({});
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const notify = useNotify();

  if (record === undefined) return <Spinner label={t('loading')} />;
  if (!isNew && (record === null || record._deleted)) {
    return (
      <>
        <PageHeader title={t('detail.notFoundTitle')} />
        <EmptyState
          title={t('detail.notFoundTitle')}
          body={t('detail.notFoundBody')}
          actions={<Button onClick={() => navigate('initiatives')}>{t('detail.back')}</Button>}
        />
      </>
    );
  }

  function issuesToErrors(error: unknown): Errors | null {
    if (!(error instanceof ValidationError)) return null;
    return Object.fromEntries(error.issues.map((issue) => [issue.path.split('.')[0] ?? '', issue.message]));
  }

  async function commit(patch: Patch) {
    const fields = Object.keys(patch);
    if (isNew) {
      setDraft((prev) => ({ ...prev, ...patch }));
      setErrors((prev) => ({ ...prev, ...Object.fromEntries(fields.map((f) => [f, undefined])) }));
      return;
    }
    try {
      await repository.update(props.id, patch, actor);
      setErrors((prev) => {
        const next = { ...prev };
        for (const f of fields) delete next[f];
        // The period rule names endDate whichever date was changed.
        if (fields.includes('startDate')) delete next.endDate;
        return next;
      });
      setSavedAt(Date.now());
    } catch (error) {
      const found = issuesToErrors(error);
      if (found) setErrors((prev) => ({ ...prev, ...found }));
      else notify.failure(t('detail.saveFailed'), error);
    }
  }

  async function create() {
    try {
      const id = await repository.create(draft, actor);
      notify.success(t('detail.created'));
      navigate('initiatives', id);
    } catch (error) {
      const found = issuesToErrors(error);
      if (found) setErrors(found);
      else notify.failure(t('detail.saveFailed'), error);
    }
  }

  async function duplicate(source: Initiative) {
    const { id: _id, _stamps: _s, updatedAt: _u, _deleted: _d, ...fields } = source;
    try {
      const id = await repository.create(
        { ...fields, title: t('detail.copyTitle', { title: source.title }).slice(0, 300), archived: false },
        actor,
      );
      notify.success(t('detail.duplicated'));
      navigate('initiatives', id);
    } catch (error) {
      notify.failure(t('detail.saveFailed'), error);
    }
  }

  const values: InitiativeFields = isNew || !record ? draft : record;
  const message = (field: string) => {
    const key = errors[field];
    return key ? t(`validation.${key}`, { defaultValue: t('validation.invalid') }) : undefined;
  };

  const form = <InitiativeForm values={values} errors={message} onCommit={(patch) => void commit(patch)} />;

  if (isNew || !record) {
    return (
      <>
        <PageHeader
          title={t('detail.newTitle')}
          actions={
            <Button icon={<ArrowLeftRegular />} onClick={() => navigate('initiatives')}>
              {t('detail.back')}
            </Button>
          }
        />
        <SingleColumn>
          {form}
          <div>
            <Button
              appearance="primary"
              icon={<SaveRegular />}
              onClick={() => void create()}
              data-testid="create-initiative"
            >
              {t('detail.create')}
            </Button>
          </div>
        </SingleColumn>
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={record.title || t('detail.untitled')}
        actions={
          <>
            <Button icon={<ArrowLeftRegular />} onClick={() => navigate('initiatives')}>
              {t('detail.back')}
            </Button>
            <Button icon={<CopyRegular />} onClick={() => void duplicate(record)}>
              {t('detail.duplicate')}
            </Button>
            <Button icon={<ChartMultipleRegular />} onClick={() => navigate('followup', `initiative/${record.id}`)}>
              {t('detail.followup')}
            </Button>
            {record.archived ? (
              <Button icon={<ArrowUndoRegular />} onClick={() => void commit({ archived: false })}>
                {t('detail.restore')}
              </Button>
            ) : (
              <Button icon={<ArchiveRegular />} onClick={() => void commit({ archived: true })}>
                {t('detail.archive')}
              </Button>
            )}
          </>
        }
      />
      <DetailLayout
        form={
          <>
            {record.archived && (
              <MessageBar intent="warning" data-testid="archived-banner">
                <MessageBarBody>{t('detail.archivedNotice')}</MessageBarBody>
                <MessageBarActions>
                  <Button onClick={() => void commit({ archived: false })}>{t('detail.restore')}</Button>
                </MessageBarActions>
              </MessageBar>
            )}
            <Caption1 aria-live="polite">{savedAt ? t('detail.savedLocally') : t('detail.autoSave')}</Caption1>
            {form}
          </>
        }
        history={
          <InitiativeHistory
            initiative={record}
            lookup={lookup}
            onRestore={(field, value) => void commit({ [field]: value } as Patch)}
          />
        }
      />
    </>
  );
}

function SingleColumn(props: { children: ReactNode }) {
  const styles = useStyles();
  return <div className={`${styles.single} ${styles.form}`}>{props.children}</div>;
}

function DetailLayout(props: { form: ReactNode; history: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.layout}>
      <div className={styles.form}>{props.form}</div>
      {props.history}
    </div>
  );
}

/** The fields of an initiative, grouped as the hearing sheet groups them. */
function InitiativeForm(props: {
  values: InitiativeFields;
  errors: (field: string) => string | undefined;
  onCommit: (patch: Patch) => void;
}) {
  const { t } = useTranslation('initiatives');
  const styles = useStyles();
  const lookup = useReferenceLookup();
  const { values, errors, onCommit } = props;
  // Text that cannot be read as a number or date never reaches the repository.
  const [budgetError, setBudgetError] = useState<string | undefined>();
  const [dateErrors, setDateErrors] = useState<Partial<Record<'startDate' | 'endDate', string>>>({});
  const label = (field: string) => t(`fields.${field}`);

  return (
    <>
      <fieldset className={styles.group}>
        <Subtitle2 as="h2">{t('detail.groups.basics')}</Subtitle2>
        <TextField
          label={label('title')}
          required
          value={values.title}
          error={errors('title')}
          onCommit={(title) => onCommit({ title })}
          testId="field-title"
        />
        <div className={styles.pair}>
          <ReferenceField
            label={label('department')}
            kind="department"
            lookup={lookup}
            required
            value={values.department ? [values.department] : []}
            error={errors('department')}
            onCommit={(ids) => onCommit({ department: ids[0] ?? '' })}
            testId="field-department"
          />
          <ReferenceField
            label={label('status')}
            kind="status"
            lookup={lookup}
            value={values.status ? [values.status] : []}
            error={errors('status')}
            onCommit={(ids) => ids[0] && onCommit({ status: ids[0] })}
            testId="field-status"
          />
        </div>
        <TextField
          label={label('description')}
          multiline
          value={values.description}
          error={errors('description')}
          onCommit={(description) => onCommit({ description })}
          testId="field-description"
        />
      </fieldset>

      <fieldset className={styles.group}>
        <Subtitle2 as="h2">{t('detail.groups.scope')}</Subtitle2>
        <ReferenceField
          label={label('targetGroups')}
          kind="targetGroup"
          lookup={lookup}
          multiple
          value={values.targetGroups}
          onCommit={(targetGroups) => onCommit({ targetGroups })}
          testId="field-targetGroups"
        />
        <ReferenceField
          label={label('districts')}
          kind="district"
          lookup={lookup}
          multiple
          value={values.districts}
          onCommit={(districts) => onCommit({ districts })}
          testId="field-districts"
        />
        <ReferenceField
          label={label('focusAreas')}
          kind="focusArea"
          lookup={lookup}
          multiple
          value={values.focusAreas}
          onCommit={(focusAreas) => onCommit({ focusAreas })}
        />
        <ReferenceField
          label={label('partners')}
          kind="partner"
          lookup={lookup}
          multiple
          value={values.partners}
          onCommit={(partners) => onCommit({ partners })}
        />
        <div className={styles.pair}>
          <ChoiceField
            label={label('preventionLevel')}
            value={values.preventionLevel}
            noneLabel={t('detail.notStated')}
            choices={PREVENTION_LEVELS.map((value) => ({ value, label: t(`preventionLevels.${value}`) }))}
            onCommit={(value) => onCommit({ preventionLevel: value as InitiativeFields['preventionLevel'] })}
            testId="field-preventionLevel"
          />
          <Switch
            label={label('hotspot')}
            checked={values.hotspot}
            onChange={(_, data) => onCommit({ hotspot: data.checked })}
          />
        </div>
      </fieldset>

      <fieldset className={styles.group}>
        <Subtitle2 as="h2">{t('detail.groups.money')}</Subtitle2>
        <div className={styles.pair}>
          {(['startDate', 'endDate'] as const).map((field) => (
            <TextField
              key={field}
              label={label(field)}
              hint={t('detail.dateHint')}
              value={formatShortDate(values[field])}
              error={dateErrors[field] ?? errors(field)}
              onCommit={(text) => {
                const iso = parseDanishDate(text);
                setDateErrors((prev) => ({
                  ...prev,
                  [field]: iso === undefined ? t('validation.date.format') : undefined,
                }));
                if (iso !== undefined) onCommit({ [field]: iso });
              }}
              testId={`field-${field}`}
            />
          ))}
        </div>
        <div className={styles.pair}>
          <TextField
            label={label('annualBudgetDkk')}
            hint={t('detail.budgetHint')}
            value={formatAmount(values.annualBudgetDkk)}
            error={budgetError ?? errors('annualBudgetDkk')}
            onCommit={(text) => {
              const amount = parseAmount(text);
              if (amount !== null && Number.isNaN(amount)) return setBudgetError(t('validation.budget.number'));
              setBudgetError(undefined);
              onCommit({ annualBudgetDkk: amount });
            }}
            testId="field-budget"
          />
          <SuggestField
            label={label('fundingSource')}
            value={values.fundingSource}
            suggestions={lookup.options('fundingSource').map((item) => lookup.label('fundingSource', item.id))}
            error={errors('fundingSource')}
            onCommit={(fundingSource) => onCommit({ fundingSource })}
          />
        </div>
      </fieldset>

      <fieldset className={styles.group}>
        <Subtitle2 as="h2">{t('detail.groups.followup')}</Subtitle2>
        <TextField
          label={label('successCriteria')}
          multiline
          value={values.successCriteria}
          error={errors('successCriteria')}
          onCommit={(successCriteria) => onCommit({ successCriteria })}
        />
        <ChoiceField
          label={label('evidenceLevel')}
          value={values.evidenceLevel}
          noneLabel={t('detail.notStated')}
          choices={EVIDENCE_LEVELS.map((value) => ({ value, label: t(`evidenceLevels.${value}`) }))}
          onCommit={(value) => onCommit({ evidenceLevel: value as InitiativeFields['evidenceLevel'] })}
        />
        <TextField
          label={label('evaluation')}
          multiline
          value={values.evaluation}
          error={errors('evaluation')}
          onCommit={(evaluation) => onCommit({ evaluation })}
        />
        <TextField
          label={label('contact')}
          value={values.contact}
          error={errors('contact')}
          onCommit={(contact) => onCommit({ contact })}
        />
        <TextField
          label={label('notes')}
          multiline
          value={values.notes}
          error={errors('notes')}
          onCommit={(notes) => onCommit({ notes })}
          testId="field-notes"
        />
      </fieldset>
    </>
  );
}
