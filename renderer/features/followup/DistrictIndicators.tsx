import {
  Button,
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
  tokens,
} from '@fluentui/react-components';
import { ArrowUploadRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseDecimal } from '../../../shared/followup/decimal';
import { type DistrictImport, readDistrictSheet } from '../../../shared/followup/district-import';
import { CRIME_KINDS, DistrictIndicatorSchema, districtIndicatorId } from '../../../shared/followup/schemas';
import { useServices } from '../../app-services';
import { openBytes } from '../../file-bridge';
import { useNotify } from '../../ui/notify';
import { useFollowupRepositories, useLiveRecords, useReferenceLookup } from './data';
import { useFieldErrors } from './field-errors';
import { formatNumber } from './format';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingVerticalL,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'flex-start' },
  narrow: { width: '140px' },
  fill: { minWidth: 0, width: '100%' },
});

const NUMBER_FIELDS = ['feelSafePct', ...CRIME_KINDS] as const;
type NumberField = (typeof NUMBER_FIELDS)[number];

/** District indicators in the style of the yearly safety survey: share feeling safe and reported crime per kind. */
export function DistrictIndicators() {
  const { t, i18n } = useTranslation('followup');
  const styles = useStyles();
  const refs = useReferenceLookup();
  const { actor } = useServices();
  const notify = useNotify();
  const repos = useFollowupRepositories();
  const errors = useFieldErrors();
  const records = useLiveRecords('districtIndicators', DistrictIndicatorSchema);
  const districts = refs.options('district');
  const [district, setDistrict] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear() - 1));
  const [numbers, setNumbers] = useState<Record<NumberField, string>>(
    Object.fromEntries(NUMBER_FIELDS.map((f) => [f, ''])) as Record<NumberField, string>,
  );
  const [source, setSource] = useState('');
  const [review, setReview] = useState<(DistrictImport & { fileName: string }) | null>(null);

  async function importSheet() {
    try {
      const file = await openBytes('spreadsheet');
      if (!file) return;
      let read: DistrictImport;
      try {
        read = readDistrictSheet(file.bytes, refs.items);
      } catch {
        notify.failure(t('district.unreadable', { name: file.name }));
        return;
      }
      if (read.problems.some((p) => p.key === 'noHeader')) {
        notify.failure(t('district.noHeader', { name: file.name }));
        return;
      }
      setReview({ ...read, fileName: file.name });
    } catch (error) {
      notify.failure(t('district.importFailed'), error);
    }
  }

  async function applyImport() {
    if (!review) return;
    try {
      for (const { values } of review.rows) {
        const id = districtIndicatorId(values.district, values.year);
        if (await repos.districtIndicators.get(id)) await repos.districtIndicators.update(id, values, actor);
        else await repos.districtIndicators.create(values, actor, id);
      }
      notify.success(t('district.imported', { count: review.rows.length }));
      setReview(null);
    } catch (error) {
      notify.failure(t('district.importFailed'), error);
    }
  }

  async function save() {
    errors.clear();
    const values: Record<string, number | null> = {};
    for (const field of NUMBER_FIELDS) {
      const parsed = parseDecimal(numbers[field]);
      if (numbers[field].trim() && parsed === null) return errors.set(field, 'number.invalid');
      values[field] = parsed;
    }
    const yearNumber = Number(year);
    const chosen = district || districts[0]?.id || '';
    const input = { district: chosen, year: yearNumber, ...values, source };
    try {
      const id = districtIndicatorId(chosen, yearNumber);
      if (await repos.districtIndicators.get(id)) await repos.districtIndicators.update(id, input, actor);
      else await repos.districtIndicators.create(input, actor, id);
      notify.success(t('district.saved'));
    } catch (error) {
      if (!errors.take(error)) notify.failure(t('saveFailed'), error);
    }
  }

  const sorted = [...(records ?? [])].sort(
    (a, b) => b.year - a.year || refs.label('district', a.district).localeCompare(refs.label('district', b.district)),
  );
  const language = i18n.language;

  return (
    <div className={styles.root}>
      <Text>{t('district.intro')}</Text>
      <div>
        <Button icon={<ArrowUploadRegular />} onClick={importSheet}>
          {t('district.import')}
        </Button>
      </div>
      {review && (
        <section className={styles.form} aria-labelledby="district-review">
          <Subtitle1 as="h2" id="district-review">
            {t('district.reviewHeading', { name: review.fileName, count: review.rows.length })}
          </Subtitle1>
          {review.problems.length > 0 && (
            <ul aria-label={t('district.problemsLabel')}>
              {review.problems.map((p) => (
                <li key={`${p.row}-${p.key}`}>{t(`district.problems.${p.key}`, { row: p.row, value: p.value })}</li>
              ))}
            </ul>
          )}
          <Table size="small" aria-label={t('district.reviewLabel')}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('district.district')}</TableHeaderCell>
                <TableHeaderCell>{t('district.year')}</TableHeaderCell>
                {NUMBER_FIELDS.map((f) => (
                  <TableHeaderCell key={f}>{t(`district.fields.${f}`)}</TableHeaderCell>
                ))}
                <TableHeaderCell>{t('district.replaces')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {review.rows.map(({ row, values }) => (
                <TableRow key={row}>
                  <TableCell>{refs.label('district', values.district)}</TableCell>
                  <TableCell>{values.year}</TableCell>
                  {NUMBER_FIELDS.map((f) => (
                    <TableCell key={f}>{formatNumber(values[f], language, 1)}</TableCell>
                  ))}
                  <TableCell>
                    {(records ?? []).some((r) => r.district === values.district && r.year === values.year)
                      ? t('district.yes')
                      : t('district.no')}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <div className={styles.row}>
            <Button appearance="primary" onClick={applyImport} disabled={review.rows.length === 0}>
              {t('district.applyImport', { count: review.rows.length })}
            </Button>
            <Button onClick={() => setReview(null)}>{t('round.cancel')}</Button>
          </div>
        </section>
      )}
      <section className={styles.form} aria-labelledby="district-form">
        <Subtitle1 as="h2" id="district-form">
          {t('district.formHeading')}
        </Subtitle1>
        <div className={styles.row}>
          <Field label={t('district.district')}>
            <Select value={district || districts[0]?.id || ''} onChange={(_, d) => setDistrict(d.value)}>
              {districts.map((d) => (
                <option key={d.id} value={d.id}>
                  {refs.label('district', d.id)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('district.year')} className={styles.narrow} validationMessage={errors.message('year')}>
            <Input className={styles.fill} value={year} onChange={(_, d) => setYear(d.value)} inputMode="numeric" />
          </Field>
          <Field label={t('district.source')}>
            <Input className={styles.fill} value={source} onChange={(_, d) => setSource(d.value)} />
          </Field>
        </div>
        <div className={styles.row}>
          {NUMBER_FIELDS.map((field) => (
            <Field
              key={field}
              label={t(`district.fields.${field}`)}
              className={styles.narrow}
              validationMessage={errors.message(field)}
            >
              <Input
                className={styles.fill}
                value={numbers[field]}
                onChange={(_, d) => setNumbers((prev) => ({ ...prev, [field]: d.value }))}
                inputMode="decimal"
              />
            </Field>
          ))}
        </div>
        <div>
          <Button appearance="primary" onClick={save}>
            {t('district.save')}
          </Button>
        </div>
      </section>
      {sorted.length === 0 ? (
        <Text>{t('district.none')}</Text>
      ) : (
        <Table size="small" aria-label={t('district.tableLabel')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('district.district')}</TableHeaderCell>
              <TableHeaderCell>{t('district.year')}</TableHeaderCell>
              {NUMBER_FIELDS.map((f) => (
                <TableHeaderCell key={f}>{t(`district.fields.${f}`)}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {sorted.map((r) => (
              <TableRow key={r.id}>
                <TableCell>{refs.label('district', r.district)}</TableCell>
                <TableCell>{r.year}</TableCell>
                {NUMBER_FIELDS.map((f) => (
                  <TableCell key={f}>{formatNumber(r[f], language, 1)}</TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
