import {
  Badge,
  Button,
  Card,
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
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Initiative } from '../../../shared/domain/initiative';
import { OVERLAP_DECISIONS, type OverlapDecision, OverlapMarkSchema } from '../../../shared/followup/schemas';
import { findOverlaps, type Overlap } from '../../../shared/overlap/find-overlaps';
import { proposalsFromMarks } from '../../../shared/overlap/proposals';
import { buildProposalsWorkbook } from '../../../shared/overlap/proposals-workbook';
import { wordSpellings } from '../../../shared/overlap/text-similarity';
import { useServices } from '../../app-services';
import { safeFileName, saveBytes } from '../../file-bridge';
import { useNotify } from '../../ui/notify';
import { type ReferenceLookup, useFollowupRepositories, useLiveRecords, useReferenceLookup } from './data';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  controls: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'flex-end' },
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    listStyle: 'none',
    padding: 0,
    margin: 0,
  },
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  pair: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalL },
  head: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  mark: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'flex-end' },
  note: { flexGrow: 1, minWidth: '240px' },
  muted: { color: tokens.colorNeutralForeground3 },
});

const SENSITIVITY = { strict: 0.2, normal: 0.12, broad: 0.05 } as const;
type Sensitivity = keyof typeof SENSITIVITY;
const SHOW = ['unmarked', 'all', 'marked'] as const;
type Show = (typeof SHOW)[number];
const MAX_SHOWN = 60;

/** The overlap in words, in the UI language. */
export function explainOverlap(
  overlap: Overlap,
  byId: Map<string, Initiative>,
  refs: ReferenceLookup,
  t: TFunction<'followup'>,
): string {
  const a = byId.get(overlap.a);
  const b = byId.get(overlap.b);
  const spellings = new Map([
    ...wordSpellings(`${b?.title ?? ''} ${b?.description ?? ''}`),
    ...wordSpellings(`${a?.title ?? ''} ${a?.description ?? ''}`),
  ]);
  const list = (items: string[]) => new Intl.ListFormat(t('overlap.listLocale'), { type: 'conjunction' }).format(items);
  const parts = [
    t('overlap.explainGroups', {
      groups: list(overlap.sharedTargetGroups.map((g) => refs.label('targetGroup', g))),
      districts: list(overlap.sharedDistricts.map((d) => refs.label('district', d))),
    }),
    t('overlap.explainText', { percent: Math.round(overlap.textSimilarity * 100) }),
  ];
  if (overlap.sharedWords.length) {
    parts.push(t('overlap.explainWords', { words: overlap.sharedWords.map((w) => spellings.get(w) ?? w).join(', ') }));
  }
  if (overlap.sharedFocusAreas.length) {
    parts.push(
      t('overlap.explainFocus', { focus: list(overlap.sharedFocusAreas.map((f) => refs.label('focusArea', f))) }),
    );
  }
  return parts.join(' ');
}

