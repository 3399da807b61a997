import { isValidDeviceId, unpackStamp } from './hlc';
import { type Operation, OperationSchema } from './operation';

/**
 * Segment and snapshot files on the share: immutable, one writer each, named
 * so that a directory listing alone tells what is new, how long the file must
 * be and what its checksum is (docs/sync-format.md is the contract).
 *
 *   s1.<device>.<seq>.<first>.<last>.<count>.<bytes>.<sha16>.seg
 *   n1.<device>.<last>.<segments>.<count>.<bytes>.<sha16>.snap
 *
 * where <first>/<last> are HLC stamps as `<wall ms, 13 digits>-<counter, 4 hex>`.
 */
export const FORMAT_VERSION = 1;

export const SEGMENT_FORMAT = 'csb-sync-segment';
export const SNAPSHOT_FORMAT = 'csb-sync-snapshot';

export interface SegmentName {
  kind: 'segment';
  name: string;
  version: number;
  device: string;
  seq: number;
  first: string;
  last: string;
  count: number;
  bytes: number;
  sha: string;
}

export interface SnapshotName {
  kind: 'snapshot';
  name: string;
  version: number;
  device: string;
  last: string;
  /** Number of segments the snapshot covers; the new laptop starts from the one that covers most. */
  segments: number;
  count: number;
  bytes: number;
  sha: string;
}

/** What a file name in the log folder is. */
export type LogEntry =
  | SegmentName
  | SnapshotName
  | { kind: 'newer-format'; name: string; version: number }
  | { kind: 'duplicate-copy'; name: string }
  | { kind: 'temporary'; name: string }
  | { kind: 'ignored'; name: string }
  | { kind: 'unexpected'; name: string };

const STAMP = '(\\d{13,15})-([0-9a-f]{4})';
const SEGMENT_RE = new RegExp(
  `^s(\\d+)\\.([A-Za-z0-9_]{1,40})\\.(\\d{6,})\\.${STAMP}\\.${STAMP}\\.(\\d+)\\.(\\d+)\\.([0-9a-f]{16})\\.seg$`,
);
const SNAPSHOT_RE = new RegExp(
  `^n(\\d+)\\.([A-Za-z0-9_]{1,40})\\.${STAMP}\\.(\\d+)\\.(\\d+)\\.(\\d+)\\.([0-9a-f]{16})\\.snap$`,
);
/** Any name that starts like ours and carries a version, to refuse a newer format even if the rest changed. */
const VERSIONED_RE = /^([sn])(\d+)\./;
const SYSTEM_FILES = new Set(['desktop.ini', 'thumbs.db', '.ds_store']);

/** HLC stamp → the compact form used in names (no ':' so Windows accepts it). */
export function stampForName(packed: string): string {
  const stamp = unpackStamp(packed);
  return `${String(stamp.wall).padStart(13, '0')}-${stamp.counter.toString(16).padStart(4, '0')}`;
}

/** The compact form back to a stamp of `device` (for comparisons with full stamps). */
export function stampFromName(wall: string, counter: string, device: string): string {
  return `${new Date(Number(wall)).toISOString()}-${counter}-${device}`;
}

export function segmentFileName(s: Omit<SegmentName, 'kind' | 'version' | 'name'>): string {
  return [
    `s${FORMAT_VERSION}`,
    s.device,
    String(s.seq).padStart(6, '0'),
    stampForName(s.first),
    stampForName(s.last),
    s.count,
    s.bytes,
    s.sha,
    'seg',
  ].join('.');
}

export function snapshotFileName(s: Omit<SnapshotName, 'kind' | 'version' | 'name'>): string {
  return [`n${FORMAT_VERSION}`, s.device, stampForName(s.last), s.segments, s.count, s.bytes, s.sha, 'snap'].join('.');
}

