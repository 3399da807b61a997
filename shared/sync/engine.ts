import type { ConflictFound } from './apply';
import {
  addSample,
  CLOCK_CORRECTION_MIN_MS,
  CLOCK_WARNING_MS,
  estimateOffset,
  MAX_OBSERVED_AHEAD_MS,
  offsetSample,
} from './clock-offset';
import { unpackStamp } from './hlc';
import { type DeviceInfo, emptySyncState, type LocalStore, type SyncProblem, type SyncState } from './local-store';
import type { Operation } from './operation';
import {
  decodeSegment,
  decodeSnapshot,
  encodeSegment,
  encodeSnapshot,
  FileFaultError,
  parseLogName,
  type SegmentHeader,
  type SegmentName,
  type SnapshotName,
  sha256Hex,
} from './segment';
import { ShareFileExistsError, type ShareTransport, ShareUnavailableError } from './transport';

export interface SyncIdentity {
  user: string;
  department: string;
  app: string;
}

export interface SyncOptions {
  store: LocalStore;
  transport: ShareTransport;
  identity: SyncIdentity;
  /** Laptop time (before correction); injectable for tests of clock skew. */
  now?: () => number;
  /**
   * For a runner without memory of its own files (the CLI): segments under its
   * device id are its own earlier runs, not a clone.
   */
  stateless?: boolean;
  /** Look only; write nothing to the share (the CLI's status). */
  readOnly?: boolean;
  maxOpsPerSegment?: number;
  /** Write a snapshot once this many segments were merged since the newest snapshot; 0 never. */
  snapshotEvery?: number;
  onProgress?: (done: number, total: number) => void;
}

export type SyncOutcome = 'synced' | 'offline' | 'refused' | 'cloned';

export interface SyncReport {
  outcome: SyncOutcome;
  /** Segments (and a snapshot) merged in this run. */
  newFiles: number;
  receivedOps: number;
  appliedOps: number;
  shippedOps: number;
  conflicts: ConflictFound[];
  problems: SyncProblem[];
  /** Estimated clock error of this laptop (server − laptop), in ms; 0 when unknown or small. */
  offsetMs: number;
  /** Local operations not yet on the share after this run. */
  pending: number;
  devices: DeviceInfo[];
  snapshotWritten?: string;
  /** English detail when the share failed midway. */
  error?: string;
}

const RETRIES_BEFORE_PROBLEM = 3;
/** Segments read at once and merged in one local transaction. */
const READ_BATCH = 32;

/**
 * One sync: list the log (one directory listing), merge what is new, ship
 * what is local, keep attachments in step. Safe to interrupt at any point:
 * nothing is marked done before it is done, and a file that is missing,
 * unreadable or unexpected never deletes anything.
 */
