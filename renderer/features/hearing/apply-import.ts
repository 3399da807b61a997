import { INITIATIVE_FIELDS, type InitiativeField, InitiativeFieldsSchema } from '../../../shared/domain/initiative';
import type { ImportPlan } from '../../../shared/spreadsheet/plan-import';
import { storeAttachment } from '../../db/attachments';
import type { ChangeRecorder } from '../../db/change-recorder';
import { createRepository } from '../../db/repository';
import { type ColumnMapping, hearingRepositories, mappingId, roundId, saveRound, today } from './hearing-records';

/** What the user kept in the review: new rows by sheet row, changed fields by initiative id. */
export interface ImportDecisions {
  created: ReadonlySet<number>;
  changed: ReadonlyMap<string, ReadonlySet<InitiativeField>>;
}

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Apply the accepted part of an import plan as one step: every initiative
 * change, the batch record that lists their stamps, and the hearing round,
 * in one transaction. The received file is kept as an attachment first
 * (hashing cannot run inside an IndexedDB transaction).
 */
export async function applyImport(
  recorder: ChangeRecorder,
  input: {
    department: string;
    plan: ImportPlan;
    decisions: ImportDecisions;
    file: ImportFile;
    /** The sheet's columns as the user left them; remembered for the department's next reply. */
    mapping?: ColumnMapping['pairs'];
  },
  actor: string,
): Promise<{ batchId: string; operations: number }> {
  const { db } = recorder;
  const attachmentId = await storeAttachment(
    recorder,
    {
      name: input.file.name,
      bytes: input.file.bytes,
      mimeType: /\.csv$/i.test(input.file.name) ? 'text/csv' : XLSX_MIME,
      purpose: 'hearing-reply',
      linkedTable: 'hearingRounds',
      linkedId: roundId(input.department),
    },
    actor,
  );
  const initiatives = createRepository('initiatives', InitiativeFieldsSchema, recorder);
  const batchId = crypto.randomUUID();
  const operations: { hlc: string; recordId: string; field: string }[] = [];
  const createdIds: string[] = [];
  const tables = [db.initiatives, db.ops, db.meta, db.importBatches, db.hearingRounds, db.columnMappings];
  await db.transaction('rw', tables, async () => {
    for (const change of input.plan.changed) {
      const accepted = input.decisions.changed.get(change.id);
      if (!accepted || accepted.size === 0) continue;
      const patch = Object.fromEntries(change.fields.filter((f) => accepted.has(f.field)).map((f) => [f.field, f.new]));
      const before = await initiatives.get(change.id);
      await initiatives.update(change.id, patch, actor);
      const after = await initiatives.get(change.id);
      for (const field of Object.keys(patch)) {
        const stamp = after?._stamps[field];
        if (stamp && stamp !== before?._stamps[field]) operations.push({ hlc: stamp, recordId: change.id, field });
      }
    }
    for (const created of input.plan.created) {
      if (!input.decisions.created.has(created.sourceRow)) continue;
      const id = await initiatives.create(created.fields, actor);
      createdIds.push(id);
      const record = await initiatives.get(id);
      for (const [field, hlc] of Object.entries(record?._stamps ?? {})) operations.push({ hlc, recordId: id, field });
    }
    await hearingRepositories(recorder).batches.create(
      {
        department: input.department,
        fileName: input.file.name,
        attachmentId,
        appliedAt: new Date().toISOString(),
        actor,
        operations,
        createdIds,
      },
      actor,
      batchId,
    );
    if (input.mapping) await saveMapping(recorder, input.department, input.mapping, actor);
    const round = await hearingRepositories(recorder).rounds.get(roundId(input.department));
    await saveRound(
      recorder,
      input.department,
      { returnedAt: round?.returnedAt ?? today(), importedAt: today() },
      actor,
    );
  });
  return { batchId, operations: operations.length };
}

/**
 * Undo a whole import by writing the old values back as new operations (so
 * the undo syncs too). A field someone changed after the import keeps that
 * later value; it is counted in `kept`.
 */
export async function undoImport(
  recorder: ChangeRecorder,
  batchId: string,
  actor: string,
): Promise<{ reverted: number; kept: number }> {
  const { db } = recorder;
  const { batches } = hearingRepositories(recorder);
  const initiatives = createRepository('initiatives', InitiativeFieldsSchema, recorder);
  let reverted = 0;
  let kept = 0;
  await db.transaction('rw', [db.initiatives, db.ops, db.meta, db.importBatches], async () => {
    const batch = await batches.get(batchId);
    if (!batch || batch.undoneAt) return;
    const created = new Set(batch.createdIds);
    for (const id of created) {
      await initiatives.remove(id, actor);
      reverted++;
    }
    const restore = new Map<string, Record<string, unknown>>();
    for (const op of batch.operations) {
      if (created.has(op.recordId)) continue;
      // A batch arrives by sync like any record: only ever write back inventory fields.
      if (!(INITIATIVE_FIELDS as readonly string[]).includes(op.field)) {
        kept++;
        continue;
      }
      const record = await initiatives.get(op.recordId);
      const stored = await db.ops.get(op.hlc);
      // Without the value it replaced (an operation from a peer may lack it) there is nothing safe to restore.
      if (!record || !stored || stored.old === undefined || record._stamps[op.field] !== op.hlc) {
        kept++;
        continue;
      }
      const patch = restore.get(op.recordId) ?? {};
      patch[op.field] = stored.old;
      restore.set(op.recordId, patch);
    }
    for (const [id, patch] of restore) reverted += await initiatives.update(id, patch, actor);
    await batches.update(batchId, { undoneAt: new Date().toISOString() }, actor);
  });
  return { reverted, kept };
}

async function saveMapping(
  recorder: ChangeRecorder,
  department: string,
  pairs: ColumnMapping['pairs'],
  actor: string,
): Promise<void> {
  const { mappings } = hearingRepositories(recorder);
  const id = mappingId(department);
  if (await mappings.get(id)) await mappings.update(id, { pairs }, actor);
  else await mappings.create({ department, pairs }, actor, id);
}
