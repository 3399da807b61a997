import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { InitiativeFieldsSchema } from '../../shared/domain/initiative';
import { ChangeRecorder } from './change-recorder';
import { CsbDatabase } from './database';
import { createRepository, ValidationError } from './repository';
import { seedReferenceItems } from './seed-reference';
import { v1 } from './versions/v1';

const names: string[] = [];
function dbName(): string {
  const name = `csb-test-${crypto.randomUUID()}`;
  names.push(name);
  return name;
}

afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('database migrations (real IndexedDB in Chromium)', () => {
  it('upgrades a version-1 database to the current version without losing rows', async () => {
    const name = dbName();
    const old = new Dexie(name);
    old.version(1).stores(v1);
    await old.open();
    // Version 1 rows as an early build wrote them: no list fields, no archived flag.
    await old.table('initiatives').bulkAdd([
      { id: 'a', title: 'Natteravne på Nørrebro', department: 'SOF', status: 'active', updatedAt: 'x' },
      { id: 'b', title: 'Lektiecafé', department: 'BUF', status: 'planned', updatedAt: 'y', districts: ['valby'] },
    ]);
    await old.table('staff').add({ id: 's1', department: 'BUF', name: 'Per Larsen' });
    await old.table('meetings').add({ id: 'm1', date: '2010-02-03', title: 'Kick-off' });
    await old
      .table('ops')
      .add({ hlc: '2010-02-03T09:00:00.000Z-0000-dev_a', table: 'initiatives', recordId: 'a', shipped: 0 });
    old.close();

    const db = new CsbDatabase(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3);
    expect(await db.initiatives.count()).toBe(2);
    expect(await db.staff.get('s1')).toMatchObject({ name: 'Per Larsen' });
    expect(await db.meetings.get('m1')).toMatchObject({ title: 'Kick-off' });
    expect(await db.ops.count()).toBe(1);
    const a = await db.initiatives.get('a');
    expect(a).toMatchObject({ title: 'Natteravne på Nørrebro', districts: [], targetGroups: [], archived: false });
    // The v2 multi-entry index works on the upgraded rows.
    expect((await db.initiatives.where('districts').equals('valby').toArray()).map((i) => i.id)).toEqual(['b']);
    db.close();
  });
});

describe('change recorder and repository', () => {
  it('writes the record and its field operations in one transaction, with history', async () => {
    const db = new CsbDatabase(dbName());
    await db.open();
    const recorder = await ChangeRecorder.open(db, 'dev_test01');
    const initiatives = createRepository('initiatives', InitiativeFieldsSchema, recorder);
    const id = await initiatives.create(
      { title: 'Exit-program', department: 'BIF', annualBudgetDkk: 1_250_000 },
      'Per',
    );
    expect(await initiatives.get(id)).toMatchObject({
      title: 'Exit-program',
      department: 'BIF',
      annualBudgetDkk: 1_250_000,
    });

    expect(await initiatives.update(id, { annualBudgetDkk: 1_500_000, title: 'Exit-program' }, 'Mette')).toBe(1);
    const history = await initiatives.history(id);
    expect(history[0]).toMatchObject({
      field: 'annualBudgetDkk',
      old: 1_250_000,
      value: 1_500_000,
      actor: 'Mette',
      shipped: 0,
    });
    expect(history.every((op) => op.hlc.endsWith('-dev_test01'))).toBe(true);
    const record = await db.initiatives.get(id);
    expect(record?._stamps.annualBudgetDkk).toBe(history[0]?.hlc);
    db.close();
  });

  it('refuses an invalid change and writes nothing', async () => {
    const db = new CsbDatabase(dbName());
    await db.open();
    const recorder = await ChangeRecorder.open(db, 'dev_test02');
    const initiatives = createRepository('initiatives', InitiativeFieldsSchema, recorder);
    const id = await initiatives.create({ title: 'Gadeplan', department: 'SOF' }, 'Per');
    const opsBefore = await db.ops.count();
    await expect(initiatives.update(id, { annualBudgetDkk: -5 }, 'Per')).rejects.toBeInstanceOf(ValidationError);
    await expect(initiatives.update(id, { startDate: '2010-02-30' }, 'Per')).rejects.toThrow(/date.invalid/);
    await expect(initiatives.update(id, { startDate: '2010-06-01', endDate: '2010-01-01' }, 'Per')).rejects.toThrow(
      /period.endBeforeStart/,
    );
    expect(await db.ops.count()).toBe(opsBefore);
    expect((await initiatives.get(id))?.annualBudgetDkk).toBeNull();
    db.close();
  });

  it('keeps the clock moving forward across a restart, so later edits win', async () => {
    const name = dbName();
    let now = Date.UTC(2010, 2, 1, 10);
    const db = new CsbDatabase(name);
    const first = await ChangeRecorder.open(db, 'dev_test03', () => now);
    await first.write('meetings', 'm1', { title: 'A' }, 'Per');
    db.close();
    now -= 60_000; // the laptop's clock was set back a minute
    const db2 = new CsbDatabase(name);
    const second = await ChangeRecorder.open(db2, 'dev_test03', () => now);
    const [op] = await second.write('meetings', 'm1', { title: 'B' }, 'Per');
    expect((await db2.meetings.get('m1'))?.title).toBe('B');
    const earlier = (await second.history('meetings', 'm1'))[1]?.hlc ?? '';
    expect((op?.hlc ?? '') > earlier).toBe(true);
    db2.close();
  });

  it('seeds the same reference list operations on every laptop, once', async () => {
    const a = new CsbDatabase(dbName());
    const b = new CsbDatabase(dbName());
    expect(await seedReferenceItems(a)).toBe(true);
    expect(await seedReferenceItems(a)).toBe(false);
    await seedReferenceItems(b);
    const opsA = (await a.ops.toArray()).map((o) => `${o.hlc}|${JSON.stringify(o.value)}`);
    const opsB = (await b.ops.toArray()).map((o) => `${o.hlc}|${JSON.stringify(o.value)}`);
    expect(opsA).toEqual(opsB);
    expect(await a.referenceItems.where('kind').equals('department').count()).toBe(7);
    a.close();
    b.close();
  });
});
