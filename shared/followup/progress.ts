import { comparePeriods } from './period';
import type { Direction, FollowupStatusValue } from './schemas';
import { FOLLOWUP_STATUSES } from './schemas';

export interface IndicatorTargets {
  baseline: number | null;
  target: number | null;
  direction: Direction;
}

export interface Progress {
  /**
   * Share of the way from baseline to target: 0 at the baseline, 1 at the target,
   * negative when the value moved the wrong way, above 1 beyond the target.
   * Null when baseline or target is missing, or they are equal.
   */
  fraction: number | null;
  /** The value moved the good way from the baseline (null without a baseline or when unchanged). */
  improved: boolean | null;
  /** The target is met (null without a target). */
  reached: boolean | null;
}

/** How far a measured value has come toward the indicator's target, respecting which way is good. */
export function progressTowardTarget(indicator: IndicatorTargets, value: number): Progress {
  const { baseline, target, direction } = indicator;
  const sign = direction === 'up' ? 1 : -1;
  const improved = baseline === null || value === baseline ? null : (value - baseline) * sign > 0;
  const reached = target === null ? null : (value - target) * sign >= 0;
  const fraction =
    baseline === null || target === null || target === baseline ? null : (value - baseline) / (target - baseline);
  return { fraction, improved, reached };
}

/** The measurement of the latest period (ties: the last one given). */
export function latestMeasurement<M extends { period: string }>(measurements: readonly M[]): M | undefined {
  let latest: M | undefined;
  for (const m of measurements) {
    if (!latest || comparePeriods(m.period, latest.period) >= 0) latest = m;
  }
  return latest;
}

export function sortByPeriod<M extends { period: string }>(measurements: readonly M[]): M[] {
  return [...measurements].sort((a, b) => comparePeriods(a.period, b.period));
}

export type StatusCounts = Record<FollowupStatusValue, number>;

export function emptyCounts(): StatusCounts {
  return Object.fromEntries(FOLLOWUP_STATUSES.map((s) => [s, 0])) as StatusCounts;
}

interface InitiativeRef {
  id: string;
  department: string;
}

interface StatusRef {
  initiativeId: string;
  period: string;
  status: FollowupStatusValue;
}

/** The status of every initiative in a period; an initiative without one counts as "not reported". */
export function statusesForPeriod(
  initiatives: readonly InitiativeRef[],
  statuses: readonly StatusRef[],
  period: string,
): Map<string, FollowupStatusValue> {
  const byInitiative = new Map<string, FollowupStatusValue>();
  for (const s of statuses) if (s.period === period) byInitiative.set(s.initiativeId, s.status);
  return new Map(initiatives.map((i) => [i.id, byInitiative.get(i.id) ?? 'not-reported']));
}

/** Status counts per department for a period (departments in first-met order). */
export function rollUpByDepartment(
  initiatives: readonly InitiativeRef[],
  statuses: readonly StatusRef[],
  period: string,
): Map<string, StatusCounts> {
  const perInitiative = statusesForPeriod(initiatives, statuses, period);
  const result = new Map<string, StatusCounts>();
  for (const initiative of initiatives) {
    const counts = result.get(initiative.department) ?? emptyCounts();
    counts[perInitiative.get(initiative.id) ?? 'not-reported'] += 1;
    result.set(initiative.department, counts);
  }
  return result;
}

export interface DepartmentCompleteness {
  department: string;
  total: number;
  /** Initiatives with a status other than "not reported". */
  reported: number;
  /** Every initiative of the department has reported (a department without initiatives is complete). */
  complete: boolean;
}

export interface RoundCompleteness {
  period: string;
  departments: DepartmentCompleteness[];
  total: number;
  reported: number;
  /** Share of initiatives reported, 0–1 (1 when there are none). */
  share: number;
  /** Departments that have reported on all their initiatives. */
  completeDepartments: number;
}

/** Which departments have reported for a period in a reporting round. */
export function roundCompleteness(
  departments: readonly string[],
  initiatives: readonly InitiativeRef[],
  statuses: readonly StatusRef[],
  period: string,
): RoundCompleteness {
  const rollUp = rollUpByDepartment(initiatives, statuses, period);
  const ids = [...departments, ...[...rollUp.keys()].filter((d) => !departments.includes(d))];
  const rows = ids.map((department) => {
    const counts = rollUp.get(department) ?? emptyCounts();
    const total = FOLLOWUP_STATUSES.reduce((sum, s) => sum + counts[s], 0);
    const reported = total - counts['not-reported'];
    return { department, total, reported, complete: reported === total };
  });
  const total = rows.reduce((sum, r) => sum + r.total, 0);
  const reported = rows.reduce((sum, r) => sum + r.reported, 0);
  return {
    period,
    departments: rows,
    total,
    reported,
    share: total === 0 ? 1 : reported / total,
    completeDepartments: rows.filter((r) => r.complete).length,
  };
}
