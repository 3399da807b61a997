import { z } from 'zod';
import { isPackedStamp } from './hlc';

/**
 * One field-level change. It is both the history entry shown in the app and
 * the unit that the sync engine ships to the shared drive.
 */
export const FieldValueSchema: z.ZodType<FieldValue> = z.lazy(() =>
  z.union([
    z.null(),
    z.boolean(),
    z.number(),
    z.string(),
    z.array(FieldValueSchema),
    z.record(z.string(), FieldValueSchema),
  ]),
);
export type FieldValue = null | boolean | number | string | FieldValue[] | { [key: string]: FieldValue };

/** The field that marks a record deleted (tombstone) or alive; only an explicit delete sets it. */
export const DELETED_FIELD = '_deleted';

export const OperationSchema = z.object({
  /** HLC stamp; unique per operation and the merge order. */
  hlc: z.string().refine(isPackedStamp, 'Not an HLC stamp'),
  table: z.string().min(1).max(60),
  recordId: z.string().min(1).max(120),
  field: z.string().min(1).max(120),
  value: FieldValueSchema,
  /** The value this device saw before the change; for history only, never used to merge. */
  old: FieldValueSchema.optional(),
  /** Name of the person who made the change. */
  actor: z.string().max(200).default(''),
});
export type Operation = z.infer<typeof OperationSchema>;

/** Fields that no operation may name: they would reach object prototypes. */
const FORBIDDEN_FIELDS = new Set(['__proto__', 'constructor', 'prototype']);

export function isSafeFieldName(field: string): boolean {
  return !FORBIDDEN_FIELDS.has(field);
}

/** Does `a` win over `b` for the same field? Later stamp wins; stamps embed the device id, so ties cannot happen. */
export function wins(a: Pick<Operation, 'hlc'>, b: Pick<Operation, 'hlc'>): boolean {
  return a.hlc > b.hlc;
}
