import { DELETED_FIELD, type FieldValue, isSafeFieldName, type Operation, wins } from './operation';

/** Any synced record: an id, the winning stamp per field, and its fields. */
export interface SyncedRecord {
  id: string;
  /** HLC stamp of the operation that set each field; decides the next merge. */
  _stamps: Record<string, string>;
  /** Stamp of the newest operation applied to the record. */
  updatedAt: string;
  [DELETED_FIELD]?: boolean;
  [field: string]: unknown;
}

export interface ApplyResult<R extends SyncedRecord> {
  record: R;
  /** False when the operation lost to a newer one already applied (or was the same one again). */
  applied: boolean;
  /** The value that lost a concurrent edit, kept so the user can see and restore it. */
  loser?: { field: string; value: FieldValue | undefined; hlc: string | undefined };
}

/**
 * Apply one field operation to a record by last-writer-wins on the field's stamp.
 * Idempotent and order-independent: the result depends only on the set of operations.
 */
export function applyOperation<R extends SyncedRecord>(current: R | undefined, op: Operation): ApplyResult<R> {
  if (!isSafeFieldName(op.field) || op.field === '_stamps' || op.field === 'id' || op.field === 'updatedAt') {
    throw new Error(`Operation names a reserved field: ${op.field}`);
  }
  const base = (current ?? { id: op.recordId, _stamps: {}, updatedAt: op.hlc }) as R;
  const stamp = base._stamps[op.field];
  if (stamp !== undefined && stamp === op.hlc && !sameValue(base[op.field], op.value)) {
    // Two devices under one id (a cloned laptop) issued the same stamp: the larger value wins everywhere alike.
    if (JSON.stringify(op.value) <= JSON.stringify(base[op.field] ?? null)) {
      return { record: base, applied: false, loser: { field: op.field, value: op.value, hlc: op.hlc } };
    }
  } else if (stamp !== undefined && !wins(op, { hlc: stamp })) {
    const sameOp = stamp === op.hlc;
    return {
      record: base,
      applied: false,
      ...(sameOp ? {} : { loser: { field: op.field, value: op.value, hlc: op.hlc } }),
    };
  }
  const next = {
    ...base,
    [op.field]: op.value,
    _stamps: { ...base._stamps, [op.field]: op.hlc },
    updatedAt: base.updatedAt > op.hlc && current ? base.updatedAt : op.hlc,
  } as R;
  const hadValue = stamp !== undefined;
  return {
    record: next,
    applied: true,
    ...(hadValue ? { loser: { field: op.field, value: base[op.field] as FieldValue, hlc: stamp } } : {}),
  };
}

/** Structural equality for field values (JSON-like data only). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null) return (a ?? null) === (b ?? null);
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  return (
    ka.length === kb.length &&
    ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/** Two edits of one field that neither writer had seen: the user may want the losing value back. */
export interface ConflictFound {
  table: string;
  recordId: string;
  field: string;
  keptValue: FieldValue | undefined;
  keptHlc: string;
  lostValue: FieldValue | undefined;
  lostHlc: string;
}

/**
 * Apply an operation received from the share and tell whether it was a
 * concurrent edit. `seenBy(hlc)` gives the `old` value of an operation known
 * locally (what its writer had seen), or undefined when unknown. Edits are
 * concurrent when the winner's writer had not seen the loser's value; an
 * operation without `old` (from a snapshot) never makes a conflict.
 */
export function mergeOperation<R extends SyncedRecord>(
  current: R | undefined,
  op: Operation,
  seenBy: (hlc: string) => FieldValue | undefined,
): ApplyResult<R> & { conflict?: ConflictFound } {
  const result = applyOperation(current, op);
  const loser = result.loser;
  if (!loser || loser.hlc === undefined) return result;
  const where = { table: op.table, recordId: op.recordId, field: op.field };
  if (result.applied) {
    if (op.old === undefined || sameValue(op.old, loser.value) || sameValue(op.value, loser.value)) return result;
    const conflict = { ...where, keptValue: op.value, keptHlc: op.hlc, lostValue: loser.value, lostHlc: loser.hlc };
    return { ...result, conflict };
  }
  const keptHlc = result.record._stamps[op.field] as string;
  const keptValue = result.record[op.field] as FieldValue | undefined;
  const winnerSaw = seenBy(keptHlc);
  if (winnerSaw === undefined || sameValue(winnerSaw, op.value) || sameValue(keptValue, op.value)) return result;
  return { ...result, conflict: { ...where, keptValue, keptHlc, lostValue: op.value, lostHlc: op.hlc } };
}
