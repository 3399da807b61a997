import { z } from 'zod';
import { IsoDateSchema } from './initiative';

/** Steps of the political process: messages are translation keys in the "staffing" namespace. */
export const MILESTONE_KINDS = ['meeting', 'deadline', 'hearing', 'drafting', 'committee'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

export const MILESTONE_STATUSES = ['planned', 'inProgress', 'done', 'cancelled'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export const LinkedDocumentSchema = z.object({
  title: z.string().trim().min(1, 'validation.documentTitleRequired').max(300, 'validation.tooLong'),
  /** A path on the share, a web address or a journal number. */
  reference: z.string().trim().max(2000, 'validation.tooLong').default(''),
});
export type LinkedDocument = z.output<typeof LinkedDocumentSchema>;

export const MilestoneFieldsSchema = z
  .object({
    title: z.string().trim().min(1, 'validation.titleRequired').max(300, 'validation.tooLong'),
    kind: z.enum(MILESTONE_KINDS),
    /** The date, or the first day of a period. */
    date: IsoDateSchema,
    /** Last day of a period; empty for a single date. */
    endDate: z.union([IsoDateSchema, z.literal('')]).default(''),
    status: z.enum(MILESTONE_STATUSES).default('planned'),
    /** Staff id of the person responsible, or empty. */
    ownerId: z.string().max(80).default(''),
    notes: z.string().max(20_000, 'validation.tooLong').default(''),
    documents: z.array(LinkedDocumentSchema).max(50).default([]),
    /** Milestones placed together from the ØU template share a group id. */
    processId: z.string().max(80).default(''),
  })
  .refine((m) => !m.endDate || m.date <= m.endDate, { message: 'validation.periodOrder', path: ['endDate'] });
export type MilestoneFields = z.output<typeof MilestoneFieldsSchema>;
export type Milestone = MilestoneFields & { id: string };

/** A period (hearing, drafting) must be workable on its last day; a single date on that date. */
export function flaggedDayOf(m: { date: string; endDate: string }): string {
  return m.endDate || m.date;
}

const FINISHED: ReadonlySet<MilestoneStatus> = new Set(['done', 'cancelled']);

export function isFinished(m: Pick<Milestone, 'status'>): boolean {
  return FINISHED.has(m.status);
}

/**
 * Where the timeline stands today: late are those whose last day has passed
 * without being done; next is the first open one from today on (milestones sorted by date).
 */
export function timelineState<M extends Pick<Milestone, 'id' | 'date' | 'endDate' | 'status'>>(
  milestones: M[],
  today: string,
): { late: Set<string>; next: M | undefined } {
  const late = new Set(milestones.filter((m) => !isFinished(m) && flaggedDayOf(m) < today).map((m) => m.id));
  const next = milestones.find((m) => !isFinished(m) && m.date >= today);
  return { late, next };
}
