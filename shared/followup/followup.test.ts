import { describe, expect, it } from 'vitest';
import { comparePeriods, periodMidpoint, periodOf, periodRange } from './period';
import { latestMeasurement, progressTowardTarget, rollUpByDepartment, roundCompleteness } from './progress';
import { rankingProblems } from './ranking';
import { IndicatorSchema, MeasurementSchema, RankingSchema } from './schemas';

describe('reporting periods', () => {
  it('knows the first and last day of years, halves, quarters and months', () => {
    expect(periodRange('2010')).toEqual({ start: '2010-01-01', end: '2010-12-31' });
    expect(periodRange('2010-H2')).toEqual({ start: '2010-07-01', end: '2010-12-31' });
    expect(periodRange('2010-Q2')).toEqual({ start: '2010-04-01', end: '2010-06-30' });
    expect(periodRange('2010-02')).toEqual({ start: '2010-02-01', end: '2010-02-28' });
    expect(periodRange('2012-02')).toEqual({ start: '2012-02-01', end: '2012-02-29' });
    expect(periodRange('2010-Q5')).toBeNull();
  });

  it('sorts by end date, shorter period first on a tie of ends', () => {
    const sorted = ['2010', '2010-H1', '2010-Q1', '2009-12', '2010-Q2'].sort(comparePeriods);
    expect(sorted).toEqual(['2009-12', '2010-Q1', '2010-Q2', '2010-H1', '2010']);
  });

  it('finds the period of a date and its midpoint', () => {
    expect(periodOf('2010-04-13', 'quarter')).toBe('2010-Q2');
    expect(periodOf('2010-04-13', 'half')).toBe('2010-H1');
    expect(periodOf('2010-04-13', 'month')).toBe('2010-04');
    expect(periodOf('2010-04-13', 'year')).toBe('2010');
    // 1 Jan 2010 00:00 UTC .. 31 Dec 2010 00:00 UTC: the middle is 2 July 2010 00:00.
    expect(new Date(periodMidpoint('2010') as number).toISOString()).toBe('2010-07-02T00:00:00.000Z');
  });

  it('rejects a measurement in an unknown period format with a translation key', () => {
    const parsed = MeasurementSchema.safeParse({ indicatorId: 'x', period: 'forår 2010', value: 3 });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('period.format');
  });
});

