import { z } from 'zod';

/** ISO calendar date, "YYYY-MM-DD", that exists in the calendar. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date.format')
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'date.invalid');
export type IsoDate = z.infer<typeof IsoDateSchema>;

export const PREVENTION_LEVELS = ['primary', 'secondary', 'tertiary'] as const;
export type PreventionLevel = (typeof PREVENTION_LEVELS)[number];

export const EVIDENCE_LEVELS = ['documented', 'promising', 'not-evaluated'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

const text = (max: number) => z.string().max(max, 'text.tooLong');
const idList = z.array(z.string().min(1).max(80)).max(100);

/**
 * The editable fields of an initiative. The same schema validates the edit
 * form, the spreadsheet importers and incoming sync operations.
 * Messages are translation keys (namespace "validation").
 */
export const InitiativeFieldsSchema = z
  .object({
    title: z.string().trim().min(1, 'title.required').max(300, 'text.tooLong'),
    /** Department reference id (its abbreviation, e.g. "BUF"). */
    department: z.string().min(1, 'department.required').max(80),
    description: text(20_000).default(''),
    focusAreas: idList.default([]),
    /** Target group reference ids; the reference items say which are 18+. */
    targetGroups: idList.default([]),
    /** District reference ids; "hele-kommunen" stands for the whole municipality. */
    districts: idList.default([]),
    hotspot: z.boolean().default(false),
    preventionLevel: z.enum(PREVENTION_LEVELS).nullable().default(null),
    /** Partner reference ids. */
    partners: idList.default([]),
    startDate: IsoDateSchema.nullable().default(null),
    endDate: IsoDateSchema.nullable().default(null),
    annualBudgetDkk: z
      .number('budget.number')
      .finite('budget.number')
      .nonnegative('budget.negative')
      .max(10_000_000_000, 'budget.tooLarge')
      .nullable()
      .default(null),
    fundingSource: text(300).default(''),
    /** Status reference id. */
    status: z.string().max(80).default('active'),
    successCriteria: text(5_000).default(''),
    evidenceLevel: z.enum(EVIDENCE_LEVELS).nullable().default(null),
    /** Evaluation status and plans, free text. */
    evaluation: text(5_000).default(''),
    contact: text(300).default(''),
    notes: text(20_000).default(''),
    archived: z.boolean().default(false),
  })
  .refine((v) => !v.startDate || !v.endDate || v.startDate <= v.endDate, {
    message: 'period.endBeforeStart',
    path: ['endDate'],
  });
export type InitiativeFields = z.infer<typeof InitiativeFieldsSchema>;
export type InitiativeFieldsInput = z.input<typeof InitiativeFieldsSchema>;

/** Field names reported by the spreadsheet tools, in the order of the hearing sheet. */
export const INITIATIVE_FIELDS = [
  'title',
  'department',
  'description',
  'focusAreas',
  'targetGroups',
  'districts',
  'hotspot',
  'preventionLevel',
  'partners',
  'startDate',
  'endDate',
  'annualBudgetDkk',
  'fundingSource',
  'status',
  'successCriteria',
  'evidenceLevel',
  'evaluation',
  'contact',
  'notes',
] as const satisfies readonly (keyof InitiativeFields)[];
export type InitiativeField = (typeof INITIATIVE_FIELDS)[number];

/** Fields whose values are lists of reference ids, with the list they refer to. */
export const INITIATIVE_REFERENCE_FIELDS = {
  department: 'department',
  focusAreas: 'focusArea',
  targetGroups: 'targetGroup',
  districts: 'district',
  partners: 'partner',
  status: 'status',
} as const;

export interface Initiative extends InitiativeFields {
  id: string;
  /** Winning HLC stamp per field (sync bookkeeping). */
  _stamps: Record<string, string>;
  /** HLC stamp of the latest change. */
  updatedAt: string;
  _deleted?: boolean;
}

/** A blank initiative of a department, with every default filled in. */
export function emptyInitiative(department: string): InitiativeFields {
  return { ...InitiativeFieldsSchema.parse({ title: 'x', department }), title: '' };
}