export async function syncOnce(options: SyncOptions): Promise<SyncReport> {
  const { store, transport } = options;
  const now = options.now ?? Date.now;
  const me = store.clock.device;
  const state = adopt(await store.loadState(), me);
  store.clock.offsetMs = estimateOffset(state.offsetSamples);
  const report: SyncReport = {
    outcome: 'synced',
    newFiles: 0,
    receivedOps: 0,
    appliedOps: 0,
    shippedOps: 0,
    conflicts: [],
    problems: [],
    offsetMs: store.clock.offsetMs,
    pending: 0,
    devices: [],
  };
  const finish = async (outcome: SyncOutcome, error?: unknown): Promise<SyncReport> => {
    report.outcome = outcome;
    if (error !== undefined) report.error = error instanceof Error ? error.message : String(error);
    if (Math.abs(report.offsetMs) > CLOCK_WARNING_MS) {
      report.problems.push({ code: 'clock-off', detail: String(Math.round(report.offsetMs / 60_000)) });
    }
    if (outcome === 'synced') state.lastSuccessAt = new Date(now() + store.clock.offsetMs).toISOString();
    if (outcome !== 'offline') state.problems = report.problems;
    report.devices = Object.values(state.devices).sort((a, b) => (a.lastActivity < b.lastActivity ? 1 : -1));
    report.pending = await store.countUnshipped();
    if (!options.readOnly || outcome !== 'offline') await store.saveState(state);
    return report;
  };

  let names: string[];
  try {
    names = await transport.list('log');
  } catch (error) {
    return finish('offline', error);
  }
  const entries = names.map(parseLogName);
  const listed = new Set(names);

  const newer = entries.filter((e) => e.kind === 'newer-format');
  if (newer.length > 0) {
    // A newer app wrote here: refuse before reading or writing anything.
    report.problems.push(...newer.map((e) => ({ code: 'newer-format' as const, file: e.name })));
    return finish('refused');
  }
  for (const e of entries) {
    if (e.kind === 'duplicate-copy') report.problems.push({ code: 'duplicate-copy', file: e.name });
    if (e.kind === 'unexpected') report.problems.push({ code: 'unexpected-file', file: e.name });
  }
  const segments = entries.filter((e): e is SegmentName => e.kind === 'segment');
  const snapshots = entries.filter((e): e is SnapshotName => e.kind === 'snapshot');

  // Own files: settle writes that a crash left unconfirmed, spot a clone, requeue what vanished.
  const ownNames = new Set([...state.own.map((o) => o.name), ...state.pending]);
  // A name once about to be written stays known as ours even if it is not (yet) listed: a
  // confirmation lost on the way may still show up later. Its operations are still queued.
  for (const name of state.pending) {
    const parsed = parseLogName(name);
    if (parsed.kind !== 'segment' || state.own.some((o) => o.name === name)) continue;
    state.own.push({ name, first: parsed.first, last: parsed.last, requeued: !listed.has(name) });
    // Only a name that landed takes its number, so the sequence shows no hole for a write that never did.
    if (listed.has(name)) state.nextSeq = Math.max(state.nextSeq, parsed.seq + 1);
  }
  state.pending = [];
  const mine = segments.filter((s) => s.device === me);
  if (options.stateless) {
    state.nextSeq = Math.max(state.nextSeq, ...mine.map((s) => s.seq + 1));
  } else {
    const foreign = mine.filter((s) => !ownNames.has(s.name));
    if (foreign.length > 0) {
      report.problems.push({ code: 'device-cloned', file: foreign[0]?.name, detail: me });
      return finish('cloned');
    }
    // Requeue once; the entry stays, so the file turning up again later is still known as ours.
    for (const gone of state.own.filter((o) => !listed.has(o.name) && !o.requeued)) {
      await store.requeue(gone.first, gone.last);
      gone.requeued = true;
    }
  }

  const seen = new Set(state.seen);
  try {
    // A new laptop starts from the snapshot covering most, then reads only what it does not cover.
    if (seen.size === 0 && state.own.length === 0 && snapshots.length > 0) {
      await startFromSnapshot(options, state, seen, snapshots, report, now);
    }
    const unseen = segments
      .filter((s) => !seen.has(s.name) && (options.stateless || s.device !== me))
      .sort((a, b) => (a.first < b.first ? -1 : 1));
    let done = 0;
    options.onProgress?.(0, unseen.length);
    for (let i = 0; i < unseen.length; i += READ_BATCH) {
      const batch = unseen.slice(i, i + READ_BATCH);
      for (const name of await mergeFiles(options, state, batch, report, now)) seen.add(name);
      done += batch.length;
      options.onProgress?.(done, unseen.length);
    }
    state.seen = [...seen];
    reportGaps(segments, report);

    if (!options.readOnly) {
      await correctClock(options, state, report, now);
      await shipLocalOps(options, state, report, now);
      await syncAttachments(options, state, report);
      await maybeWriteSnapshot(options, state, segments, snapshots, report);
    }
  } catch (error) {
    state.seen = [...seen];
    if (error instanceof ShareUnavailableError || isIoError(error)) return finish('offline', error);
    throw error;
  }
  report.offsetMs = store.clock.offsetMs;
  return finish('synced');
}

/** The state belongs to one device id; after a renewal the old id's files are simply others' files, already merged. */
function adopt(saved: SyncState | undefined, me: string): SyncState {
  if (!saved) return emptySyncState(me);
  if (saved.device === me) return saved;
  return {
    ...emptySyncState(me),
    seen: [...saved.seen, ...saved.own.map((o) => o.name)],
    devices: saved.devices,
    offsetSamples: saved.offsetSamples,
    uploaded: saved.uploaded,
  };
}

