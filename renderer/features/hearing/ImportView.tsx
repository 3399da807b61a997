import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Select,
  Spinner,
  Subtitle1,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { ArrowLeftRegular, CheckmarkRegular, FolderOpenRegular } from '@fluentui/react-icons';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InitiativeField } from '../../../shared/domain/initiative';
import { type ReferenceItem, referenceLabel } from '../../../shared/domain/reference-lists';
import { COLUMN_FIELDS, type ColumnField } from '../../../shared/spreadsheet/columns';
import { SpreadsheetError } from '../../../shared/spreadsheet/errors';
import type { InspectResult } from '../../../shared/spreadsheet/inspect';
import { type ImportPlan, planImport } from '../../../shared/spreadsheet/plan-import';
import { useServices } from '../../app-services';
import { openBytes } from '../../file-bridge';
import { navigate } from '../../navigation';
import { useNotify } from '../../ui/notify';
import { PageHeader } from '../../ui/PageHeader';
import { applyImport, type ImportFile } from './apply-import';
import { formatFieldValue } from './format-value';
import { hearingRepositories, mappingId } from './hearing-records';
import { inspectFile } from './inspect-file';
import { useInitiatives } from './use-hearing-data';

/** Long lists are cut here; the import still applies to every row. */
const SHOWN = 200;

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '1200px' },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'end', flexWrap: 'wrap' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  card: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  value: { whiteSpace: 'pre-wrap', wordBreak: 'break-word' },
  old: { color: tokens.colorNeutralForeground3, textDecorationLine: 'line-through' },
  select: { minWidth: '220px' },
  summary: { cursor: 'pointer', marginBottom: tokens.spacingVerticalS },
  inline: { display: 'inline' },
  apply: {
    position: 'sticky',
    bottom: 0,
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
    padding: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground3,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

interface Decisions {
  created: Set<number>;
  changed: Map<string, Set<InitiativeField>>;
}

function acceptEverything(plan: ImportPlan): Decisions {
  return {
    created: new Set(plan.created.map((c) => c.sourceRow)),
    changed: new Map(plan.changed.map((c) => [c.id, new Set(c.fields.map((f) => f.field))])),
  };
}

/** Import a department's returned sheet: choose the file and sheet, correct the columns, review, apply. */
export function ImportView(props: { department: string; referenceItems: readonly ReferenceItem[] }) {
  const { t } = useTranslation('hearing');
  const styles = useStyles();
  const { recorder, actor, settings } = useServices();
  const notify = useNotify();
  const initiatives = useInitiatives();
  const departmentItem = props.referenceItems.find((i) => i.kind === 'department' && i.id === props.department);
  const departmentName = departmentItem ? referenceLabel(departmentItem, settings.language) : props.department;

  const [file, setFile] = useState<ImportFile | null>(null);
  const [sheet, setSheet] = useState<string | undefined>(undefined);
  const [mapping, setMapping] = useState<Map<string, ColumnField | null>>(new Map());
  const [inspected, setInspected] = useState<InspectResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [applying, setApplying] = useState(false);

  useEffect(() => {
    if (!file) return;
    let cancelled = false;
    setReading(true);
    (async () => {
      try {
        // Header texts stay out of object keys: the mapping object has no prototype.
        const corrections = Object.create(null) as Record<string, string | null>;
        for (const [header, field] of mapping) corrections[header] = field;
        const result = await inspectFile(file.bytes, file.name, {
          referenceItems: props.referenceItems,
          department: props.department,
          ...(sheet ? { sheet } : {}),
          mapping: corrections,
        });
        if (!cancelled) {
          setInspected(result);
          setError(null);
        }
      } catch (caught) {
        if (cancelled) return;
        setInspected(null);
        setError(
          caught instanceof SpreadsheetError
            ? t(`errors.${caught.code}`)
            : t('errors.unknown', { message: caught instanceof Error ? caught.message : String(caught) }),
        );
      } finally {
        if (!cancelled) setReading(false);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [file, sheet, mapping, props.referenceItems, props.department, t]);

  const plan = useMemo(() => {
    if (!inspected || !initiatives) return null;
    return planImport(inspected, initiatives, { department: props.department });
  }, [inspected, initiatives, props.department]);
  const [decisions, setDecisions] = useState<Decisions>({ created: new Set(), changed: new Map() });
  useEffect(() => {
    if (plan) setDecisions(acceptEverything(plan));
  }, [plan]);

  async function chooseFile() {
    try {
      const chosen = await openBytes('spreadsheet');
      if (!chosen) return;
      const saved = await hearingRepositories(recorder).mappings.get(mappingId(props.department));
      setMapping(new Map((saved?.pairs ?? []).map((p) => [p.header, p.field as ColumnField | null])));
      setSheet(undefined);
      setInspected(null);
      setFile(chosen);
    } catch (caught) {
      notify.failure(t('errors.unknown', { message: '' }), caught);
    }
  }

  /** A corrected column is read again at once; it is remembered only when the import is applied. */
  function changeColumn(header: string, field: ColumnField | null) {
    if (!inspected) return;
    const next = new Map(inspected.columnList.map((c) => [c.header, c.field] as [string, ColumnField | null]));
    next.set(header, field);
    setMapping(next);
  }

  const acceptedFields = [...decisions.changed.values()].reduce((n, s) => n + s.size, 0);
  const acceptedRows = decisions.created.size;

  async function apply() {
    if (!plan || !file) return;
    setApplying(true);
    try {
      const mapping = inspected?.columnList.map((c) => ({ header: c.header, field: c.field }));
      await applyImport(recorder, { department: props.department, plan, decisions, file, mapping }, actor);
      notify.success(t('import.applied', { fields: acceptedFields, rows: acceptedRows }));
      navigate('hearing');
    } catch (caught) {
      notify.failure(t('import.applyFailed'), caught);
    } finally {
      setApplying(false);
    }
  }

  const format = (field: ColumnField, value: unknown) =>
    formatFieldValue(field, value, props.referenceItems, settings.language, t);
  const fieldLabel = (field: ColumnField) => t(`fields.${field}`);

  return (
    <div className={styles.page}>
      <PageHeader
        title={t('import.title', { department: departmentName })}
        actions={
          <Button icon={<ArrowLeftRegular />} onClick={() => navigate('hearing')}>
            {t('import.back')}
          </Button>
        }
      />
      <Body1>{t('import.chooseHint')}</Body1>
      <div className={styles.row}>
        <Button appearance={file ? 'secondary' : 'primary'} icon={<FolderOpenRegular />} onClick={chooseFile}>
          {file ? t('import.chooseAnother') : t('import.chooseFile')}
        </Button>
        {file && (
          <Body1>
            {t('import.file')}: <strong>{file.name}</strong>
          </Body1>
        )}
        {reading && <Spinner size="tiny" label={t('import.reading')} />}
      </div>
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {inspected && (
        <>
          <div className={styles.row}>
            {inspected.sheets.length > 1 && (
              <Field label={t('import.sheet')}>
                <Select
                  className={styles.select}
                  value={inspected.sheet}
                  onChange={(_, data) => {
                    setMapping(new Map());
                    setSheet(data.value);
                  }}
                >
                  {inspected.sheets.map((name) => (
                    <option key={name} value={name}>
                      {name}
                    </option>
                  ))}
                </Select>
              </Field>
            )}
            <Caption1>{t('import.headerRow', { row: inspected.headerRow })}</Caption1>
          </div>

          <details
            className={styles.section}
            open={inspected.columnList.some((c) => c.field === null) || undefined}
            aria-labelledby="import-columns"
          >
            <summary className={styles.summary}>
              <Subtitle1 as="h2" id="import-columns" className={styles.inline}>
                {t('import.mappingSummary', {
                  mapped: inspected.columnList.filter((c) => c.field !== null).length,
                  count: inspected.columnList.length,
                })}
              </Subtitle1>
            </summary>
            <Caption1>{t('import.mappingHint')}</Caption1>
            <Table size="small" aria-labelledby="import-columns">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t('import.column')}</TableHeaderCell>
                  <TableHeaderCell>{t('import.field')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {inspected.columnList.map((column) => (
                  <TableRow key={column.index}>
                    <TableCell>
                      {column.letter}: {column.header}
                    </TableCell>
                    <TableCell>
                      <Select
                        className={styles.select}
                        size="small"
                        aria-label={t('import.fieldFor', { header: column.header })}
                        value={column.field ?? ''}
                        onChange={(_, data) => changeColumn(column.header, (data.value || null) as ColumnField | null)}
                      >
                        <option value="">{t('import.ignore')}</option>
                        {COLUMN_FIELDS.map((field) => (
                          <option key={field} value={field}>
                            {fieldLabel(field)}
                          </option>
                        ))}
                      </Select>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </details>

          <LineList
            id="import-problems"
            heading={t('import.problems', { count: inspected.errors.length })}
            hint={
              <MessageBar intent="warning">
                <MessageBarBody>{t('import.problemsHint')}</MessageBarBody>
              </MessageBar>
            }
            lines={inspected.errors.map((p) => ({
              key: `${p.row}-${p.cell}`,
              text: t('import.problemRow', { row: p.row, column: p.column, message: p.message }),
            }))}
          />
          <LineList
            id="import-skipped"
            heading={t('import.skipped', { count: inspected.skipped.length })}
            lines={inspected.skipped.map((row) => ({
              key: String(row.row),
              text: t('import.skippedRow', { row: row.row, reason: t(`import.reasons.${row.reason}`) }),
            }))}
          />
        </>
      )}

      {plan && (
        <>
          {plan.changed.length + plan.created.length === 0 && (
            <MessageBar intent="info">
              <MessageBarBody>{t('import.nothing')}</MessageBarBody>
            </MessageBar>
          )}
          {plan.changed.length > 0 && (
            <section className={styles.section} aria-labelledby="import-changed">
              <Subtitle1 as="h2" id="import-changed">
                {t('import.changed', { count: plan.changed.length })}
              </Subtitle1>
              {plan.changed.length > SHOWN && <Caption1>{t('import.showingFirst', { count: SHOWN })}</Caption1>}
              {plan.changed.slice(0, SHOWN).map((change) => {
                const accepted = decisions.changed.get(change.id) ?? new Set<InitiativeField>();
                const all = accepted.size === change.fields.length;
                const setFields = (fields: Set<InitiativeField>) =>
                  setDecisions((d) => ({ ...d, changed: new Map(d.changed).set(change.id, fields) }));
                return (
                  <article key={change.id} className={styles.card} data-testid={`change-${change.id}`}>
                    <Checkbox
                      checked={all ? true : accepted.size === 0 ? false : 'mixed'}
                      onChange={(_, data) =>
                        setFields(data.checked ? new Set(change.fields.map((f) => f.field)) : new Set())
                      }
                      label={
                        <Subtitle2>
                          {change.title}{' '}
                          <Caption1>
                            ({t('import.rowNumber', { row: change.sourceRow })}
                            {change.matchedBy === 'title' ? `, ${t('import.matchedByTitle')}` : ''})
                          </Caption1>
                        </Subtitle2>
                      }
                      aria-label={t('import.acceptChanges', { title: change.title })}
                    />
                    <Table size="small" aria-label={change.title}>
                      <TableHeader>
                        <TableRow>
                          <TableHeaderCell>{t('import.include')}</TableHeaderCell>
                          <TableHeaderCell>{t('import.field')}</TableHeaderCell>
                          <TableHeaderCell>{t('import.before')}</TableHeaderCell>
                          <TableHeaderCell>{t('import.after')}</TableHeaderCell>
                        </TableRow>
                      </TableHeader>
                      <TableBody>
                        {change.fields.map((f) => (
                          <TableRow key={f.field}>
                            <TableCell>
                              <Checkbox
                                checked={accepted.has(f.field)}
                                aria-label={t('import.acceptField', {
                                  field: fieldLabel(f.field),
                                  title: change.title,
                                })}
                                onChange={(_, data) => {
                                  const next = new Set(accepted);
                                  if (data.checked) next.add(f.field);
                                  else next.delete(f.field);
                                  setFields(next);
                                }}
                              />
                            </TableCell>
                            <TableCell>{fieldLabel(f.field)}</TableCell>
                            <TableCell className={`${styles.value} ${styles.old}`}>{format(f.field, f.old)}</TableCell>
                            <TableCell className={styles.value}>{format(f.field, f.new)}</TableCell>
                          </TableRow>
                        ))}
                      </TableBody>
                    </Table>
                  </article>
                );
              })}
            </section>
          )}
          {plan.created.length > 0 && (
            <section className={styles.section} aria-labelledby="import-created">
              <Subtitle1 as="h2" id="import-created">
                {t('import.created', { count: plan.created.length })}
              </Subtitle1>
              <Table size="small" aria-labelledby="import-created">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{t('import.include')}</TableHeaderCell>
                    <TableHeaderCell>{t('import.row')}</TableHeaderCell>
                    <TableHeaderCell>{t('fields.title')}</TableHeaderCell>
                    <TableHeaderCell>{t('fields.targetGroups')}</TableHeaderCell>
                    <TableHeaderCell>{t('fields.districts')}</TableHeaderCell>
                    <TableHeaderCell>{t('fields.annualBudgetDkk')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {plan.created.slice(0, SHOWN).map((created) => (
                    <TableRow key={created.sourceRow}>
                      <TableCell>
                        <Checkbox
                          checked={decisions.created.has(created.sourceRow)}
                          aria-label={t('import.includeRow', { title: created.fields.title, row: created.sourceRow })}
                          onChange={(_, data) =>
                            setDecisions((d) => {
                              const next = new Set(d.created);
                              if (data.checked) next.add(created.sourceRow);
                              else next.delete(created.sourceRow);
                              return { ...d, created: next };
                            })
                          }
                        />
                      </TableCell>
                      <TableCell>{created.sourceRow}</TableCell>
                      <TableCell>{created.fields.title}</TableCell>
                      <TableCell>{format('targetGroups', created.fields.targetGroups)}</TableCell>
                      <TableCell>{format('districts', created.fields.districts)}</TableCell>
                      <TableCell>{format('annualBudgetDkk', created.fields.annualBudgetDkk)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </section>
          )}
          <LineList
            id="import-missing"
            heading={t('import.missing', { count: plan.missing.length })}
            hint={<Caption1>{t('import.missingHint')}</Caption1>}
            lines={plan.missing.map((m) => ({ key: m.id, text: m.title }))}
          />
          <LineList
            id="import-invalid"
            heading={t('import.invalid', { count: plan.invalid.length })}
            lines={plan.invalid.map((row) => ({
              key: String(row.sourceRow),
              text: t('import.skippedRow', { row: row.sourceRow, reason: `${row.title} – ${row.message}` }),
            }))}
          />
          {plan.unchanged.length > 0 && (
            <section className={styles.section} aria-labelledby="import-unchanged">
              <Subtitle2 as="h2" id="import-unchanged">
                {t('import.unchanged', { count: plan.unchanged.length })}
              </Subtitle2>
              <Caption1>
                {plan.unchanged
                  .slice(0, SHOWN)
                  .map((u) => u.title)
                  .join(', ')}
              </Caption1>
            </section>
          )}
          {plan.changed.length + plan.created.length > 0 && (
            <div className={styles.apply}>
              <Button
                appearance="primary"
                icon={<CheckmarkRegular />}
                disabled={applying || acceptedFields + acceptedRows === 0}
                onClick={apply}
              >
                {t('import.apply')}
              </Button>
              <Body1>{t('import.applySummary', { fields: acceptedFields, rows: acceptedRows })}</Body1>
            </div>
          )}
        </>
      )}
    </div>
  );
}

/** A titled list of short lines (problems, skipped rows, missing initiatives); nothing when empty. */
function LineList(props: { id: string; heading: string; hint?: ReactNode; lines: { key: string; text: string }[] }) {
  const styles = useStyles();
  if (props.lines.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby={props.id}>
      <Subtitle2 as="h2" id={props.id}>
        {props.heading}
      </Subtitle2>
      {props.hint}
      <ul className={styles.list}>
        {props.lines.slice(0, SHOWN).map((line) => (
          <li key={line.key}>{line.text}</li>
        ))}
      </ul>
    </section>
  );
}
