import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Select,
  Subtitle1,
  Text,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Initiative } from '../../../shared/domain/initiative';
import { rankingProblems } from '../../../shared/followup/ranking';
import { RANKING_MAX, RANKING_MIN, type RankedInitiative, RankingSchema } from '../../../shared/followup/schemas';
import { useServices } from '../../app-services';
import { useNotify } from '../../ui/notify';
import { useFollowupRepositories, useLiveRecords, useReferenceLookup } from './data';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  lists: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(420px, 1fr))',
    gap: tokens.spacingHorizontalL,
  },
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalL,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  entry: {
    display: 'grid',
    gridTemplateColumns: '24px minmax(0, 1fr) minmax(0, 1fr) auto',
    gap: tokens.spacingHorizontalS,
    alignItems: 'end',
  },
  number: { paddingBottom: '6px' },
  fill: { minWidth: 0, width: '100%' },
});

type ListName = 'most' | 'least';

/** A line of the form; the key keeps React's rows stable when a line is removed. */
type Entry = RankedInitiative & { key: string };

const withKeys = (entries: readonly RankedInitiative[] = []): Entry[] =>
  entries.map((e) => ({ ...e, key: crypto.randomUUID() }));
const withoutKeys = (entries: readonly Entry[]): RankedInitiative[] =>
  entries.map(({ initiativeId, reason }) => ({ initiativeId, reason }));

/** A department's 3–6 most and 3–6 least effective initiatives, with reasons. */
export function Rankings(props: { initiatives: Initiative[] }) {
  const { t } = useTranslation('followup');
  const styles = useStyles();
  const refs = useReferenceLookup();
  const { settings, actor } = useServices();
  const notify = useNotify();
  const repos = useFollowupRepositories();
  const rankings = useLiveRecords('rankings', RankingSchema);
  const [chosen, setDepartment] = useState<string>(settings.homeDepartment);
  const department = chosen || refs.options('department')[0]?.id || '';
  const saved = rankings?.find((r) => r.department === department);
  const [most, setMost] = useState<Entry[]>([]);
  const [least, setLeast] = useState<Entry[]>([]);
  const [showProblems, setShowProblems] = useState(false);
  const savedKey = saved ? saved.updatedAt : '';

  // Load the saved ranking when the department changes or another laptop's change arrives.
  // biome-ignore lint/correctness/useExhaustiveDependencies: savedKey stands for the saved record
  useEffect(() => {
    setMost(withKeys(saved?.most));
    setLeast(withKeys(saved?.least));
    setShowProblems(false);
  }, [department, savedKey]);

  const own = props.initiatives
    .filter((i) => i.department === department && !i.archived)
    .sort((a, b) => a.title.localeCompare(b.title, 'da'));
  const titleOf = (id: string) => props.initiatives.find((i) => i.id === id)?.title ?? id;
  const departmentOf = (id: string) => props.initiatives.find((i) => i.id === id)?.department;
  const problems = rankingProblems(department, most, least, departmentOf);

  async function save() {
    setShowProblems(true);
    if (problems.length > 0) return;
    try {
      const values = {
        department,
        most: withoutKeys(most),
        least: withoutKeys(least),
        decidedOn: new Date().toISOString().slice(0, 10),
      };
      if (saved) await repos.rankings.update(department, values, actor);
      else await repos.rankings.create(values, actor, department);
      notify.success(t('ranking.saved'));
    } catch (error) {
      notify.failure(t('saveFailed'), error);
    }
  }

  function renderList(list: ListName, entries: Entry[], set: (next: Entry[]) => void) {
    const update = (index: number, patch: Partial<RankedInitiative>) =>
      set(entries.map((e, i) => (i === index ? { ...e, ...patch } : e)));
    const label = t(`ranking.${list}`);
    return (
      <section className={styles.list} aria-labelledby={`ranking-${list}`}>
        <Subtitle1 as="h3" id={`ranking-${list}`}>
          {label}
        </Subtitle1>
        <Text>{t('ranking.countHint', { min: RANKING_MIN, max: RANKING_MAX, count: entries.length })}</Text>
        {entries.map((entry, index) => (
          <div className={styles.entry} key={entry.key}>
            <Text className={styles.number} aria-hidden="true">{`${index + 1}.`}</Text>
            <Field label={t('ranking.initiative', { number: index + 1 })}>
              <Select
                className={styles.fill}
                value={entry.initiativeId}
                onChange={(_, d) => update(index, { initiativeId: d.value })}
              >
                <option value="">{t('pick.choose')}</option>
                {own.map((i) => (
                  <option key={i.id} value={i.id}>
                    {i.title}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t('ranking.reason', { number: index + 1 })}>
              <Input
                className={styles.fill}
                value={entry.reason}
                onChange={(_, d) => update(index, { reason: d.value })}
              />
            </Field>
            <Button
              icon={<DeleteRegular />}
              appearance="subtle"
              aria-label={t('ranking.remove', { number: index + 1, list: label })}
              onClick={() => set(entries.filter((_, i) => i !== index))}
            />
          </div>
        ))}
        <div>
          <Button
            icon={<AddRegular />}
            disabled={entries.length >= RANKING_MAX}
            onClick={() => set([...entries, { initiativeId: '', reason: '', key: crypto.randomUUID() }])}
          >
            {t('ranking.add', { list: label })}
          </Button>
        </div>
      </section>
    );
  }

  return (
    <div className={styles.root}>
      <Text>{t('ranking.intro')}</Text>
      <Field label={t('pick.department')} style={{ maxWidth: '360px' }}>
        <Select value={department} onChange={(_, d) => setDepartment(d.value)}>
          {refs.options('department').map((d) => (
            <option key={d.id} value={d.id}>
              {refs.label('department', d.id)}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.lists}>
        {renderList('most', most, setMost)}
        {renderList('least', least, setLeast)}
      </div>
      {showProblems && problems.length > 0 && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <Text weight="semibold">{t('ranking.notSaved')}</Text>
            <ul>
              {problems.map((p) => (
                <li key={`${p.key}-${p.list}-${p.initiativeId ?? ''}`}>
                  {t(`validation.${p.key}`, {
                    ...p.params,
                    list: p.list ? t(`ranking.${p.list}`) : '',
                    title: p.initiativeId ? titleOf(p.initiativeId) : '',
                  })}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <div>
        <Button appearance="primary" onClick={save}>
          {t('ranking.save')}
        </Button>
      </div>
    </div>
  );
}
