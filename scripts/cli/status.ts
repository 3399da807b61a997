import { existsSync, statSync } from 'node:fs';
import { folderTransport } from '../../electron/share/folder-transport';
import { DEFAULT_REFERENCE_ITEMS, type ReferenceItem } from '../../shared/domain/reference-lists';
import type { SyncedRecord } from '../../shared/sync/apply';
import { type SyncIdentity, type SyncReport, syncOnce } from '../../shared/sync/engine';
import { packStamp } from '../../shared/sync/hlc';
import { MemoryStore } from '../../shared/sync/memory-store';
import type { FieldValue, Operation } from '../../shared/sync/operation';
import { parseLogName } from '../../shared/sync/segment';
import { countingTransport } from '../../shared/sync/transport';
import { CliError, type CliIo } from '../csb';

/**
 * The share's current state, merged by the same engine the app runs, into a
 * store in memory. With a device id the CLI can write as its own device.
 */
export async function loadShare(
  shareDir: unknown,
  options: { device?: string; identity?: Partial<SyncIdentity>; readOnly?: boolean } = {},
): Promise<{ store: MemoryStore; report: SyncReport; sync(): Promise<SyncReport>; fileOps(): number }> {
  if (typeof shareDir !== 'string' || shareDir === '') throw new CliError('Missing --share DIR');
  if (!existsSync(shareDir) || !statSync(shareDir).isDirectory())
    throw new CliError(`Share folder not found: ${shareDir}`);
  const store = new MemoryStore(options.device ?? 'cli_reader');
  await seedReferenceItems(store);
  const transport = countingTransport(folderTransport(shareDir));
  const identity = { user: 'csb CLI', department: '', app: 'cli', ...options.identity };
  const sync = () =>
    syncOnce({ store, transport, identity, stateless: true, readOnly: options.readOnly ?? true, snapshotEvery: 0 });
  const report = await sync();
  if (report.outcome === 'offline') throw new CliError(`Share not reachable: ${shareDir}`);
  if (report.outcome === 'refused') {
    throw new CliError(
      `The share holds a newer format than this version understands (${report.problems[0]?.file ?? ''})`,
    );
  }
  return { store, report, sync, fileOps: () => transport.total() };
}

/**
 * The built-in reference lists under the same epoch stamps every laptop seeds
 * them with (renderer/db/seed-reference.ts), so any user's edit wins over them.
 */
async function seedReferenceItems(store: MemoryStore): Promise<void> {
  const ops: Operation[] = [];
  let counter = 0;
  for (const item of DEFAULT_REFERENCE_ITEMS) {
    for (const [field, value] of Object.entries(item)) {
      if (field === 'id') continue;
      const hlc = packStamp({ wall: 0, counter: counter++, device: 'seed' });
      ops.push({ hlc, table: 'referenceItems', recordId: item.id, field, value: value as FieldValue, actor: '' });
    }
  }
  await store.applyRemote(ops, { detectConflicts: false });
}

/** Records of a table that are not deleted. */
export function liveRecords<T = SyncedRecord>(store: MemoryStore, table: string): T[] {
  return [...store.table(table).values()].filter((r) => !r._deleted) as T[];
}

/** The reference lists as the share has them (defaults plus everyone's edits). */
export function referenceItemsOf(store: MemoryStore): ReferenceItem[] {
  return liveRecords<ReferenceItem>(store, 'referenceItems');
}

export async function statusCommand(
  _positionals: string[],
  options: Record<string, string | boolean | undefined>,
  io: CliIo,
): Promise<void> {
  const { store, report, fileOps } = await loadShare(options.share);
  const names = await folderTransport(options.share as string).list('log');
  const entries = names.map(parseLogName);
  const segments = entries.filter((e) => e.kind === 'segment');
  const records: Record<string, { live: number; deleted: number }> = {};
  for (const [table, rows] of store.records) {
    let live = 0;
    let deleted = 0;
    for (const row of rows.values()) row._deleted ? deleted++ : live++;
    records[table] = { live, deleted };
  }
  const status = {
    share: options.share,
    devices: report.devices,
    segments: segments.length,
    snapshots: entries.filter((e) => e.kind === 'snapshot').length,
    operations: segments.reduce((sum, s) => sum + s.count, 0),
    records,
    problems: report.problems,
    fileOperations: fileOps(),
  };
  if (options.json) {
    io.stdout(JSON.stringify(status, null, 2));
    return;
  }
  io.stdout(`Share: ${status.share}`);
  io.stdout(`Devices: ${status.devices.length}, segments: ${status.segments}, operations: ${status.operations}`);
  for (const d of status.devices)
    io.stdout(`  ${d.device}  ${d.user || '-'}  ${d.department || '-'}  last ${d.lastActivity}`);
  for (const [table, n] of Object.entries(records)) io.stdout(`  ${table}: ${n.live} (+${n.deleted} deleted)`);
  for (const p of status.problems)
    io.stdout(`Problem: ${p.code}${p.file ? ` ${p.file}` : ''}${p.detail ? ` (${p.detail})` : ''}`);
}