/** Classify a name from the listing without reading the file. */
export function parseLogName(name: string): LogEntry {
  const lower = name.toLowerCase();
  if (SYSTEM_FILES.has(lower)) return { kind: 'ignored', name };
  if (name.startsWith('.tmp-') || name.startsWith('~')) return { kind: 'temporary', name };
  const seg = SEGMENT_RE.exec(name);
  if (seg) {
    const [, version, device, seq, fw, fc, lw, lc, count, bytes, sha] = seg as unknown as string[];
    const dev = device as string;
    if (Number(version) !== FORMAT_VERSION) return { kind: 'newer-format', name, version: Number(version) };
    return {
      kind: 'segment',
      name,
      version: Number(version),
      device: dev,
      seq: Number(seq),
      first: stampFromName(fw as string, fc as string, dev),
      last: stampFromName(lw as string, lc as string, dev),
      count: Number(count),
      bytes: Number(bytes),
      sha: sha as string,
    };
  }
  const snap = SNAPSHOT_RE.exec(name);
  if (snap) {
    const [, version, device, lw, lc, segments, count, bytes, sha] = snap as unknown as string[];
    const dev = device as string;
    if (Number(version) !== FORMAT_VERSION) return { kind: 'newer-format', name, version: Number(version) };
    return {
      kind: 'snapshot',
      name,
      version: Number(version),
      device: dev,
      last: stampFromName(lw as string, lc as string, dev),
      segments: Number(segments),
      count: Number(count),
      bytes: Number(bytes),
      sha: sha as string,
    };
  }
  const versioned = VERSIONED_RE.exec(name);
  if (versioned && Number(versioned[2]) > FORMAT_VERSION && /\.(seg|snap)$/.test(name)) {
    return { kind: 'newer-format', name, version: Number(versioned[2]) };
  }
  // "name (1).seg", "name-LAPTOP-42.seg": copies a sync client made of one of our files.
  if (versioned && /\.(seg|snap)$/i.test(name)) return { kind: 'duplicate-copy', name };
  if (versioned && /\.(seg|snap)[^/]*$/i.test(name)) return { kind: 'duplicate-copy', name };
  return { kind: 'unexpected', name };
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Who wrote a segment; shown in the devices view. */
export interface SegmentHeader {
  format: typeof SEGMENT_FORMAT;
  version: number;
  device: string;
  seq: number;
  user: string;
  department: string;
  app: string;
  /** Corrected wall time of writing (ISO). */
  writtenAt: string;
  count: number;
}

export interface EncodedFile {
  name: string;
  bytes: Uint8Array;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** One JSON line per operation, after a header line. Operations are sorted by stamp. */
export async function encodeSegment(
  header: Omit<SegmentHeader, 'format' | 'version' | 'count'>,
  ops: readonly Operation[],
): Promise<EncodedFile> {
  if (ops.length === 0) throw new Error('A segment needs at least one operation');
  if (!isValidDeviceId(header.device)) throw new Error(`Invalid device id: ${header.device}`);
  const sorted = [...ops].sort((a, b) => (a.hlc < b.hlc ? -1 : 1));
  const full: SegmentHeader = { format: SEGMENT_FORMAT, version: FORMAT_VERSION, ...header, count: sorted.length };
  const lines = [JSON.stringify(full), ...sorted.map(opLine)];
  const bytes = encoder.encode(`${lines.join('\n')}\n`);
  const sha = (await sha256Hex(bytes)).slice(0, 16);
  const first = (sorted[0] as Operation).hlc;
  const last = (sorted[sorted.length - 1] as Operation).hlc;
  const name = segmentFileName({
    device: header.device,
    seq: header.seq,
    first,
    last,
    count: sorted.length,
    bytes: bytes.byteLength,
    sha,
  });
  return { name, bytes };
}

function opLine(op: Operation): string {
  const { hlc, table, recordId, field, value, old, actor } = op;
  return JSON.stringify(
    old === undefined
      ? { hlc, table, recordId, field, value, actor }
      : { hlc, table, recordId, field, value, old, actor },
  );
}

/** Why a file could not be used; 'incomplete' may heal (still being copied), the rest needs a person. */
export type FileFault = 'incomplete' | 'corrupt' | 'newer-format';

export class FileFaultError extends Error {
  constructor(
    readonly fault: FileFault,
    message: string,
  ) {
    super(message);
    this.name = 'FileFaultError';
  }
}

/** Check length and checksum against the name before parsing anything. */
async function verify(bytes: Uint8Array, expected: { bytes: number; sha: string }): Promise<void> {
  if (bytes.byteLength < expected.bytes)
    throw new FileFaultError('incomplete', `File is ${bytes.byteLength} of ${expected.bytes} bytes`);
  if (bytes.byteLength > expected.bytes)
    throw new FileFaultError('corrupt', `File is ${bytes.byteLength} bytes, name says ${expected.bytes}`);
  const sha = (await sha256Hex(bytes)).slice(0, 16);
  // A file of the right length with the wrong checksum is usually one still being filled in by a sync client.
  if (sha !== expected.sha) throw new FileFaultError('incomplete', 'Checksum does not match the name');
}

function parseLines(bytes: Uint8Array): unknown[] {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new FileFaultError('corrupt', 'Not UTF-8');
  }
  const lines = text.split('\n').filter((l) => l.length > 0);
  try {
    return lines.map((l) => JSON.parse(l) as unknown);
  } catch {
    throw new FileFaultError('corrupt', 'A line is not JSON');
  }
}

function parseOps(rows: unknown[]): Operation[] {
  return rows.map((row, i) => {
    const parsed = OperationSchema.safeParse(row);
    if (!parsed.success) throw new FileFaultError('corrupt', `Operation ${i + 1} is invalid`);
    return parsed.data;
  });
}

export async function decodeSegment(
  name: SegmentName,
  bytes: Uint8Array,
): Promise<{ header: SegmentHeader; ops: Operation[] }> {
  await verify(bytes, name);
  const [head, ...rows] = parseLines(bytes);
  const header = head as Partial<SegmentHeader> | undefined;
  if (header?.format !== SEGMENT_FORMAT) throw new FileFaultError('corrupt', 'Missing segment header');
  if (typeof header.version !== 'number' || header.version > FORMAT_VERSION) {
    throw new FileFaultError(
      'newer-format',
      `Segment format ${String(header.version)} is newer than ${FORMAT_VERSION}`,
    );
  }
  if (header.device !== name.device || rows.length !== name.count)
    throw new FileFaultError('corrupt', 'Header does not match the name');
  return { header: header as SegmentHeader, ops: parseOps(rows) };
}

export interface SnapshotHeader {
  format: typeof SNAPSHOT_FORMAT;
  version: number;
  device: string;
  writtenAt: string;
  /** Names of every segment whose operations the snapshot includes. */
  covers: string[];
  count: number;
}

/**
 * A snapshot is the winning operation of every field of every record, so
 * applying it is the same merge as applying the log: another device's later
 * operation still wins over it.
 */
export async function encodeSnapshot(
  header: Omit<SnapshotHeader, 'format' | 'version' | 'count'>,
  ops: readonly Operation[],
): Promise<EncodedFile> {
  const sorted = [...ops].sort((a, b) => (a.hlc < b.hlc ? -1 : 1));
  const full: SnapshotHeader = { format: SNAPSHOT_FORMAT, version: FORMAT_VERSION, ...header, count: sorted.length };
  const bytes = encoder.encode(`${[JSON.stringify(full), ...sorted.map(opLine)].join('\n')}\n`);
  const sha = (await sha256Hex(bytes)).slice(0, 16);
  const last =
    sorted.length > 0
      ? (sorted[sorted.length - 1] as Operation).hlc
      : `${new Date(0).toISOString()}-0000-${header.device}`;
  const name = snapshotFileName({
    device: header.device,
    last,
    segments: header.covers.length,
    count: sorted.length,
    bytes: bytes.byteLength,
    sha,
  });
  return { name, bytes };
}

export async function decodeSnapshot(
  name: SnapshotName,
  bytes: Uint8Array,
): Promise<{ header: SnapshotHeader; ops: Operation[] }> {
  await verify(bytes, name);
  const [head, ...rows] = parseLines(bytes);
  const header = head as Partial<SnapshotHeader> | undefined;
  if (header?.format !== SNAPSHOT_FORMAT || !Array.isArray(header.covers))
    throw new FileFaultError('corrupt', 'Missing snapshot header');
  if (typeof header.version !== 'number' || header.version > FORMAT_VERSION) {
    throw new FileFaultError(
      'newer-format',
      `Snapshot format ${String(header.version)} is newer than ${FORMAT_VERSION}`,
    );
  }
  if (rows.length !== name.count) throw new FileFaultError('corrupt', 'Header does not match the name');
  return { header: header as SnapshotHeader, ops: parseOps(rows) };
}