/** Overlapping initiatives of different departments, marks on them, and the proposals list they feed. */
export function Overlaps(props: { initiatives: Initiative[] }) {
  const { t } = useTranslation('followup');
  const styles = useStyles();
  const refs = useReferenceLookup();
  const notify = useNotify();
  const marks = useLiveRecords('overlapMarks', OverlapMarkSchema);
  const [sensitivity, setSensitivity] = useState<Sensitivity>('normal');
  const [show, setShow] = useState<Show>('unmarked');
  const byId = useMemo(() => new Map(props.initiatives.map((i) => [i.id, i])), [props.initiatives]);
  const overlaps = useMemo(
    () => findOverlaps(props.initiatives, { minTextSimilarity: SENSITIVITY[sensitivity] }),
    [props.initiatives, sensitivity],
  );
  const markById = new Map((marks ?? []).map((m) => [m.id, m]));
  const shown = overlaps.filter((o) =>
    show === 'all' ? true : show === 'marked' ? markById.has(o.id) : !markById.has(o.id),
  );
  // Scores of marked pairs whatever the sensitivity: only the marked initiatives need comparing.
  const allOverlaps = useMemo(() => {
    const marked = new Set((marks ?? []).flatMap((m) => [m.initiativeA, m.initiativeB]));
    return findOverlaps(
      props.initiatives.filter((i) => marked.has(i.id)),
      { minTextSimilarity: 0 },
    );
  }, [props.initiatives, marks]);
  const proposals = proposalsFromMarks(marks ?? [], allOverlaps);
  const overlapById = new Map(allOverlaps.map((o) => [o.id, o]));
  const title = (id: string) => byId.get(id)?.title ?? t('overlap.unknownInitiative');
  const department = (id: string) => byId.get(id)?.department ?? '';

  async function exportProposals() {
    try {
      const bytes = await buildProposalsWorkbook(
        proposals.map((p) => {
          const overlap = overlapById.get(p.pairId);
          return {
            decision: t(`overlap.decisions.${p.decision}`),
            initiativeA: title(p.initiativeA),
            departmentA: department(p.initiativeA),
            initiativeB: title(p.initiativeB),
            departmentB: department(p.initiativeB),
            score: p.score,
            explanation: overlap ? explainOverlap(overlap, byId, refs, t) : '',
            note: p.note,
          };
        }),
        {
          sheet: t('proposals.sheet'),
          title: t('proposals.heading'),
          columns: [
            t('proposals.columns.decision'),
            t('proposals.columns.initiativeA'),
            t('proposals.columns.departmentA'),
            t('proposals.columns.initiativeB'),
            t('proposals.columns.departmentB'),
            t('proposals.columns.score'),
            t('proposals.columns.explanation'),
            t('proposals.columns.note'),
          ],
        },
      );
      const path = await saveBytes(bytes, safeFileName(`${t('proposals.fileName')}.xlsx`), 'excel');
      if (path) notify.success(t('proposals.exported'));
    } catch (error) {
      notify.failure(t('proposals.exportFailed'), error);
    }
  }

  return (
    <div className={styles.root}>
      <Text>{t('overlap.intro')}</Text>
      <div className={styles.controls}>
        <Field label={t('overlap.sensitivity')}>
          <Select value={sensitivity} onChange={(_, d) => setSensitivity(d.value as Sensitivity)}>
            {Object.keys(SENSITIVITY).map((s) => (
              <option key={s} value={s}>
                {t(`overlap.sensitivities.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('overlap.show')}>
          <Select value={show} onChange={(_, d) => setShow(d.value as Show)}>
            {SHOW.map((s) => (
              <option key={s} value={s}>
                {t(`overlap.shows.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Text role="status">
          {t('overlap.count', { count: overlaps.length, shown: Math.min(shown.length, MAX_SHOWN) })}
        </Text>
      </div>
      {shown.length === 0 ? (
        <Text className={styles.muted}>{t('overlap.none')}</Text>
      ) : (
        <ul className={styles.list} aria-label={t('overlap.listLabel')}>
          {shown.slice(0, MAX_SHOWN).map((overlap) => (
            <li key={overlap.id}>
              <OverlapCard
                overlap={overlap}
                explanation={explainOverlap(overlap, byId, refs, t)}
                a={byId.get(overlap.a)}
                b={byId.get(overlap.b)}
                mark={markById.get(overlap.id)}
              />
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="proposals-heading" className={styles.root}>
        <div className={styles.head}>
          <Subtitle1 as="h2" id="proposals-heading">
            {t('proposals.heading')}
          </Subtitle1>
          <Button icon={<ArrowDownloadRegular />} onClick={exportProposals} disabled={proposals.length === 0}>
            {t('proposals.export')}
          </Button>
        </div>
        {proposals.length === 0 ? (
          <Text className={styles.muted}>{t('proposals.none')}</Text>
        ) : (
          <Table size="small" aria-labelledby="proposals-heading">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('proposals.columns.decision')}</TableHeaderCell>
                <TableHeaderCell>{t('proposals.columns.initiativeA')}</TableHeaderCell>
                <TableHeaderCell>{t('proposals.columns.initiativeB')}</TableHeaderCell>
                <TableHeaderCell>{t('proposals.columns.score')}</TableHeaderCell>
                <TableHeaderCell>{t('proposals.columns.note')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {proposals.map((p) => (
                <TableRow key={p.pairId}>
                  <TableCell>{t(`overlap.decisions.${p.decision}`)}</TableCell>
                  <TableCell>{`${title(p.initiativeA)} (${department(p.initiativeA)})`}</TableCell>
                  <TableCell>{`${title(p.initiativeB)} (${department(p.initiativeB)})`}</TableCell>
                  <TableCell>{p.score ?? '–'}</TableCell>
                  <TableCell>{p.note}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
    </div>
  );
}

function OverlapCard(props: {
  overlap: Overlap;
  explanation: string;
  a: Initiative | undefined;
  b: Initiative | undefined;
  mark: { decision: OverlapDecision; note: string } | undefined;
}) {
  const { t } = useTranslation('followup');
  const styles = useStyles();
  const { actor } = useServices();
  const notify = useNotify();
  const repos = useFollowupRepositories();
  const [decision, setDecision] = useState<string>(props.mark?.decision ?? '');
  const [note, setNote] = useState(props.mark?.note ?? '');
  const { overlap } = props;
  const headingId = `overlap-${overlap.id}`;

  async function save() {
    if (!decision) return notify.failure(t('validation.decision.required'));
    const values = { initiativeA: overlap.a, initiativeB: overlap.b, decision: decision as OverlapDecision, note };
    try {
      if (await repos.overlapMarks.get(overlap.id)) await repos.overlapMarks.update(overlap.id, values, actor);
      else await repos.overlapMarks.create(values, actor, overlap.id);
      notify.success(t('overlap.marked'));
    } catch (error) {
      notify.failure(t('saveFailed'), error);
    }
  }

  return (
    <Card className={styles.card} aria-labelledby={headingId} data-testid="overlap-card">
      <div className={styles.head}>
        <Badge appearance="filled" color={overlap.score >= 50 ? 'danger' : 'warning'}>
          {t('overlap.score', { score: overlap.score })}
        </Badge>
        <Text weight="semibold" as="h3" id={headingId}>
          {`${props.a?.title ?? ''} ↔ ${props.b?.title ?? ''}`}
        </Text>
        {props.mark && <Badge appearance="tint">{t(`overlap.decisions.${props.mark.decision}`)}</Badge>}
      </div>
      <div className={styles.pair}>
        {[props.a, props.b].map((i) => (
          <Text key={i?.id} size={200}>
            {`${i?.department ?? ''}: ${i?.description?.slice(0, 220) ?? ''}${(i?.description?.length ?? 0) > 220 ? '…' : ''}`}
          </Text>
        ))}
      </div>
      <Text>{props.explanation}</Text>
      <div className={styles.mark}>
        <Field label={t('overlap.decision')}>
          <Select value={decision} onChange={(_, d) => setDecision(d.value)}>
            <option value="">{t('pick.choose')}</option>
            {OVERLAP_DECISIONS.map((d) => (
              <option key={d} value={d}>
                {t(`overlap.decisions.${d}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('overlap.note')} className={styles.note}>
          <Input value={note} onChange={(_, d) => setNote(d.value)} />
        </Field>
        <Button appearance="primary" onClick={save}>
          {t('overlap.saveMark')}
        </Button>
      </div>
    </Card>
  );
}
