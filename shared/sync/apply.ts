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
  if (stamp !== undefined && !wins(op, { hlc: stamp })) {
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
