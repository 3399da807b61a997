import type { Table } from 'dexie';
import { type ConflictFound, mergeOperation, type SyncedRecord } from '../../shared/sync/apply';
import type { HybridClock } from '../../shared/sync/hlc';
import { unpackStamp } from '../../shared/sync/hlc';
import type { LocalStore, SyncState } from '../../shared/sync/local-store';
import { winningOps } from '../../shared/sync/memory-store';
import type { FieldValue, Operation } from '../../shared/sync/operation';
import { isSyncedTable, SYNCED_TABLES, type SyncedTable } from '../../shared/sync/tables';
import type { ChangeRecorder } from './change-recorder';
import type { CsbDatabase, StoredOperation } from './database';

const STATE_KEY = 'syncState';

function toOperation({ shipped: _s, device: _d, ...op }: StoredOperation): Operation {
  return op;
}

function stored(op: Operation, shipped: 0 | 1): StoredOperation {
  return { ...op, shipped, device: unpackStamp(op.hlc).device };
}

/**
 * The sync engine's view of the local Dexie database. Remote operations are
 * merged in one transaction per batch, with their history and any conflict,
 * so an interrupted sync leaves either all of a segment or none of it.
 */
export class DexieSyncStore implements LocalStore {
  readonly clock: HybridClock;

  constructor(
    readonly db: CsbDatabase,
    recorder: ChangeRecorder,
  ) {
    this.clock = recorder.clock;
  }

  async loadState(): Promise<SyncState | undefined> {
    const saved = await this.db.meta.get(STATE_KEY);
    return (saved?.value as SyncState | undefined) ?? undefined;
  }

  async saveState(state: SyncState): Promise<void> {
    await this.db.meta.put({ key: STATE_KEY, value: state });
  }

  async unshippedOps(limit: number): Promise<Operation[]> {
    const ops = await this.db.ops.where('shipped').equals(0).toArray();
    return ops
      .sort((a, b) => (a.hlc < b.hlc ? -1 : 1))
      .slice(0, limit)
      .map(toOperation);
  }

  countUnshipped(): Promise<number> {
    return this.db.ops.where('shipped').equals(0).count();
  }

  async markShipped(hlcs: readonly string[]): Promise<void> {
    await this.db.ops
      .where('hlc')
      .anyOf([...hlcs])
      .modify({ shipped: 1 });
  }

  async requeue(first: string, last: string): Promise<number> {
    return this.db.ops
      .where('hlc')
      .between(first, last, true, true)
      .and((op) => op.device !== 'seed')
      .modify({ shipped: 0 });
  }

  async restamp(mapping: ReadonlyMap<string, string>): Promise<void> {
    await this.db.transaction('rw', [this.db.ops, ...SYNCED_TABLES.map((t) => this.db.synced(t))], async () => {
      const touched = new Map<string, { table: SyncedTable; recordId: string }>();
      for (const [from, to] of mapping) {
        const op = await this.db.ops.get(from);
        if (!op) continue;
        await this.db.ops.delete(from);
        await this.db.ops.put({ ...op, hlc: to });
        if (isSyncedTable(op.table))
          touched.set(`${op.table}\u0000${op.recordId}`, { table: op.table, recordId: op.recordId });
      }
      // A re-stamped value may now lose to an operation already here: decide those records' fields again.
      for (const { table, recordId } of touched.values()) {
        const history = await this.db.ops.where('[table+recordId]').equals([table, recordId]).toArray();
        const records = this.db.synced(table);
        const record = await records.get(recordId);
        if (!record) continue;
        const next: SyncedRecord = { ...record, _stamps: { ...record._stamps } };
        for (const op of history.sort((a, b) => (a.hlc < b.hlc ? -1 : 1))) {
          next[op.field] = op.value;
          next._stamps[op.field] = op.hlc;
        }
        await records.put(next);
      }
    });
  }

  async applyRemote(ops: readonly Operation[], options: { detectConflicts: boolean }) {
    const byTable = new Map<SyncedTable, Operation[]>();
    for (const op of ops) {
      if (!isSyncedTable(op.table)) continue; // A table of a newer app: kept in history only.
      const list = byTable.get(op.table) ?? [];
      list.push(op);
      byTable.set(op.table, list);
    }
    const tables = [...byTable.keys()].map((t) => this.db.synced(t));
    return this.db.transaction('rw', [this.db.ops, this.db.conflicts, ...tables], async () => {
      const known = new Map<string, FieldValue | undefined>();
      const existing = await this.db.ops.bulkGet(ops.map((o) => o.hlc));
      for (const op of existing) if (op) known.set(op.hlc, op.old);
      const fresh = ops.filter((_, i) => existing[i] === undefined);
      let applied = 0;
      const conflicts: ConflictFound[] = [];
      for (const [table, list] of byTable) {
        const records: Table<SyncedRecord, string> = this.db.synced(table);
        const ids = [...new Set(list.map((o) => o.recordId))];
        const current = new Map<string, SyncedRecord>();
        const found = await records.bulkGet(ids);
        found.forEach((r, i) => {
          if (r) current.set(ids[i] as string, r);
        });
        if (options.detectConflicts) {
          // What the writers of the current values had seen, to tell concurrent edits from sequential ones.
          const stamps = [...current.values()].flatMap((r) => Object.values(r._stamps)).filter((h) => !known.has(h));
          for (const op of await this.db.ops.bulkGet(stamps)) if (op) known.set(op.hlc, op.old);
        }
        const changed = new Set<string>();
        for (const op of list) {
          let result: ReturnType<typeof mergeOperation<SyncedRecord>>;
          try {
            result = mergeOperation(current.get(op.recordId), op, (hlc) =>
              options.detectConflicts ? known.get(hlc) : undefined,
            );
          } catch {
            continue; // An operation naming a reserved field is never applied.
          }
          if (!known.has(op.hlc)) known.set(op.hlc, op.old);
          if (result.applied) {
            current.set(op.recordId, result.record);
            changed.add(op.recordId);
            applied++;
          }
          if (options.detectConflicts && result.conflict) conflicts.push(result.conflict);
        }
        await records.bulkPut([...changed].map((id) => current.get(id) as SyncedRecord));
      }
      await this.db.ops.bulkPut(fresh.map((op) => stored(op, 1)));
      if (conflicts.length > 0) {
        await this.db.conflicts.bulkAdd(
          conflicts.map((c) => ({ ...c, table: c.table as SyncedTable, resolved: 0 as const })),
        );
      }
      return { applied, conflicts };
    });
  }

  async exportWinningOps(): Promise<Operation[]> {
    const out: Operation[] = [];
    for (const table of SYNCED_TABLES) {
      for (const record of await this.db.synced(table).toArray()) out.push(...winningOps(table, record));
    }
    return out;
  }

  async attachmentHashes(): Promise<string[]> {
    const rows = await this.db.attachments.toArray();
    return [...new Set(rows.map((r) => r.hash).filter((h): h is string => typeof h === 'string'))];
  }

  async hasBlob(hash: string): Promise<boolean> {
    return (await this.db.attachmentBlobs.where('hash').equals(hash).count()) > 0;
  }

  async readBlob(hash: string): Promise<Uint8Array | undefined> {
    return (await this.db.attachmentBlobs.get(hash))?.bytes;
  }

  async putBlob(hash: string, bytes: Uint8Array): Promise<void> {
    await this.db.attachmentBlobs.put({ hash, bytes });
  }
}
