import { applyOperation, type SyncedRecord, sameValue } from './apply';
import type { HybridClock } from './hlc';
import type { FieldValue, Operation } from './operation';

/**
 * A local edit of one record as operations, one per changed field (an unchanged
 * value makes none), each stamped by `clock` and remembering the value it replaced;
 * plus the record with them applied (undefined when there was none and nothing changed).
 * Pure apart from ticking the clock, so the app's recorder and the in-memory store share it.
 */
export function recordChanges<R extends SyncedRecord>(
  current: R | undefined,
  where: { table: string; recordId: string },
  changes: Record<string, FieldValue>,
  clock: HybridClock,
  actor: string,
): { ops: Operation[]; record: R | undefined } {
  let record = current;
  const ops: Operation[] = [];
  for (const [field, value] of Object.entries(changes)) {
    if (current && field in current && sameValue(current[field], value)) continue;
    const op: Operation = {
      hlc: clock.tick(),
      table: where.table,
      recordId: where.recordId,
      field,
      value,
      old: (current?.[field] as FieldValue | undefined) ?? null,
      actor,
    };
    record = applyOperation(record, op).record;
    ops.push(op);
  }
  return { ops, record };
}