describe('progress toward target', () => {
  const feelSafe = { baseline: 40, target: 60, direction: 'up' as const };
  // Reported burglaries: fewer is better.
  const burglaries = { baseline: 120, target: 90, direction: 'down' as const };

  it('counts the way from baseline to target when up is good', () => {
    expect(progressTowardTarget(feelSafe, 50)).toEqual({ fraction: 0.5, improved: true, reached: false });
    expect(progressTowardTarget(feelSafe, 65)).toEqual({ fraction: 1.25, improved: true, reached: true });
    expect(progressTowardTarget(feelSafe, 36)).toEqual({ fraction: -0.2, improved: false, reached: false });
    expect(progressTowardTarget(feelSafe, 40)).toEqual({ fraction: 0, improved: null, reached: false });
  });

  it('counts the way from baseline to target when down is good', () => {
    const p = progressTowardTarget(burglaries, 100);
    expect(p.fraction).toBeCloseTo(2 / 3, 10);
    expect(p.improved).toBe(true);
    expect(p.reached).toBe(false);
    expect(progressTowardTarget(burglaries, 90)).toEqual({ fraction: 1, improved: true, reached: true });
    const worse = progressTowardTarget(burglaries, 130);
    expect(worse.fraction).toBeCloseTo(-1 / 3, 10);
    expect(worse.improved).toBe(false);
  });

  it('gives no fraction without a baseline or target', () => {
    expect(progressTowardTarget({ baseline: null, target: 60, direction: 'up' }, 70)).toEqual({
      fraction: null,
      improved: null,
      reached: true,
    });
    expect(progressTowardTarget({ baseline: 10, target: null, direction: 'down' }, 8)).toEqual({
      fraction: null,
      improved: true,
      reached: null,
    });
  });

  it('refuses an indicator whose target lies against its good direction', () => {
    const parsed = IndicatorSchema.safeParse({
      initiativeId: 'i',
      name: 'Indbrud',
      baseline: 120,
      target: 150,
      direction: 'down',
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('indicator.targetAgainstDirection');
  });

  it('takes the latest measurement by period, not by entry order', () => {
    const latest = latestMeasurement([
      { period: '2010-Q3', value: 3 },
      { period: '2011-Q1', value: 5 },
      { period: '2010-Q4', value: 4 },
    ]);
    expect(latest?.value).toBe(5);
  });
});

describe('status roll-ups and reporting rounds', () => {
  const initiatives = [
    { id: 'i1', department: 'BUF' },
    { id: 'i2', department: 'BUF' },
    { id: 'i3', department: 'SOF' },
    { id: 'i4', department: 'SOF' },
  ];
  const statuses = [
    { initiativeId: 'i1', period: '2010-Q1', status: 'on-track' as const },
    { initiativeId: 'i2', period: '2009-Q4', status: 'at-risk' as const }, // another period
    { initiativeId: 'i3', period: '2010-Q1', status: 'off-track' as const },
    { initiativeId: 'i4', period: '2010-Q1', status: 'not-reported' as const },
  ];

  it('counts each department, an initiative without a status as not reported', () => {
    const rollUp = rollUpByDepartment(initiatives, statuses, '2010-Q1');
    expect(rollUp.get('BUF')).toEqual({ 'on-track': 1, 'at-risk': 0, 'off-track': 0, 'not-reported': 1 });
    expect(rollUp.get('SOF')).toEqual({ 'on-track': 0, 'at-risk': 0, 'off-track': 1, 'not-reported': 1 });
  });

  it('says which departments have reported in full', () => {
    // SOF's i4 now reports "at risk" instead of "not reported".
    const reportedAll = statuses.map((s) => (s.initiativeId === 'i4' ? { ...s, status: 'at-risk' as const } : s));
    const round = roundCompleteness(['BUF', 'SOF', 'TMF'], initiatives, reportedAll, '2010-Q1');
    expect(round.departments).toEqual([
      { department: 'BUF', total: 2, reported: 1, complete: false },
      { department: 'SOF', total: 2, reported: 2, complete: true },
      { department: 'TMF', total: 0, reported: 0, complete: true },
    ]);
    expect(round.total).toBe(4);
    expect(round.reported).toBe(3);
    expect(round.share).toBe(0.75);
    expect(round.completeDepartments).toBe(2);
  });
});

describe('rankings of most and least effective initiatives', () => {
  const entry = (initiativeId: string, reason = 'Dokumenteret effekt') => ({ initiativeId, reason });
  const departmentOf = (id: string) => (id.startsWith('b') ? 'BUF' : 'SOF');

  it('accepts 3–6 of the department’s own initiatives in each list', () => {
    const most = [entry('b1'), entry('b2'), entry('b3')];
    const least = [entry('b4'), entry('b5'), entry('b6'), entry('b7'), entry('b8'), entry('b9')];
    expect(rankingProblems('BUF', most, least, departmentOf)).toEqual([]);
    expect(RankingSchema.safeParse({ department: 'BUF', most, least }).success).toBe(true);
  });

  it('names every problem: too few, too many, twice, another department, no reason', () => {
    const most = [entry('b1'), entry('s1')];
    const least = [entry('b1'), entry('b2', ' '), entry('b3'), entry('b4'), entry('b5'), entry('b6'), entry('')];
    const keys = rankingProblems('BUF', most, least, departmentOf).map(
      (p) => `${p.list}:${p.key}:${p.initiativeId ?? ''}`,
    );
    expect(keys).toEqual([
      'most:ranking.count:',
      'most:ranking.otherDepartment:s1',
      'least:ranking.count:',
      'least:ranking.duplicate:b1',
      'least:ranking.reasonMissing:b2',
      'least:ranking.noInitiative:',
    ]);
    const parsed = RankingSchema.safeParse({ department: 'BUF', most, least });
    expect(parsed.error?.issues.map((i) => i.message)).toEqual(
      expect.arrayContaining(['ranking.tooFew', 'ranking.tooMany']),
    );
    const blankReason = RankingSchema.safeParse({
      department: 'BUF',
      most: [entry('b1'), entry('b2'), entry('b3', '  ')],
      least: [entry('b4'), entry('b5'), entry('b1')],
    });
    expect(blankReason.error?.issues.map((i) => i.message)).toEqual(['ranking.reasonRequired', 'ranking.duplicate']);
  });
});

describe('the period a form starts on', () => {
  it('is the latest reported period, else the current quarter', async () => {
    const { defaultPeriod } = await import('./period');
    expect(defaultPeriod(['2010-Q1', '2010-Q2', '2009'], '2026-11-25')).toBe('2010-Q2');
    expect(defaultPeriod([], '2026-11-25')).toBe('2026-Q4');
  });
});
