import type { ConflictFound } from './apply';
import type { HybridClock } from './hlc';
import type { Operation } from './operation';

/**
 * The local side of sync: the app implements it over Dexie
 * (renderer/db/sync-store.ts), the CLI, tests and benchmarks in memory
 * (memory-store.ts). The engine never sees more than this.
 */
export interface LocalStore {
  readonly clock: HybridClock;
  loadState(): Promise<SyncState | undefined>;
  saveState(state: SyncState): Promise<void>;
  /** Operations made here (or re-queued) that are not yet in a segment on the share, oldest first. */
  unshippedOps(limit: number): Promise<Operation[]>;
  countUnshipped(): Promise<number>;
  markShipped(hlcs: readonly string[]): Promise<void>;
  /** Queue again the local operations in a stamp range (their segment vanished from the share). */
  requeue(first: string, last: string): Promise<number>;
  /**
   * Give unshipped local operations new stamps (old → new), in records and
   * history alike: they were made while this laptop's clock was ahead.
   */
  restamp(mapping: ReadonlyMap<string, string>): Promise<void>;
  /** Merge operations from the share; records concurrent edits. Applying one twice changes nothing. */
  applyRemote(
    ops: readonly Operation[],
    options: { detectConflicts: boolean },
  ): Promise<{ applied: number; conflicts: ConflictFound[] }>;
  /** The winning operation of every field of every synced record (for a snapshot). */
  exportWinningOps(): Promise<Operation[]>;
  /** Content hashes referenced by attachment records. */
  attachmentHashes(): Promise<string[]>;
  hasBlob(hash: string): Promise<boolean>;
  readBlob(hash: string): Promise<Uint8Array | undefined>;
  putBlob(hash: string, bytes: Uint8Array): Promise<void>;
}

export interface DeviceInfo {
  device: string;
  user: string;
  department: string;
  app: string;
  /** Newest writing time seen from this device (ISO). */
  lastActivity: string;
  segments: number;
  operations: number;
}

export type ProblemCode =
  | 'clock-corrected'
  | 'incomplete-file'
  | 'corrupt-file'
  | 'duplicate-copy'
  | 'unexpected-file'
  | 'newer-format'
  | 'write-failed'
  | 'read-failed'
  | 'clock-off'
  | 'missing-attachment'
  | 'corrupt-attachment'
  | 'device-cloned'
  | 'missing-segment';

export interface SyncProblem {
  code: ProblemCode;
  /** The file on the share it concerns, when there is one. */
  file?: string;
  /** Extra figures for the message, e.g. the clock offset in minutes or a device id. */
  detail?: string;
}

/** What the engine remembers between syncs (one JSON value in the local store). */
export interface SyncState {
  /** The device id the state belongs to; a new id starts a new state for own files. */
  device: string;
  nextSeq: number;
  /** Segments this device wrote: name and stamp range, to requeue them if they vanish. */
  own: { name: string; first: string; last: string; requeued?: boolean }[];
  /** The name about to be written, so a crash right after the write is not mistaken for a clone. */
  pending: string[];
  /** Other devices' segments (and the snapshot) already merged. */
  seen: string[];
  /** Failed reads per file name; a file that keeps failing becomes a problem. */
  failures: Record<string, number>;
  devices: Record<string, DeviceInfo>;
  /** Recent estimates of (server time − laptop time) in ms. */
  offsetSamples: number[];
  /** Attachment hashes known to be on the share. */
  uploaded: string[];
  lastSuccessAt?: string;
  problems: SyncProblem[];
  /** Segments seen when this device last wrote a snapshot. */
  snapshotAt: number;
}

export function emptySyncState(device: string): SyncState {
  return {
    device,
    nextSeq: 1,
    own: [],
    pending: [],
    seen: [],
    failures: {},
    devices: {},
    offsetSamples: [],
    uploaded: [],
    problems: [],
    snapshotAt: 0,
  };
}
