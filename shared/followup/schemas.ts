import { z } from 'zod';
import { EVIDENCE_LEVELS, IsoDateSchema } from '../domain/initiative';
import { ReportingPeriodSchema } from './period';

/**
 * The follow-up and impact model asked for by the Finance Committee: per
 * initiative goals, indicators with baseline and target, measurements over
 * time and a status per reporting period. Messages are translation keys
 * (namespace "followup", under "validation.").
 */

const text = (max: number) => z.string().max(max, 'text.tooLong');
const idRef = z.string().min(1, 'ref.required').max(120);

export const GoalSchema = z.object({
  initiativeId: idRef,
  title: z.string().trim().min(1, 'goal.titleRequired').max(300, 'text.tooLong'),
  description: text(5_000).default(''),
});
export type Goal = z.infer<typeof GoalSchema>;

/** Whether a rising or a falling value is the good news (e.g. fewer burglaries is "down"). */
export const DIRECTIONS = ['up', 'down'] as const;
export type Direction = (typeof DIRECTIONS)[number];

const measure = z.number('number.invalid').finite('number.invalid').nullable().default(null);

export const IndicatorSchema = z
  .object({
    initiativeId: idRef,
    /** The goal the indicator measures, if it has been tied to one. */
    goalId: z.string().max(120).nullable().default(null),
    name: z.string().trim().min(1, 'indicator.nameRequired').max(300, 'text.tooLong'),
    unit: text(60).default(''),
    baseline: measure,
    baselineDate: IsoDateSchema.nullable().default(null),
    target: measure,
    targetDate: IsoDateSchema.nullable().default(null),
    direction: z.enum(DIRECTIONS).default('up'),
    dataSource: text(300).default(''),
  })
  .refine((v) => !v.baselineDate || !v.targetDate || v.baselineDate <= v.targetDate, {
    message: 'indicator.targetBeforeBaseline',
    path: ['targetDate'],
  })
  .refine(
    (v) =>
      v.baseline === null ||
      v.target === null ||
      (v.direction === 'up' ? v.target >= v.baseline : v.target <= v.baseline),
    { message: 'indicator.targetAgainstDirection', path: ['target'] },
  );
export type Indicator = z.infer<typeof IndicatorSchema>;
export type IndicatorInput = z.input<typeof IndicatorSchema>;

export const MeasurementSchema = z.object({
  indicatorId: idRef,
  period: ReportingPeriodSchema,
  value: z.number('number.invalid').finite('number.invalid'),
  note: text(2_000).default(''),
  source: text(300).default(''),
});
export type Measurement = z.infer<typeof MeasurementSchema>;

export const FOLLOWUP_STATUSES = ['on-track', 'at-risk', 'off-track', 'not-reported'] as const;
export type FollowupStatusValue = (typeof FOLLOWUP_STATUSES)[number];

/** The status of one initiative in one reporting period; the record id is `${initiativeId}|${period}`. */
export const FollowupStatusSchema = z.object({
  initiativeId: idRef,
  period: ReportingPeriodSchema,
  status: z.enum(FOLLOWUP_STATUSES, 'status.required'),
  comment: text(5_000).default(''),
  /** Who reported it: a person, or "import" with the file name for a returned sheet. */
  reportedBy: text(200).default(''),
});
export type FollowupStatus = z.infer<typeof FollowupStatusSchema>;

/** One record per initiative and period, so two people reporting the same thing merge field by field. */
export function followupStatusId(initiativeId: string, period: string): string {
  return `${initiativeId}|${period}`;
}

/** Evidence level and evaluation plan live on the initiative; this is the part the follow-up edits. */
export const EvidenceSchema = z.object({
  evidenceLevel: z.enum(EVIDENCE_LEVELS).nullable(),
  evaluation: text(5_000),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** The six kinds of reported crime in the municipality's yearly safety survey (Tryghedsindekset). */
export const CRIME_KINDS = ['violence', 'burglary', 'theft', 'narcotics', 'vandalism', 'harassment'] as const;
export type CrimeKind = (typeof CRIME_KINDS)[number];

const count = z
  .number('number.invalid')
  .int('number.integer')
  .nonnegative('number.negative')
  .max(10_000_000, 'number.tooLarge')
  .nullable()
  .default(null);

/** District indicators per district and year; the record id is `${district}|${year}`. */
export const DistrictIndicatorSchema = z.object({
  district: idRef,
  year: z.number('year.invalid').int('year.invalid').min(1990, 'year.invalid').max(2100, 'year.invalid'),
  /** Share of residents who feel safe, in per cent. */
  feelSafePct: z.number('number.invalid').min(0, 'percent.range').max(100, 'percent.range').nullable().default(null),
  violence: count,
  burglary: count,
  theft: count,
  narcotics: count,
  vandalism: count,
  harassment: count,
  source: text(300).default(''),
});
export type DistrictIndicator = z.infer<typeof DistrictIndicatorSchema>;

export function districtIndicatorId(district: string, year: number): string {
  return `${district}|${year}`;
}

export const RankedInitiativeSchema = z.object({
  initiativeId: idRef,
  reason: z.string().trim().min(1, 'ranking.reasonRequired').max(2_000, 'text.tooLong'),
});
export type RankedInitiative = z.infer<typeof RankedInitiativeSchema>;

export const RANKING_MIN = 3;
export const RANKING_MAX = 6;

/**
 * A department's most and least effective initiatives (3–6 each, with reasons),
 * as ØU asked every department for by 4 May 2010. The record id is the department id.
 */
export const RankingSchema = z
  .object({
    department: idRef,
    most: z.array(RankedInitiativeSchema).min(RANKING_MIN, 'ranking.tooFew').max(RANKING_MAX, 'ranking.tooMany'),
    least: z.array(RankedInitiativeSchema).min(RANKING_MIN, 'ranking.tooFew').max(RANKING_MAX, 'ranking.tooMany'),
    decidedOn: IsoDateSchema.nullable().default(null),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    for (const [list, entries] of [
      ['most', v.most],
      ['least', v.least],
    ] as const) {
      entries.forEach((entry, index) => {
        if (seen.has(entry.initiativeId)) {
          ctx.addIssue({ code: 'custom', message: 'ranking.duplicate', path: [list, index, 'initiativeId'] });
        }
        seen.add(entry.initiativeId);
      });
    }
  });
export type Ranking = z.infer<typeof RankingSchema>;

/** What a user decided about a suggested overlap. */
export const OVERLAP_DECISIONS = ['coordinate', 'merge', 'keep', 'not-overlap'] as const;
export type OverlapDecision = (typeof OVERLAP_DECISIONS)[number];

/** The record id is `overlapPairId(a, b)`, so a pair has one mark whoever marks it. */
export const OverlapMarkSchema = z.object({
  initiativeA: idRef,
  initiativeB: idRef,
  decision: z.enum(OVERLAP_DECISIONS, 'decision.required'),
  note: text(5_000).default(''),
});
export type OverlapMark = z.infer<typeof OverlapMarkSchema>;
