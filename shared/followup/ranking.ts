import { RANKING_MAX, RANKING_MIN, type RankedInitiative } from './schemas';

export interface RankingProblem {
  /** Translation key in the "followup" namespace. */
  key: string;
  list?: 'most' | 'least';
  initiativeId?: string;
  params?: Record<string, number | string>;
}

/**
 * Everything wrong with a department's ranking, for the form to show before saving:
 * 3–6 in each list, a reason for each, no initiative twice, only the department's own.
 */
export function rankingProblems(
  department: string,
  most: readonly RankedInitiative[],
  least: readonly RankedInitiative[],
  departmentOf: (initiativeId: string) => string | undefined,
): RankingProblem[] {
  const problems: RankingProblem[] = [];
  const seen = new Set<string>();
  for (const [list, entries] of [
    ['most', most],
    ['least', least],
  ] as const) {
    if (entries.length < RANKING_MIN || entries.length > RANKING_MAX) {
      problems.push({
        key: 'ranking.count',
        list,
        params: { min: RANKING_MIN, max: RANKING_MAX, count: entries.length },
      });
    }
    for (const entry of entries) {
      if (!entry.initiativeId) {
        problems.push({ key: 'ranking.noInitiative', list });
        continue;
      }
      if (seen.has(entry.initiativeId))
        problems.push({ key: 'ranking.duplicate', list, initiativeId: entry.initiativeId });
      seen.add(entry.initiativeId);
      if (departmentOf(entry.initiativeId) !== department) {
        problems.push({ key: 'ranking.otherDepartment', list, initiativeId: entry.initiativeId });
      }
      if (!entry.reason.trim()) problems.push({ key: 'ranking.reasonMissing', list, initiativeId: entry.initiativeId });
    }
  }
  return problems;
}