async function startFromSnapshot(
  options: SyncOptions,
  state: SyncState,
  seen: Set<string>,
  snapshots: SnapshotName[],
  report: SyncReport,
  now: () => number,
): Promise<void> {
  const ordered = [...snapshots].sort((a, b) => b.segments - a.segments || (a.last < b.last ? 1 : -1));
  for (const snapshot of ordered) {
    try {
      const bytes = await options.transport.read('log', snapshot.name);
      const { header, ops } = await decodeSnapshot(snapshot, bytes);
      options.onProgress?.(0, 1);
      const result = await options.store.applyRemote(ops, { detectConflicts: false });
      report.receivedOps += ops.length;
      report.appliedOps += result.applied;
      report.newFiles++;
      observe(options, ops[ops.length - 1]?.hlc, now);
      for (const name of header.covers) seen.add(name);
      seen.add(snapshot.name);
      state.seen = [...seen];
      await options.store.saveState(state);
      return;
    } catch (error) {
      if (error instanceof ShareUnavailableError) throw error;
      // A snapshot that cannot be used costs only speed: replay the segments instead.
      noteFailure(state, snapshot.name, error, report);
    }
  }
}

/**
 * Read a few segments at once (a share's latency overlaps) and merge them in
 * one local transaction; returns the names merged. A file that cannot be used
 * is only counted, and a share that drops out stops the sync.
 */
async function mergeFiles(
  options: SyncOptions,
  state: SyncState,
  batch: SegmentName[],
  report: SyncReport,
  now: () => number,
): Promise<string[]> {
  const results = await Promise.allSettled(
    batch.map(async (segment) => decodeSegment(segment, await options.transport.read('log', segment.name))),
  );
  const dropped = results.find((r) => r.status === 'rejected' && r.reason instanceof ShareUnavailableError);
  if (dropped?.status === 'rejected') throw dropped.reason;
  const merged: { segment: SegmentName; header: SegmentHeader; ops: Operation[] }[] = [];
  results.forEach((result, i) => {
    const segment = batch[i] as SegmentName;
    if (result.status === 'fulfilled') merged.push({ segment, ...result.value });
    else noteFailure(state, segment.name, result.reason, report);
  });
  if (merged.length === 0) return [];
  const ops = merged.flatMap((m) => m.ops);
  const result = await options.store.applyRemote(ops, { detectConflicts: true });
  report.newFiles += merged.length;
  report.receivedOps += ops.length;
  report.appliedOps += result.applied;
  report.conflicts.push(...result.conflicts);
  for (const { segment, header } of merged) {
    observe(options, segment.last, now);
    delete state.failures[segment.name];
    noteDevice(state, header, segment.count);
  }
  return merged.map((m) => m.segment.name);
}

/** Count a failed read; only a file that keeps failing is shown (one still being copied heals by itself). */
function noteFailure(state: SyncState, name: string, error: unknown, report: SyncReport): void {
  if (isMissing(error)) return; // Gone between listing and reading: the next listing tells.
  const failures = (state.failures[name] ?? 0) + 1;
  state.failures[name] = failures;
  if (error instanceof FileFaultError && error.fault === 'newer-format') {
    report.problems.push({ code: 'newer-format', file: name });
  } else if (failures >= RETRIES_BEFORE_PROBLEM) {
    const code =
      error instanceof FileFaultError
        ? error.fault === 'incomplete'
          ? 'incomplete-file'
          : 'corrupt-file'
        : 'read-failed';
    report.problems.push({ code, file: name });
  }
}

function noteDevice(
  state: SyncState,
  header: Pick<SegmentHeader, 'device' | 'user' | 'department' | 'app' | 'writtenAt'>,
  ops: number,
): void {
  const known = state.devices[header.device];
  const newer = !known || header.writtenAt >= known.lastActivity;
  state.devices[header.device] = {
    device: header.device,
    user: newer ? header.user : (known?.user ?? ''),
    department: newer ? header.department : (known?.department ?? ''),
    app: newer ? header.app : (known?.app ?? ''),
    lastActivity: newer ? header.writtenAt : (known?.lastActivity ?? header.writtenAt),
    segments: (known?.segments ?? 0) + 1,
    operations: (known?.operations ?? 0) + ops,
  };
}

