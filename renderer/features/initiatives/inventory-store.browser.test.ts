import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { exampleInitiatives } from '../../../shared/domain/example-data';
import { ChangeRecorder } from '../../db/change-recorder';
import { CsbDatabase } from '../../db/database';
import { seedReferenceItems } from '../../db/seed-reference';
import { initiativesRepository, loadExampleData } from './initiatives-repository';
import { type InventorySnapshot, inventoryStore } from './inventory-store';

const opened: CsbDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

async function openDb() {
  const db = new CsbDatabase(`csb-inventory-${crypto.randomUUID()}`);
  opened.push(db);
  await db.open();
  await seedReferenceItems(db);
  return { db, recorder: await ChangeRecorder.open(db, 'dev_test') };
}

/** Wait until the store publishes a snapshot that passes the check. */
function snapshotWhere(db: CsbDatabase, check: (s: InventorySnapshot) => boolean): Promise<InventorySnapshot> {
  const store = inventoryStore(db);
  return new Promise((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error('no such snapshot')), 10_000);
    const test = () => {
      const snapshot = store.getSnapshot();
      if (snapshot && check(snapshot)) {
        clearTimeout(timeout);
        unsubscribe();
        resolve(snapshot);
      }
    };
    const unsubscribe = store.subscribe(test);
    test();
  });
}

describe('example data and the in-memory inventory (real IndexedDB)', () => {
  it('loads the examples through the repository with history, and loading twice changes nothing', async () => {
    const { db, recorder } = await openDb();
    const count = await loadExampleData(recorder, 'Mette Holm');
    expect(count).toBe(exampleInitiatives().length);
    expect(await db.initiatives.count()).toBe(count);
    const history = await recorder.history('initiatives', 'eksempel-001');
    expect(history.map((op) => op.field)).toContain('title');
    expect(history.every((op) => op.actor === 'Mette Holm')).toBe(true);
    const ops = await db.ops.count();
    await loadExampleData(recorder, 'Mette Holm');
    expect(await db.ops.count()).toBe(ops);
  });

  it('reads the whole table, then follows edits, new records and deletions without reading it all again', async () => {
    const { db, recorder } = await openDb();
    await loadExampleData(recorder, 'Mette Holm');
    const total = exampleInitiatives().length;
    const first = await snapshotWhere(db, (s) => s.complete);
    expect(first.records).toHaveLength(total);

    const repository = initiativesRepository(recorder);
    await repository.update('eksempel-002', { title: 'Gadeplansarbejde på Nørrebro og i Nordvest' }, 'Ali Hassan');
    const edited = await snapshotWhere(db, (s) =>
      s.records.some((r) => r.title === 'Gadeplansarbejde på Nørrebro og i Nordvest'),
    );
    expect(edited.records).toHaveLength(total);
    // Records that did not change keep their identity, so cached cell texts and memoised rows stay valid.
    expect(edited.records.find((r) => r.id === 'eksempel-003')).toBe(
      first.records.find((r) => r.id === 'eksempel-003'),
    );

    const id = await repository.create({ title: 'Tryghedsvandring i Sydhavnen', department: 'TMF' }, 'Lars Winther');
    await snapshotWhere(db, (s) => s.records.some((r) => r.id === id));
    await repository.remove(id, 'Lars Winther');
    const after = await snapshotWhere(db, (s) => !s.records.some((r) => r.id === id));
    expect(after.records).toHaveLength(total);
  });
});
