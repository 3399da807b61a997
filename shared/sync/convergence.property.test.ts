import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { folderTransport, SYNC_DIR } from '../../electron/share/folder-transport';
import { syncOnce } from './engine';
import { MemoryStore } from './memory-store';
import type { FieldValue, Operation } from './operation';
import { type ShareTransport, ShareUnavailableError } from './transport';

/**
 * Several laptops, each with its own store and clock, edit, delete and
 * restore at random and sync through one real folder in random order, while
 * the share misbehaves. After everyone syncs at the end, all hold the same
 * data and every edit made anywhere is there, decided by last writer.
 * SYNC_PROPERTY_RUNS=5000 for a longer run.
 */
const RUNS = Number(process.env.SYNC_PROPERTY_RUNS ?? 500);
const DAY = 24 * 3600_000;

type Action =
  | { kind: 'edit'; device: number; table: string; record: string; field: string; value: FieldValue }
  | { kind: 'delete' | 'restore'; device: number; table: string; record: string }
  | { kind: 'sync'; device: number; failAfter: number | null; ackLost: boolean }
  | { kind: 'cut-short' | 'hide' | 'duplicate'; pick: number };

const device = fc.integer({ min: 0, max: 3 });
const table = fc.constantFrom('initiatives', 'staff');
const record = fc.constantFrom('r1', 'r2', 'r3');
const action: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      device,
      table,
      record,
      field: fc.constantFrom('title', 'budget', 'status'),
      value: fc.oneof(fc.integer({ min: 0, max: 9 }), fc.constantFrom('a', 'b', 'æøå'), fc.constant(null)),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constantFrom('delete' as const, 'restore' as const), device, table, record }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('sync' as const),
      device,
      failAfter: fc.option(fc.integer({ min: 0, max: 6 })),
      ackLost: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constantFrom('cut-short' as const, 'hide' as const, 'duplicate' as const),
      pick: fc.nat(),
    }),
  },
);

/**
 * A share that drops out after a number of file operations (a laptop closed
 * or leaving the network mid-sync). With `ackLost` the write that meets the
 * drop lands on the share, but its confirmation never reaches the laptop.
 */
function dropping(inner: ShareTransport, failAfter: number | null, ackLost = false): ShareTransport {
  let left = failAfter ?? Number.POSITIVE_INFINITY;
  const gate = () => {
    if (left-- <= 0) throw new ShareUnavailableError('share dropped');
  };
  return {
    async list(folder) {
      gate();
      return inner.list(folder);
    },
    async read(folder, name) {
      gate();
      return inner.read(folder, name);
    },
    async writeOnce(folder, name, bytes) {
      if (ackLost && left <= 0) {
        await inner.writeOnce(folder, name, bytes);
        left = -1;
        throw new ShareUnavailableError('share dropped before the write was confirmed');
      }
      gate();
      return inner.writeOnce(folder, name, bytes);
    },
  };
}

async function run(devices: number, skews: number[], actions: Action[], snapshotEvery: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'csb-prop-'));
  const log = join(dir, SYNC_DIR, 'log');
  const aside = join(dir, 'aside');
  mkdirSync(aside);
  const share = folderTransport(dir);
  const nowOf = (i: number) => () => Date.now() + (skews[i] ?? 0);
  const stores = Array.from({ length: devices }, (_, i) => new MemoryStore(`dev_${i}`, nowOf(i)));
  const damaged = new Map<string, Buffer>();
  const identity = { user: 'u', department: 'BUF', app: 'test' };
  const sync = (i: number, transport: ShareTransport) =>
    syncOnce({
      store: stores[i] as MemoryStore,
      transport,
      identity,
      now: nowOf(i),
      snapshotEvery,
      maxOpsPerSegment: 7,
    });
  const segmentFiles = () => (existsSync(log) ? readdirSync(log).filter((n) => n.endsWith('.seg')) : []);

  for (const a of actions) {
    if ('device' in a && a.device >= devices) continue;
    const store = 'device' in a ? (stores[a.device] as MemoryStore) : undefined;
    switch (a.kind) {
      case 'edit':
        store?.write(a.table, a.record, { [a.field]: a.value });
        break;
      case 'delete':
      case 'restore':
        store?.write(a.table, a.record, { _deleted: a.kind === 'delete' });
        break;
      case 'sync':
        await sync(a.device, dropping(share, a.failAfter, a.ackLost));
        break;
      default: {
        const files = segmentFiles().filter((n) => !damaged.has(n));
        const name = files[a.pick % Math.max(1, files.length)];
        if (!name) break;
        const path = join(log, name);
        if (a.kind === 'duplicate') copyFileSync(path, join(log, name.replace(/\.seg$/, ' (1).seg')));
        else {
          damaged.set(name, readFileSync(path));
          if (a.kind === 'hide') renameSync(path, join(aside, name));
          else writeFileSync(path, readFileSync(path).subarray(0, Math.floor(readFileSync(path).length / 2)));
        }
      }
    }
  }

  // The sync client catches up: every file is whole again. Then everyone syncs, twice round.
  for (const [name, bytes] of damaged) writeFileSync(join(log, name), bytes);
  const late = new MemoryStore('dev_late');
  for (let round = 0; round < 2; round++) {
    for (let i = 0; i < devices; i++) {
      const report = await sync(i, share);
      expect(report.outcome).toBe('synced');
    }
  }
  await syncOnce({ store: late, transport: share, identity, snapshotEvery: 0 });
  const everyone = [...stores, late];

  const reference = stores[0] as MemoryStore;
  for (const store of everyone) {
    expect(store.dump()).toEqual(reference.dump());
    expect(await store.countUnshipped()).toBe(0);
  }
  // No edit lost: each field everywhere shows the newest operation any laptop ever held
  // (a laptop that started from a snapshot lacks only operations that had already lost).
  const all = new Map<string, Operation>();
  for (const store of stores) for (const [hlc, kept] of store.ops) all.set(hlc, kept.op);
  const newest = new Map<string, Operation>();
  for (const op of all.values()) {
    const key = `${op.table}/${op.recordId}/${op.field}`;
    if ((newest.get(key)?.hlc ?? '') < op.hlc) newest.set(key, op);
  }
  for (const store of everyone) {
    for (const [key, op] of newest) {
      expect(store.get(op.table, op.recordId)?.[op.field], key).toEqual(op.value);
    }
  }
}

describe('convergence through a real folder with faults', () => {
  it(`all laptops end with the same data and no lost edit (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 4 }),
        fc.array(fc.constantFrom(0, 0, 5 * 60_000, -2 * DAY, 3 * DAY), { minLength: 4, maxLength: 4 }),
        fc.array(action, { minLength: 1, maxLength: 40 }),
        fc.constantFrom(0, 2, 4),
        async (devices, skews, actions, snapshotEvery) => run(devices, skews, actions, snapshotEvery),
      ),
      { numRuns: RUNS },
    );
  }, 300_000);
});
