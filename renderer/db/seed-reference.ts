import { DEFAULT_REFERENCE_ITEMS } from '../../shared/domain/reference-lists';
import { applyOperation, type SyncedRecord } from '../../shared/sync/apply';
import { packStamp } from '../../shared/sync/hlc';
import type { FieldValue } from '../../shared/sync/operation';
import type { CsbDatabase, StoredOperation } from './database';

/** The device id of the built-in defaults; a real edit anywhere always wins over them. */
export const SEED_DEVICE = 'seed';

/**
 * Put the default reference lists in an empty database. Every laptop writes
 * the very same operations (same stamps at the epoch), so syncing them is a
 * no-op and any user's later edit wins.
 */
export async function seedReferenceItems(db: CsbDatabase): Promise<boolean> {
  return db.transaction('rw', [db.referenceItems, db.ops], async () => {
    if ((await db.referenceItems.count()) > 0) return false;
    const ops: StoredOperation[] = [];
    const records: SyncedRecord[] = [];
    let counter = 0;
    for (const item of DEFAULT_REFERENCE_ITEMS) {
      let record: SyncedRecord | undefined;
      for (const [field, value] of Object.entries(item)) {
        if (field === 'id') continue;
        const op: StoredOperation = {
          hlc: packStamp({ wall: 0, counter: counter++, device: SEED_DEVICE }),
          table: 'referenceItems',
          recordId: item.id,
          field,
          value: value as FieldValue,
          actor: '',
          shipped: 1,
          device: SEED_DEVICE,
        };
        record = applyOperation(record, op).record;
        ops.push(op);
      }
      if (record) records.push(record);
    }
    await db.referenceItems.bulkPut(records as never);
    await db.ops.bulkPut(ops);
    return true;
  });
}
