import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderTransport, SYNC_DIR } from '../../electron/share/folder-transport';
import { syncOnce } from './engine';
import { MemoryStore } from './memory-store';
import { countingTransport } from './transport';

const identity = { user: 'Test', department: 'BUF', app: 'test' };

function share() {
  const dir = mkdtempSync(join(tmpdir(), 'csb-share-'));
  return { dir, log: join(dir, SYNC_DIR, 'log'), transport: folderTransport(dir) };
}

async function sync(
  store: MemoryStore,
  transport = share().transport,
  extra: Partial<Parameters<typeof syncOnce>[0]> = {},
) {
  return syncOnce({ store, transport, identity, ...extra });
}

describe('sync engine through a real folder', () => {
  it('brings two laptops to the same data and keeps the losing value of a concurrent edit', async () => {
    const s = share();
    const anne = new MemoryStore('dev_anne');
    const bo = new MemoryStore('dev_bo');
    anne.write('initiatives', 'i1', { title: 'Natteravne', budget: 100 }, 'Anne');
    await sync(anne, s.transport);
    await sync(bo, s.transport);
    expect(bo.get('initiatives', 'i1')?.title).toBe('Natteravne');

    // Both edit the same field offline; Bo's edit comes later by the clock.
    anne.write('initiatives', 'i1', { budget: 200 }, 'Anne');
    await new Promise((ok) => setTimeout(ok, 5));
    bo.write('initiatives', 'i1', { budget: 300, title: 'Natteravnene' }, 'Bo');
    await sync(anne, s.transport);
    await sync(bo, s.transport);
    const last = await sync(anne, s.transport);
    expect(anne.dump()).toEqual(bo.dump());
    expect(anne.get('initiatives', 'i1')?.budget).toBe(300);
    expect(last.conflicts).toMatchObject([{ field: 'budget', keptValue: 300, lostValue: 200 }]);
    expect(bo.conflicts).toMatchObject([{ field: 'budget', keptValue: 300, lostValue: 200 }]);
  });

  it('costs one directory listing when nothing is new', async () => {
    const s = share();
    const anne = new MemoryStore('dev_anne');
    anne.write('initiatives', 'i1', { title: 'A' });
    await sync(anne, s.transport);
    const counted = countingTransport(s.transport);
    await sync(anne, counted);
    expect(counted.counts).toEqual({ list: 1, read: 0, write: 0 });
  });

  it('treats an offline share as offline and keeps local edits queued', async () => {
    const anne = new MemoryStore('dev_anne');
    anne.write('initiatives', 'i1', { title: 'A' });
    const report = await sync(anne, folderTransport('/nonexistent/share/x'));
    expect(report.outcome).toBe('offline');
    expect(report.pending).toBe(1);
  });

  it('skips a file cut short and merges it once it is complete', async () => {
    const s = share();
    const anne = new MemoryStore('dev_anne');
    anne.write('initiatives', 'i1', { title: 'A' });
    await sync(anne, s.transport);
    const [name] = readdirSync(s.log) as [string];
    const full = readFileSync(join(s.log, name));
    writeFileSync(join(s.log, name), full.subarray(0, full.length - 10));
    const bo = new MemoryStore('dev_bo');
    const first = await sync(bo, s.transport);
    expect(first.outcome).toBe('synced');
    expect(bo.get('initiatives', 'i1')).toBeUndefined();
    writeFileSync(join(s.log, name), full);
    await sync(bo, s.transport);
    expect(bo.get('initiatives', 'i1')?.title).toBe('A');
  });

  it('refuses a newer format and changes nothing', async () => {
    const s = share();
    const anne = new MemoryStore('dev_anne');
    anne.write('initiatives', 'i1', { title: 'A' });
    await sync(anne, s.transport);
    writeFileSync(join(s.log, 's2.dev_future.000001.x.seg'), 'whatever');
    const bo = new MemoryStore('dev_bo');
    bo.write('initiatives', 'i2', { title: 'B' });
    const report = await sync(bo, s.transport);
    expect(report.outcome).toBe('refused');
    expect(report.problems).toContainEqual({ code: 'newer-format', file: 's2.dev_future.000001.x.seg' });
    expect(bo.get('initiatives', 'i1')).toBeUndefined();
    expect(readdirSync(s.log)).toHaveLength(2);
  });

  it('detects a cloned laptop: the same id writing files this one never wrote', async () => {
    const s = share();
    const original = new MemoryStore('dev_same');
    const clone = new MemoryStore('dev_same');
    original.write('initiatives', 'i1', { title: 'A' });
    await sync(original, s.transport);
    clone.write('initiatives', 'i2', { title: 'B' });
    const report = await sync(clone, s.transport);
    expect(report.outcome).toBe('cloned');
    expect(report.pending).toBe(1);
  });

  it('requeues its own segment when it vanishes from the share', async () => {
    const s = share();
    const anne = new MemoryStore('dev_anne');
    anne.write('initiatives', 'i1', { title: 'A' });
    await sync(anne, s.transport);
    const [name] = readdirSync(s.log) as [string];
    rmSync(join(s.log, name));
    await sync(anne, s.transport);
    const bo = new MemoryStore('dev_bo');
    await sync(bo, s.transport);
    expect(bo.get('initiatives', 'i1')?.title).toBe('A');
  });

  it('ignores a "conflicted copy" of a segment and lists it as a problem', async () => {
    const s = share();
    const anne = new MemoryStore('dev_anne');
    anne.write('initiatives', 'i1', { title: 'A' });
    await sync(anne, s.transport);
    const [name] = readdirSync(s.log) as [string];
    writeFileSync(join(s.log, name.replace('.seg', '-LAPTOP-7.seg')), readFileSync(join(s.log, name)));
    const bo = new MemoryStore('dev_bo');
    const report = await sync(bo, s.transport);
    expect(report.problems.map((p) => p.code)).toContain('duplicate-copy');
    expect(bo.get('initiatives', 'i1')?.title).toBe('A');
  });

  it('lets a new laptop start from a snapshot, and later edits of others still win', async () => {
    const s = share();
    const anne = new MemoryStore('dev_anne');
    const bo = new MemoryStore('dev_bo');
    for (let i = 0; i < 5; i++) {
      anne.write('initiatives', `i${i}`, { title: `A${i}` });
      await sync(anne, s.transport, { snapshotEvery: 3 });
    }
    expect(readdirSync(s.log).some((n) => n.endsWith('.snap'))).toBe(true);
    // Bo edits i0 after the snapshot was written.
    await sync(bo, s.transport);
    bo.write('initiatives', 'i0', { title: 'Bo was here' });
    await sync(bo, s.transport);
    const carl = new MemoryStore('dev_carl');
    const counted = countingTransport(s.transport);
    await sync(carl, counted);
    expect(carl.get('initiatives', 'i0')?.title).toBe('Bo was here');
    expect(carl.dump()).toEqual(bo.dump());
    expect(counted.counts.read).toBeLessThan(5);
  });

  it('corrects stamps of a laptop whose clock is days ahead and warns about it', async () => {
    const s = share();
    const days = 3 * 24 * 3600_000;
    const ahead = new MemoryStore('dev_ahead', () => Date.now() + days);
    ahead.write('initiatives', 'i1', { title: 'first' });
    const report = await sync(ahead, s.transport, { now: () => Date.now() + days });
    expect(report.problems).toContainEqual({ code: 'clock-off', detail: String(Math.round(-days / 60_000)) });
    ahead.write('initiatives', 'i1', { title: 'corrected' });
    const stamp = ahead.get('initiatives', 'i1')?._stamps.title as string;
    expect(Date.parse(stamp.slice(0, 24))).toBeLessThan(Date.now() + 60_000);
  });

  it('stores attachments by content hash and reports a corrupt one', async () => {
    const s = share();
    const anne = new MemoryStore('dev_anne');
    const bytes = new TextEncoder().encode('hearing reply');
    const hash = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)), (b) =>
      b.toString(16).padStart(2, '0'),
    ).join('');
    await anne.putBlob(hash, bytes);
    anne.write('attachments', 'a1', { hash, name: 'svar.xlsx' });
    await sync(anne, s.transport);
    const bo = new MemoryStore('dev_bo');
    await sync(bo, s.transport);
    expect(await bo.readBlob(hash)).toEqual(bytes);

    const path = join(s.dir, SYNC_DIR, 'attachments', hash);
    renameSync(path, `${path}.bak`);
    writeFileSync(path, 'tampered');
    const carl = new MemoryStore('dev_carl');
    const report = await sync(carl, s.transport);
    expect(report.problems).toContainEqual({ code: 'corrupt-attachment', file: `attachments/${hash}` });
    expect(await carl.hasBlob(hash)).toBe(false);
  });

  it('keeps edits queued and says so when the share is full', async () => {
    const s = share();
    const anne = new MemoryStore('dev_anne');
    anne.write('initiatives', 'i1', { title: 'A' });
    const full = {
      ...s.transport,
      writeOnce: async () => {
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    };
    const report = await sync(anne, full);
    expect(report.outcome).toBe('synced');
    expect(report.problems.map((p) => p.code)).toContain('write-failed');
    expect(report.pending).toBe(1);
    await sync(anne, s.transport);
    expect(await anne.countUnshipped()).toBe(0);
  });
});