/** Adopt a remote stamp into the local clock unless it is far in the future (a laptop whose clock is wrong). */
function observe(options: SyncOptions, hlc: string | undefined, now: () => number): void {
  if (!hlc) return;
  const { clock } = options.store;
  if (unpackStamp(hlc).wall <= now() + clock.offsetMs + MAX_OBSERVED_AHEAD_MS) clock.observe(hlc);
}

/** A device's sequence numbers should have no holes; a hole is a file not (yet) on this share. */
function reportGaps(segments: SegmentName[], report: SyncReport): void {
  const byDevice = new Map<string, Set<number>>();
  for (const s of segments) {
    const seqs = byDevice.get(s.device) ?? new Set<number>();
    seqs.add(s.seq);
    byDevice.set(s.device, seqs);
  }
  for (const [device, seqs] of byDevice) {
    const max = Math.max(...seqs);
    for (let seq = 1; seq < max; seq++) {
      if (!seqs.has(seq)) {
        report.problems.push({ code: 'missing-segment', detail: `${device} #${seq}` });
        break;
      }
    }
  }
}

/**
 * Before the first segment leaves a laptop, learn the server's time from a
 * tiny probe file; operations stamped while the clock was ahead get the
 * corrected time, so a laptop days ahead does not win over later edits.
 */
async function correctClock(
  options: SyncOptions,
  state: SyncState,
  report: SyncReport,
  now: () => number,
): Promise<void> {
  const { store, transport } = options;
  if (state.offsetSamples.length === 0 && (await store.countUnshipped()) > 0) {
    const before = now();
    const probe = `${store.clock.device}.${before.toString(36)}${Math.random().toString(36).slice(2, 8)}.probe`;
    try {
      const stamp = new TextEncoder().encode(new Date(before).toISOString());
      const { serverTimeMs } = await transport.writeOnce('clock', probe, stamp);
      if (serverTimeMs !== undefined) state.offsetSamples = [offsetSample(serverTimeMs, before, now())];
    } catch (error) {
      if (error instanceof ShareUnavailableError) throw error; // Other failures: shipping reports them.
    }
    store.clock.offsetMs = estimateOffset(state.offsetSamples);
  }
  // Only a laptop found to be ahead has anything to re-stamp; the usual case costs nothing.
  if (store.clock.offsetMs > -CLOCK_CORRECTION_MIN_MS) return;
  const corrected = now() + store.clock.offsetMs;
  const ahead = (await store.unshippedOps(Number.MAX_SAFE_INTEGER)).filter(
    (op) =>
      unpackStamp(op.hlc).device === store.clock.device &&
      unpackStamp(op.hlc).wall > corrected + CLOCK_CORRECTION_MIN_MS,
  );
  if (ahead.length === 0) return;
  store.clock.rewind();
  const mapping = new Map(ahead.map((op) => [op.hlc, store.clock.tick()]));
  await store.restamp(mapping);
  report.problems.push({ code: 'clock-corrected', detail: String(ahead.length) });
}

