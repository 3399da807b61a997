import { z } from 'zod';
import { IsoDateSchema } from '../../../shared/domain/initiative';
import { COLUMN_FIELDS } from '../../../shared/spreadsheet/columns';
import type { ChangeRecorder } from '../../db/change-recorder';
import { createRepository } from '../../db/repository';

/** The hearing of 2010 ends on 1 March: the default deadline of every department's reply. */
export const HEARING_END = '2010-03-01';

/** One department's part of the hearing; the id is the department code, so two laptops never make two. */
export const HearingRoundSchema = z.object({
  department: z.string().min(1).max(80),
  sentAt: IsoDateSchema.nullable().default(null),
  deadline: IsoDateSchema.default(HEARING_END),
  returnedAt: IsoDateSchema.nullable().default(null),
  importedAt: IsoDateSchema.nullable().default(null),
});
export type HearingRound = z.infer<typeof HearingRoundSchema>;

/** The column mapping a department's sheets need, remembered per department (pairs: header texts are never keys). */
export const ColumnMappingSchema = z.object({
  department: z.string().min(1).max(80),
  pairs: z
    .array(z.object({ header: z.string().max(500), field: z.enum(COLUMN_FIELDS as [string, ...string[]]).nullable() }))
    .max(500),
});
export type ColumnMapping = z.infer<typeof ColumnMappingSchema>;

/** One applied import: which operations it wrote, so "Fortryd import" can write the old values back. */
export const ImportBatchSchema = z.object({
  department: z.string().min(1).max(80),
  fileName: z.string().max(300),
  attachmentId: z.string().max(80).nullable(),
  appliedAt: z.string().max(40),
  actor: z.string().max(200),
  operations: z.array(z.object({ hlc: z.string(), recordId: z.string(), field: z.string() })),
  createdIds: z.array(z.string()),
  undoneAt: z.string().max(40).nullable().default(null),
});
export type ImportBatch = z.infer<typeof ImportBatchSchema>;

export function hearingRepositories(recorder: ChangeRecorder) {
  return {
    rounds: createRepository('hearingRounds', HearingRoundSchema, recorder),
    mappings: createRepository('columnMappings', ColumnMappingSchema, recorder),
    batches: createRepository('importBatches', ImportBatchSchema, recorder),
  };
}

export const roundId = (department: string) => department;
export const mappingId = (department: string) => department;

/** Today as YYYY-MM-DD in the user's own time zone. */
export function today(now = new Date()): string {
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${m}-${d}`;
}

/** Create or update a department's round, keeping what other laptops wrote to other fields. */
export async function saveRound(
  recorder: ChangeRecorder,
  department: string,
  patch: Partial<HearingRound>,
  actor: string,
): Promise<void> {
  const { rounds } = hearingRepositories(recorder);
  const id = roundId(department);
  if (await rounds.get(id)) await rounds.update(id, patch, actor);
  else await rounds.create({ department, ...patch }, actor, id);
}
