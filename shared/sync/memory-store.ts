import { type ConflictFound, mergeOperation, type SyncedRecord } from './apply';
import { HybridClock, unpackStamp } from './hlc';
import type { LocalStore, SyncState } from './local-store';
import type { FieldValue, Operation } from './operation';
import { recordChanges } from './record-changes';

interface KeptOperation {
  op: Operation;
  shipped: boolean;
}

/**
 * A LocalStore in memory: what the CLI runs on, and each simulated laptop of
 * the property test and the benchmark. Local edits go through `write`, the
 * same way the app's ChangeRecorder records them.
 */
export class MemoryStore implements LocalStore {
  readonly clock: HybridClock;
  readonly records = new Map<string, Map<string, SyncedRecord>>();
  readonly ops = new Map<string, KeptOperation>();
  readonly conflicts: ConflictFound[] = [];
  readonly blobs = new Map<string, Uint8Array>();
  /** Stamps of the operations not yet shipped, so counting them does not walk the whole history. */
  private readonly queue = new Set<string>();
  private state: SyncState | undefined;

  constructor(device: string, now: () => number = Date.now) {
    this.clock = new HybridClock(device, now);
  }

  /** Record a local change of some fields; unchanged fields make no operation. */
  write(table: string, recordId: string, changes: Record<string, FieldValue>, actor = ''): Operation[] {
    const { ops, record } = recordChanges(
      this.table(table).get(recordId),
      { table, recordId },
      changes,
      this.clock,
      actor,
    );
    for (const op of ops) {
      this.ops.set(op.hlc, { op, shipped: false });
      this.queue.add(op.hlc);
    }
    if (record) this.table(table).set(recordId, record);
    return ops;
  }

  get(table: string, recordId: string): SyncedRecord | undefined {
    return this.table(table).get(recordId);
  }

  table(name: string): Map<string, SyncedRecord> {
    let table = this.records.get(name);
    if (!table) {
      table = new Map();
      this.records.set(name, table);
    }
    return table;
  }

  async loadState(): Promise<SyncState | undefined> {
    return this.state && structuredClone(this.state);
  }

  async saveState(state: SyncState): Promise<void> {
    this.state = structuredClone(state);
  }

  async unshippedOps(limit: number): Promise<Operation[]> {
    return [...this.queue]
      .sort()
      .slice(0, limit)
      .map((hlc) => (this.ops.get(hlc) as KeptOperation).op);
  }

  async countUnshipped(): Promise<number> {
    return this.queue.size;
  }

  async markShipped(hlcs: readonly string[]): Promise<void> {
    for (const hlc of hlcs) {
      const kept = this.ops.get(hlc);
      if (kept) kept.shipped = true;
      this.queue.delete(hlc);
    }
  }

  async requeue(first: string, last: string): Promise<number> {
    let n = 0;
    for (const kept of this.ops.values()) {
      if (kept.op.hlc >= first && kept.op.hlc <= last && unpackStamp(kept.op.hlc).device !== 'seed') {
        kept.shipped = false;
        this.queue.add(kept.op.hlc);
        n++;
      }
    }
    return n;
  }

  async restamp(mapping: ReadonlyMap<string, string>): Promise<void> {
    for (const [from, to] of mapping) {
      const kept = this.ops.get(from);
      if (!kept) continue;
      this.ops.delete(from);
      this.ops.set(to, { op: { ...kept.op, hlc: to }, shipped: kept.shipped });
      if (this.queue.delete(from)) this.queue.add(to);
    }
    // The re-stamped value may now lose to an operation already here: decide each touched field again.
    const touched = new Set(
      [...mapping.values()]
        .map((hlc) => this.ops.get(hlc)?.op)
        .filter((op) => op !== undefined)
        .map(fieldKey),
    );
    const best = new Map<string, Operation>();
    for (const { op } of this.ops.values()) {
      const key = fieldKey(op);
      if (touched.has(key) && (best.get(key)?.hlc ?? '') < op.hlc) best.set(key, op);
    }
    for (const op of best.values()) {
      const record = this.table(op.table).get(op.recordId);
      if (record) {
        this.table(op.table).set(op.recordId, {
          ...record,
          [op.field]: op.value,
          _stamps: { ...record._stamps, [op.field]: op.hlc },
        });
      }
    }
  }

  async applyRemote(ops: readonly Operation[], options: { detectConflicts: boolean }) {
    let applied = 0;
    const conflicts: ConflictFound[] = [];
    const seenBy = (hlc: string) => (options.detectConflicts ? this.ops.get(hlc)?.op.old : undefined);
    for (const op of ops) {
      const table = this.table(op.table);
      let result: ReturnType<typeof mergeOperation>;
      try {
        result = mergeOperation(table.get(op.recordId), op, seenBy);
      } catch {
        continue; // An operation naming a reserved field is never applied.
      }
      if (result.applied) {
        table.set(op.recordId, result.record);
        applied++;
      }
      if (options.detectConflicts && result.conflict) conflicts.push(result.conflict);
      if (!this.ops.has(op.hlc)) this.ops.set(op.hlc, { op, shipped: true });
    }
    this.conflicts.push(...conflicts);
    return { applied, conflicts };
  }

  async exportWinningOps(): Promise<Operation[]> {
    const out: Operation[] = [];
    for (const [table, records] of this.records) {
      for (const record of records.values()) out.push(...winningOps(table, record));
    }
    return out;
  }

  async attachmentHashes(): Promise<string[]> {
    const hashes = new Set<string>();
    for (const record of this.table('attachments').values()) {
      if (typeof record.hash === 'string') hashes.add(record.hash);
    }
    return [...hashes];
  }

  async hasBlob(hash: string): Promise<boolean> {
    return this.blobs.has(hash);
  }

  async readBlob(hash: string): Promise<Uint8Array | undefined> {
    return this.blobs.get(hash);
  }

  async putBlob(hash: string, bytes: Uint8Array): Promise<void> {
    this.blobs.set(hash, bytes);
  }

  /** Records of a table without the sync bookkeeping, deleted ones included, sorted by id (for comparisons). */
  dump(): Record<string, Record<string, Record<string, unknown>>> {
    const out: Record<string, Record<string, Record<string, unknown>>> = {};
    for (const [table, records] of [...this.records].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const rows: Record<string, Record<string, unknown>> = {};
      for (const id of [...records.keys()].sort()) {
        const { _stamps: _s, updatedAt: _u, ...fields } = records.get(id) as SyncedRecord;
        rows[id] = fields;
      }
      out[table] = rows;
    }
    return out;
  }
}

/** One operation per field of a record, carrying the field's winning stamp and value. */
export function winningOps(table: string, record: SyncedRecord): Operation[] {
  return Object.entries(record._stamps).map(([field, hlc]) => ({
    hlc,
    table,
    recordId: record.id,
    field,
    value: (record[field] as FieldValue | undefined) ?? null,
    actor: '',
  }));
}

function fieldKey(op: Pick<Operation, 'table' | 'recordId' | 'field'>): string {
  return JSON.stringify([op.table, op.recordId, op.field]);
}
