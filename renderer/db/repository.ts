import type { z } from 'zod';
import type { SyncedRecord } from '../../shared/sync/apply';
import { DELETED_FIELD, type FieldValue } from '../../shared/sync/operation';
import type { SyncedTable } from '../../shared/sync/tables';
import type { ChangeRecorder } from './change-recorder';

/** A field-level validation failure; `message` is a translation key in the "validation" namespace. */
export class ValidationError extends Error {
  constructor(readonly issues: { path: string; message: string }[]) {
    super(`Validation failed: ${issues.map((i) => `${i.path}: ${i.message}`).join(', ')}`);
    this.name = 'ValidationError';
  }
}

/**
 * The first refused message per top-level field of a ValidationError (a whole-record
 * issue under "form"), or null for any other error, which the caller reports instead.
 */
export function fieldErrorsOf(error: unknown): Record<string, string> | null {
  if (!(error instanceof ValidationError)) return null;
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[issue.path.split('.')[0] || 'form'] ??= issue.message;
  return errors;
}

/** Strip sync bookkeeping, leaving the editable fields. */
export function fieldsOf(record: SyncedRecord): Record<string, unknown> {
  const { id: _id, _stamps: _s, updatedAt: _u, [DELETED_FIELD]: _d, ...fields } = record;
  return fields;
}

/**
 * Repository for one synced table: validates with the feature's schema,
 * writes through the change recorder, and never touches Dexie from a component.
 */
export function createRepository<S extends z.ZodType<Record<string, unknown>>>(
  table: SyncedTable,
  schema: S,
  recorder: ChangeRecorder,
) {
  type Fields = z.output<S>;
  const records = () => recorder.db.synced(table);

  function validate(values: unknown): Fields {
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      throw new ValidationError(parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
    }
    return parsed.data;
  }

  return {
    table,
    async get(id: string): Promise<(Fields & SyncedRecord) | undefined> {
      const record = await records().get(id);
      return record && !record[DELETED_FIELD] ? (record as Fields & SyncedRecord) : undefined;
    },
    async list(): Promise<(Fields & SyncedRecord)[]> {
      const all = await records().toArray();
      return all.filter((r) => !r[DELETED_FIELD]) as (Fields & SyncedRecord)[];
    },
    async create(values: z.input<S>, actor: string, id: string = crypto.randomUUID()): Promise<string> {
      const fields = validate(values);
      await recorder.write(table, id, fields as Record<string, FieldValue>, actor);
      return id;
    },
    /** Change some fields; the whole record is validated, only changed fields are recorded. */
    async update(id: string, patch: Partial<z.input<S>>, actor: string): Promise<number> {
      const current = await records().get(id);
      if (!current) throw new Error(`No ${table} record ${id}`);
      const fields = validate({ ...fieldsOf(current), ...patch }) as Record<string, FieldValue>;
      const changes = Object.fromEntries(Object.keys(patch).map((k) => [k, fields[k] ?? null]));
      return (await recorder.write(table, id, changes, actor)).length;
    },
    /** Tombstone: the record disappears everywhere, and can be brought back with `undelete`. */
    async remove(id: string, actor: string): Promise<void> {
      await recorder.write(table, id, { [DELETED_FIELD]: true }, actor);
    },
    async undelete(id: string, actor: string): Promise<void> {
      await recorder.write(table, id, { [DELETED_FIELD]: false }, actor);
    },
    history: (id: string) => recorder.history(table, id),
  };
}

export type Repository<S extends z.ZodType<Record<string, unknown>>> = ReturnType<typeof createRepository<S>>;
