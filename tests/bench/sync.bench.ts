/**
 * Sync on a share on local disk, and with 10 ms added to every file
 * operation to stand for an SMB share: file operations and time of a sync
 * that finds nothing new; a new laptop catching up 30 devices × 5,000
 * operations with and without a snapshot; bytes written per edited field.
 */
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { folderTransport, SYNC_DIR } from '../../electron/share/folder-transport';
import { syncOnce } from '../../shared/sync/engine';
import { MemoryStore } from '../../shared/sync/memory-store';
import { countingTransport, type ShareTransport } from '../../shared/sync/transport';

const DEVICES = 30;
const OPS_PER_DEVICE = 5_000;
const OPS_PER_SEGMENT = 250;
const FIELDS = ['title', 'description', 'status', 'annualBudgetDkk', 'notes'];
const identity = { user: 'Bench', department: 'BUF', app: 'bench' };

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await fn();
  return { ms: performance.now() - started, value };
}

/** 30 laptops, each editing 1,000 initiatives' fields and syncing in segments of 250 operations. */
async function fillShare(dir: string): Promise<void> {
  // Setup only: each laptop writes without first reading the others' files.
  const folder = folderTransport(dir);
  const transport: ShareTransport = { ...folder, list: async () => [] };
  for (let d = 0; d < DEVICES; d++) {
    const store = new MemoryStore(`dev_${String(d).padStart(2, '0')}`);
    for (let i = 0; i < OPS_PER_DEVICE; i++) {
      const record = `i${(i * 7 + d * 13) % 1000}`;
      const field = FIELDS[i % FIELDS.length] as string;
      store.write('initiatives', record, { [field]: `${field} ${d}-${i}` }, 'bench');
    }
    await syncOnce({ store, transport, identity, snapshotEvery: 0, maxOpsPerSegment: OPS_PER_SEGMENT });
  }
}

async function catchUp(transport: ShareTransport, label: string, report: (line: string) => void): Promise<MemoryStore> {
  const store = new MemoryStore('dev_newlaptop');
  const counted = countingTransport(transport);
  const { ms, value } = await timed(() => syncOnce({ store, transport: counted, identity, snapshotEvery: 0 }));
  report(
    `${label}: ${(ms / 1000).toFixed(2)} s, ${counted.total()} file operations (${counted.counts.read} reads), ${value.receivedOps.toLocaleString('en')} operations received, ${store.table('initiatives').size} records`,
  );
  return store;
}

export default async function (report: (line: string) => void): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'csb-bench-sync-'));
  const filled = await timed(() => fillShare(dir));
  const log = join(dir, SYNC_DIR, 'log');
  const files = readdirSync(log);
  const bytes = files.reduce((sum, f) => sum + statSync(join(log, f)).size, 0);
  report(
    `share: ${DEVICES} devices × ${OPS_PER_DEVICE.toLocaleString('en')} operations = ${files.length} segments, ${(bytes / 1e6).toFixed(1)} MB (written in ${(filled.ms / 1000).toFixed(1)} s)`,
  );

  for (const delayMs of [0, 10]) {
    const transport = folderTransport(dir, { delayMs });
    const where = delayMs ? `share with ${delayMs} ms per file operation` : 'share on local disk';
    const caughtUp = await catchUp(transport, `new laptop, no snapshot, ${where}`, report);

    const counted = countingTransport(transport);
    const times: number[] = [];
    for (let run = 0; run < 7; run++) {
      times.push((await timed(() => syncOnce({ store: caughtUp, transport: counted, identity, snapshotEvery: 0 }))).ms);
    }
    const median = times.sort((a, b) => a - b)[3] as number;
    report(`sync with nothing new, ${where}: ${counted.total() / 7} file operation(s), median ${median.toFixed(1)} ms`);
  }

  // One laptop writes a snapshot; a new laptop starts from it.
  const compactor = new MemoryStore('dev_compactor');
  await syncOnce({ store: compactor, transport: folderTransport(dir), identity, snapshotEvery: 0 });
  const snap = await timed(() =>
    syncOnce({ store: compactor, transport: folderTransport(dir), identity, snapshotEvery: 1 }),
  );
  const snapName = snap.value.snapshotWritten ?? '';
  report(`snapshot: ${(statSync(join(log, snapName)).size / 1e6).toFixed(2)} MB, written in ${snap.ms.toFixed(0)} ms`);
  for (const delayMs of [0, 10]) {
    const where = delayMs ? `share with ${delayMs} ms per file operation` : 'share on local disk';
    const fromSnapshot = await catchUp(folderTransport(dir, { delayMs }), `new laptop from snapshot, ${where}`, report);
    const same = JSON.stringify(fromSnapshot.dump()) === JSON.stringify(compactor.dump());
    report(`  same data as a laptop that replayed every segment: ${same ? 'yes' : 'NO'}`);
  }

  // Bytes per edited field: one edit alone, and edits batched into a segment.
  const single = mkdtempSync(join(tmpdir(), 'csb-bench-bytes-'));
  const one = new MemoryStore('dev_onefield');
  one.write('initiatives', '7b0e6f2c-4a51-4f0e-9a57-3d2c8f1b9e10', { annualBudgetDkk: 1_250_000 }, 'Mette Holm');
  await syncOnce({ store: one, transport: folderTransport(single), identity, snapshotEvery: 0 });
  const [oneFile] = readdirSync(join(single, SYNC_DIR, 'log')) as [string];
  const oneBytes = statSync(join(single, SYNC_DIR, 'log', oneFile)).size;
  report(`bytes written for one edited field synced alone: ${oneBytes} (segment with header)`);
  report(
    `bytes per edited field in segments of ${OPS_PER_SEGMENT}: ${(bytes / (DEVICES * OPS_PER_DEVICE)).toFixed(0)}`,
  );
}