async function shipLocalOps(
  options: SyncOptions,
  state: SyncState,
  report: SyncReport,
  now: () => number,
): Promise<void> {
  const { store, transport, identity } = options;
  const limit = options.maxOpsPerSegment ?? 5000;
  const me = store.clock.device;
  for (let attempts = 0; attempts < 1000; attempts++) {
    const ops = await store.unshippedOps(limit);
    if (ops.length === 0) return;
    const header = {
      device: me,
      seq: state.nextSeq,
      user: identity.user,
      department: identity.department,
      app: identity.app,
      writtenAt: new Date(now() + store.clock.offsetMs).toISOString(),
    };
    const file = await encodeSegment(header, ops);
    state.pending.push(file.name);
    await store.saveState(state);
    const before = now();
    try {
      const { serverTimeMs } = await transport.writeOnce('log', file.name, file.bytes);
      const after = now();
      if (serverTimeMs !== undefined) {
        state.offsetSamples = addSample(state.offsetSamples, offsetSample(serverTimeMs, before, after));
        store.clock.offsetMs = estimateOffset(state.offsetSamples);
      }
    } catch (error) {
      // The name holds the checksum: a file already there under it is this very segment.
      if (!(error instanceof ShareFileExistsError)) {
        // The write may have landed all the same (the share dropped before confirming): the
        // name stays pending, so finding it later is not mistaken for a clone.
        if (error instanceof ShareUnavailableError) throw error;
        // A full disk or no write access: the changes stay queued here, and the user is told.
        report.problems.push({
          code: 'write-failed',
          file: file.name,
          detail: error instanceof Error ? error.message : String(error),
        });
        return;
      }
    }
    await store.markShipped(ops.map((o) => o.hlc));
    const sorted = ops.map((o) => o.hlc).sort();
    state.own.push({ name: file.name, first: sorted[0] as string, last: sorted[sorted.length - 1] as string });
    state.pending = state.pending.filter((n) => n !== file.name);
    state.nextSeq++;
    noteDevice(state, header, ops.length);
    report.shippedOps += ops.length;
    await store.saveState(state);
  }
}

/** Attachments by content hash: upload what the share lacks, fetch and verify what this laptop lacks. */
async function syncAttachments(options: SyncOptions, state: SyncState, report: SyncReport): Promise<void> {
  const { store, transport } = options;
  const uploaded = new Set(state.uploaded);
  const toUpload: string[] = [];
  const toFetch: string[] = [];
  for (const hash of await store.attachmentHashes()) {
    if (!/^[0-9a-f]{64}$/.test(hash)) continue;
    if (await store.hasBlob(hash)) {
      if (!uploaded.has(hash)) toUpload.push(hash);
    } else toFetch.push(hash);
  }
  if (toUpload.length === 0 && toFetch.length === 0) return;
  const onShare = new Set(await transport.list('attachments'));
  for (const hash of toUpload) {
    const bytes = await store.readBlob(hash);
    if (!bytes || (await sha256Hex(bytes)) !== hash) continue;
    if (!onShare.has(hash)) {
      try {
        await transport.writeOnce('attachments', hash, bytes);
      } catch (error) {
        if (!(error instanceof ShareFileExistsError)) throw error;
      }
    }
    uploaded.add(hash);
  }
  state.uploaded = [...uploaded];
  for (const hash of toFetch) {
    if (!onShare.has(hash)) {
      report.problems.push({ code: 'missing-attachment', file: `attachments/${hash}` });
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = await transport.read('attachments', hash);
    } catch (error) {
      if (error instanceof ShareUnavailableError) throw error;
      report.problems.push({ code: 'missing-attachment', file: `attachments/${hash}` });
      continue;
    }
    if ((await sha256Hex(bytes)) !== hash) {
      report.problems.push({ code: 'corrupt-attachment', file: `attachments/${hash}` });
      continue;
    }
    await store.putBlob(hash, bytes);
    uploaded.add(hash);
  }
  state.uploaded = [...uploaded];
}

/** Once enough segments piled up since the newest snapshot, write one that a new laptop can start from. */
async function maybeWriteSnapshot(
  options: SyncOptions,
  state: SyncState,
  segments: SegmentName[],
  snapshots: SnapshotName[],
  report: SyncReport,
): Promise<void> {
  const every = options.snapshotEvery ?? 500;
  if (every <= 0) return;
  const merged = new Set([...state.seen, ...state.own.map((o) => o.name)]);
  const covers = segments.filter((s) => merged.has(s.name)).map((s) => s.name);
  const newest = Math.max(0, state.snapshotAt, ...snapshots.map((s) => s.segments));
  if (covers.length - newest < every || (await options.store.countUnshipped()) > 0) return;
  const ops = await options.store.exportWinningOps();
  const file = await encodeSnapshot(
    { device: options.store.clock.device, writtenAt: new Date().toISOString(), covers },
    ops,
  );
  try {
    await options.transport.writeOnce('log', file.name, file.bytes);
  } catch (error) {
    if (!(error instanceof ShareFileExistsError)) throw error;
  }
  state.snapshotAt = covers.length;
  report.snapshotWritten = file.name;
}

function isMissing(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ENOENT';
}

function isIoError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code);
}
