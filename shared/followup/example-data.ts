import type { DistrictIndicator, FollowupStatus, Indicator, Measurement } from './schemas';
import { districtIndicatorId, type FollowupStatusValue, followupStatusId } from './schemas';

/**
 * Example follow-up data for the example inventory: two quarters of reported
 * status, four indicators with quarterly measurements and two years of
 * district indicators. Invented but plausible, fixed (no randomness, no clock).
 */

export interface ExampleFollowup {
  statuses: { id: string; values: FollowupStatus }[];
  indicators: { id: string; values: Indicator }[];
  measurements: { id: string; values: Measurement }[];
  districtIndicators: { id: string; values: DistrictIndicator }[];
}

interface IndicatorTemplate {
  title: string;
  indicator: Omit<Indicator, 'initiativeId' | 'goalId'>;
  values: number[];
}

/** Initiatives of the example inventory (found by title) and what is measured on them. */
const INDICATORS: IndicatorTemplate[] = [
  {
    title: 'Exitprogram for bandemedlemmer',
    indicator: {
      name: 'Personer i exitforløb',
      unit: 'antal',
      baseline: 6,
      baselineDate: '2010-01-01',
      target: 20,
      targetDate: '2011-12-31',
      direction: 'up',
      dataSource: 'Exitteamets sagsregistrering',
    },
    values: [7, 9, 12, 14],
  },
  {
    title: 'Jobcenterets ungeindsats for 18-24-årige med dom',
    indicator: {
      name: 'Andel i job eller uddannelse efter 6 måneder',
      unit: '%',
      baseline: 30,
      baselineDate: '2009-12-31',
      target: 50,
      targetDate: '2011-12-31',
      direction: 'up',
      dataSource: 'Jobcentrets opgørelse',
    },
    values: [31, 35, 41, 44],
  },
  {
    title: 'Hurtig fjernelse af graffiti og hærværk',
    indicator: {
      name: 'Anmeldte hærværkssager',
      unit: 'antal',
      baseline: 120,
      baselineDate: '2009-12-31',
      target: 90,
      targetDate: '2011-12-31',
      direction: 'down',
      dataSource: 'Københavns Politi',
    },
    values: [118, 110, 104, 97],
  },
  {
    title: 'Ungekriminalitetsteam',
    indicator: {
      name: 'Unge i tæt opfølgning, der sigtes igen',
      unit: '%',
      baseline: 35,
      baselineDate: '2009-12-31',
      target: 20,
      targetDate: '2011-12-31',
      direction: 'down',
      dataSource: 'SSP og Københavns Politi',
    },
    values: [34, 31, 32, 27],
  },
];

const QUARTERS = ['2009-Q3', '2009-Q4', '2010-Q1', '2010-Q2'];
const CYCLE: FollowupStatusValue[] = [
  'on-track',
  'on-track',
  'at-risk',
  'on-track',
  'off-track',
  'on-track',
  'at-risk',
];
/** Departments that had not yet reported everything for the latest quarter. */
const LATE = new Set(['KFF', 'SUF']);

const DISTRICTS: [string, number, number][] = [
  // district, share feeling safe 2009 (%), burglaries 2009
  ['indre-by', 74, 980],
  ['osterbro', 86, 720],
  ['norrebro', 66, 1010],
  ['vesterbro-kgs-enghave', 70, 890],
  ['valby', 82, 640],
  ['vanlose', 88, 410],
  ['bronshoj-husum', 79, 520],
  ['bispebjerg', 68, 760],
  ['amager-ost', 83, 600],
  ['amager-vest', 77, 690],
];

export function exampleFollowup(
  initiatives: readonly { id: string; title: string; department: string }[],
): ExampleFollowup {
  const sorted = [...initiatives].sort((a, b) => a.id.localeCompare(b.id));
  const statuses: ExampleFollowup['statuses'] = [];
  sorted.forEach((initiative, index) => {
    for (const [offset, period] of ['2010-Q1', '2010-Q2'].entries()) {
      const skip = period === '2010-Q2' && LATE.has(initiative.department) && index % 2 === 0;
      if (skip) continue;
      const status = CYCLE[(index + offset) % CYCLE.length] ?? 'on-track';
      statuses.push({
        id: followupStatusId(initiative.id, period),
        values: { initiativeId: initiative.id, period, status, comment: '', reportedBy: 'Eksempeldata' },
      });
    }
  });

  const indicators: ExampleFollowup['indicators'] = [];
  const measurements: ExampleFollowup['measurements'] = [];
  for (const [n, template] of INDICATORS.entries()) {
    const initiative = sorted.find((i) => i.title === template.title);
    if (!initiative) continue;
    const id = `eksempel-indikator-${n + 1}`;
    indicators.push({ id, values: { ...template.indicator, initiativeId: initiative.id, goalId: null } });
    template.values.forEach((value, q) => {
      const period = QUARTERS[q] ?? '2010-Q2';
      measurements.push({
        id: `${id}-${period}`,
        values: { indicatorId: id, period, value, note: '', source: template.indicator.dataSource },
      });
    });
  }

  const districtIndicators: ExampleFollowup['districtIndicators'] = [];
  for (const [district, safe, burglary] of DISTRICTS) {
    for (const [k, year] of [2009, 2010].entries()) {
      districtIndicators.push({
        id: districtIndicatorId(district, year),
        values: {
          district,
          year,
          feelSafePct: safe + k * 2,
          violence: Math.round(burglary * 0.45 * (1 - k * 0.05)),
          burglary: Math.round(burglary * (1 - k * 0.08)),
          theft: Math.round(burglary * 2.6),
          narcotics: Math.round(burglary * 0.3),
          vandalism: Math.round(burglary * 0.7 * (1 - k * 0.1)),
          harassment: Math.round(burglary * 0.12),
          source: 'Tryghedsindekset (eksempel)',
        },
      });
    }
  }
  return { statuses, indicators, measurements, districtIndicators };
}
