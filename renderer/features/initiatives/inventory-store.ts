import Dexie, { type ObservabilitySet, RangeSet } from 'dexie';
import type { Initiative } from '../../../shared/domain/initiative';
import type { CsbDatabase } from '../../db/database';

/**
 * The whole inventory, kept in memory for the session. A live query would
 * read all 10,000 records again after every edit (about half a second in
 * IndexedDB); instead the store reads them once, in chunks so the first rows
 * show at once, and afterwards re-reads only the records that Dexie reports
 * as changed (by this window, another tab, or the sync engine).
 */
export interface InventorySnapshot {
  /** Records not deleted (archived ones included). */
  records: Initiative[];
  /** False while the first full read is still under way. */
  complete: boolean;
  /** Number of records in the table (known before they are all read). */
  expected: number;
}

const FIRST_CHUNK = 400;
const CHUNK = 2500;

class InventoryStore {
  private readonly byId = new Map<string, Initiative>();
  private snapshot: InventorySnapshot | undefined;
  private readonly listeners = new Set<() => void>();
  private started = false;
  private complete = false;
  private expected = 0;
  private pending: Set<string> | 'all' | null = null;
  private refreshing = false;

  constructor(private readonly db: CsbDatabase) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    this.start();
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): InventorySnapshot | undefined => this.snapshot;

  private publish(): void {
    this.snapshot = {
      records: [...this.byId.values()].filter((r) => !r._deleted),
      complete: this.complete,
      expected: Math.max(this.expected, this.byId.size),
    };
    for (const listener of this.listeners) listener();
  }

  private start(): void {
    if (this.started) return;
    this.started = true;
    Dexie.on('storagemutated', this.onMutated);
    void this.loadAll().catch((error: unknown) => console.error('Reading the inventory failed', error));
  }

  private async loadAll(): Promise<void> {
    this.expected = await this.db.initiatives.count();
    let last: string | undefined;
    let size = FIRST_CHUNK;
    for (;;) {
      const chunk = await (last === undefined
        ? this.db.initiatives.limit(size).toArray()
        : this.db.initiatives.where(':id').above(last).limit(size).toArray());
      for (const record of chunk) this.byId.set(record.id, record);
      last = chunk.at(-1)?.id;
      this.complete = chunk.length < size;
      // Show the first rows at once, then the whole inventory when it is in.
      if (size === FIRST_CHUNK || this.complete) this.publish();
      if (this.complete) break;
      size = CHUNK;
    }
    await this.refresh();
  }

  private onMutated = (parts: ObservabilitySet): void => {
    const tree = parts[`idb://${this.db.name}/initiatives/`];
    if (!tree) return;
    const keys = this.pending === 'all' ? null : (this.pending ?? new Set<string>());
    let all = keys === null;
    if (keys) {
      for (const range of RangeSet(tree)) {
        if (range.from !== range.to || typeof range.from !== 'string') {
          all = true;
          break;
        }
        keys.add(range.from);
      }
    }
    this.pending = all ? 'all' : keys;
    // Changes that arrive before the first read is done are picked up by it or right after it.
    if (this.complete) void this.refresh();
  };

  private async refresh(): Promise<void> {
    if (this.refreshing || this.pending === null) return;
    this.refreshing = true;
    try {
      while (this.pending !== null) {
        const pending = this.pending;
        this.pending = null;
        if (pending === 'all') {
          const all = await this.db.initiatives.toArray();
          this.byId.clear();
          for (const record of all) this.byId.set(record.id, record);
        } else {
          const ids = [...pending];
          const records = await this.db.initiatives.bulkGet(ids);
          ids.forEach((id, i) => {
            const record = records[i];
            if (record) this.byId.set(id, record);
            else this.byId.delete(id);
          });
        }
      }
      this.publish();
    } finally {
      this.refreshing = false;
    }
  }
}

const stores = new WeakMap<CsbDatabase, InventoryStore>();

export function inventoryStore(db: CsbDatabase): InventoryStore {
  let store = stores.get(db);
  if (!store) {
    store = new InventoryStore(db);
    stores.set(db, store);
  }
  return store;
}
