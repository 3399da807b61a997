import type { Table } from 'dexie';
import type { SyncedRecord } from '../../shared/sync/apply';
import { HybridClock, unpackStamp } from '../../shared/sync/hlc';
import type { FieldValue } from '../../shared/sync/operation';
import { recordChanges } from '../../shared/sync/record-changes';
import type { SyncedTable } from '../../shared/sync/tables';
import type { CsbDatabase, StoredOperation } from './database';

const CLOCK_KEY = 'clock';

/**
 * The one way local data changes: every field change becomes an operation
 * written in the same transaction as the record, so history and sync never
 * miss an edit and a crash never leaves one without the other.
 */
export class ChangeRecorder {
  private constructor(
    readonly db: CsbDatabase,
    readonly clock: HybridClock,
  ) {}

  static async open(db: CsbDatabase, deviceId: string, now: () => number = Date.now): Promise<ChangeRecorder> {
    const saved = await db.meta.get(CLOCK_KEY);
    const last = typeof saved?.value === 'string' ? saved.value : undefined;
    const clock = new HybridClock(deviceId, now, 0, last ? reissue(last, deviceId) : undefined);
    return new ChangeRecorder(db, clock);
  }

  get deviceId(): string {
    return this.clock.device;
  }

  /**
   * Write field values of one record; fields whose value is unchanged make no operation.
   * Returns the operations written (empty when nothing changed).
   */
  async write(
    table: SyncedTable,
    recordId: string,
    changes: Record<string, FieldValue>,
    actor: string,
  ): Promise<StoredOperation[]> {
    const records: Table<SyncedRecord, string> = this.db.synced(table);
    return this.db.transaction('rw', [records, this.db.ops, this.db.meta], async () => {
      const recorded = recordChanges(await records.get(recordId), { table, recordId }, changes, this.clock, actor);
      const record = recorded.record;
      const ops: StoredOperation[] = recorded.ops.map((op) => ({ ...op, shipped: 0, device: this.clock.device }));
      if (ops.length === 0 || !record) return [];
      await records.put(record);
      await this.db.ops.bulkAdd(ops);
      await this.db.meta.put({ key: CLOCK_KEY, value: this.clock.lastStamp() });
      return ops;
    });
  }

  /** History of one record, newest first. */
  async history(table: SyncedTable, recordId: string): Promise<StoredOperation[]> {
    const ops = await this.db.ops.where('[table+recordId]').equals([table, recordId]).toArray();
    return ops.sort((a, b) => (a.hlc < b.hlc ? 1 : -1));
  }
}

/** Keep the saved clock position but under this device's id (it may have been re-issued after a clone). */
function reissue(packed: string, deviceId: string): string {
  const stamp = unpackStamp(packed);
  return `${new Date(stamp.wall).toISOString()}-${stamp.counter.toString(16).padStart(4, '0')}-${deviceId}`;
}
