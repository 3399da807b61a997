import { describe, expect, it } from 'vitest';
import { syncOnce } from '../../shared/sync/engine';
import { ShareFileExistsError, type ShareFolder, type ShareTransport } from '../../shared/sync/transport';
import { ChangeRecorder } from './change-recorder';
import { CsbDatabase } from './database';
import { seedReferenceItems } from './seed-reference';
import { DexieSyncStore } from './sync-store';

/** A share in memory: the same contract as the folder (names once, flat folders). */
function memoryShare(): ShareTransport {
  const files = new Map<string, Uint8Array>();
  return {
    async list(folder: ShareFolder) {
      return [...files.keys()].filter((k) => k.startsWith(`${folder}/`)).map((k) => k.slice(folder.length + 1));
    },
    async read(folder, name) {
      const bytes = files.get(`${folder}/${name}`);
      if (!bytes) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return bytes;
    },
    async writeOnce(folder, name, bytes) {
      if (files.has(`${folder}/${name}`)) throw new ShareFileExistsError(name);
      files.set(`${folder}/${name}`, bytes);
      return { serverTimeMs: Date.now() };
    },
  };
}

async function laptop(device: string) {
  const db = new CsbDatabase(`sync-store-test-${device}-${crypto.randomUUID()}`);
  await db.open();
  await seedReferenceItems(db);
  const recorder = await ChangeRecorder.open(db, device);
  return { db, recorder, store: new DexieSyncStore(db, recorder) };
}

const identity = { user: 'Test', department: 'BUF', app: 'test' };

describe('DexieSyncStore', () => {
  it('merges another laptop into IndexedDB with history, conflicts and nothing left to ship', async () => {
    const share = memoryShare();
    const anne = await laptop('dev_anne');
    const bo = await laptop('dev_bo');
    await anne.recorder.write('initiatives', 'i1', { title: 'Natteravne', department: 'BUF' }, 'Anne');
    await syncOnce({ store: anne.store, transport: share, identity });
    await syncOnce({ store: bo.store, transport: share, identity });
    expect((await bo.db.initiatives.get('i1'))?.title).toBe('Natteravne');
    expect((await bo.recorder.history('initiatives', 'i1')).map((o) => o.actor)).toEqual(['Anne', 'Anne']);

    await anne.recorder.write('initiatives', 'i1', { title: 'Natteravne (Anne)' }, 'Anne');
    await new Promise((ok) => setTimeout(ok, 5));
    await bo.recorder.write('initiatives', 'i1', { title: 'Natteravne (Bo)' }, 'Bo');
    expect(await bo.store.countUnshipped()).toBe(1);
    await syncOnce({ store: anne.store, transport: share, identity });
    await syncOnce({ store: bo.store, transport: share, identity });
    await syncOnce({ store: anne.store, transport: share, identity });

    for (const side of [anne, bo]) {
      expect((await side.db.initiatives.get('i1'))?.title).toBe('Natteravne (Bo)');
      expect(await side.store.countUnshipped()).toBe(0);
      const conflicts = await side.db.conflicts.toArray();
      expect(conflicts).toMatchObject([
        { field: 'title', keptValue: 'Natteravne (Bo)', lostValue: 'Natteravne (Anne)' },
      ]);
    }
    // The seeded reference lists stay identical and are never shipped.
    expect(await bo.db.referenceItems.count()).toBe(await anne.db.referenceItems.count());
  });

  it('re-stamps unshipped edits made while the clock was ahead, and decides the field again', async () => {
    const { db, recorder, store } = await laptop('dev_ahead');
    await recorder.write('initiatives', 'i1', { title: 'ahead' }, 'x');
    const [op] = await store.unshippedOps(10);
    const corrected = `${new Date(Date.now() - 1000).toISOString()}-0000-dev_ahead`;
    await store.restamp(new Map([[op?.hlc as string, corrected]]));
    expect((await db.initiatives.get('i1'))?._stamps.title).toBe(corrected);
    expect((await store.unshippedOps(10)).map((o) => o.hlc)).toEqual([corrected]);
  });
});
