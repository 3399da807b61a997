import Dexie, { type Table } from 'dexie';
import type { Initiative } from '../../shared/domain/initiative';
import type { ReferenceItem } from '../../shared/domain/reference-lists';
import type { SyncedRecord } from '../../shared/sync/apply';
import type { Operation } from '../../shared/sync/operation';
import type { SyncedTable } from '../../shared/sync/tables';
import { v1 } from './versions/v1';
import { upgradeToV2, v2 } from './versions/v2';
import { v3 } from './versions/v3';

/** An operation as kept locally: the history, and the queue of what is not yet on the share. */
export interface StoredOperation extends Operation {
  /** 0 until the operation is in a segment on the share (numbers, since IndexedDB cannot index booleans). */
  shipped: 0 | 1;
  /** Device that made the change (from the stamp), for quick display. */
  device: string;
}

/** A concurrent edit that lost by the clock; the user may keep it instead. */
export interface ConflictRecord {
  id?: number;
  table: SyncedTable;
  recordId: string;
  field: string;
  keptValue: unknown;
  keptHlc: string;
  lostValue: unknown;
  lostHlc: string;
  resolved: 0 | 1;
}

export interface MetaRecord {
  key: string;
  value: unknown;
}

/** The bytes of an attachment, by SHA-256 (hex) of its content. */
export interface AttachmentBlob {
  hash: string;
  bytes: Uint8Array;
}

export interface SavedView {
  id: string;
  name: string;
  state: unknown;
}

export type ReferenceItemRecord = ReferenceItem & SyncedRecord;
/** Records of feature tables; each feature validates its own fields with its zod schema. */
export type GenericRecord = SyncedRecord;

export const DATABASE_NAME = 'sikker-by-desk';

export class CsbDatabase extends Dexie {
  initiatives!: Table<Initiative, string>;
  referenceItems!: Table<ReferenceItemRecord, string>;
  staff!: Table<GenericRecord, string>;
  absences!: Table<GenericRecord, string>;
  milestones!: Table<GenericRecord, string>;
  meetings!: Table<GenericRecord, string>;
  meetingActions!: Table<GenericRecord, string>;
  organisations!: Table<GenericRecord, string>;
  contacts!: Table<GenericRecord, string>;
  attachments!: Table<GenericRecord, string>;
  hearingRounds!: Table<GenericRecord, string>;
  columnMappings!: Table<GenericRecord, string>;
  importBatches!: Table<GenericRecord, string>;
  goals!: Table<GenericRecord, string>;
  indicators!: Table<GenericRecord, string>;
  measurements!: Table<GenericRecord, string>;
  followupStatuses!: Table<GenericRecord, string>;
  rankings!: Table<GenericRecord, string>;
  districtIndicators!: Table<GenericRecord, string>;
  overlapMarks!: Table<GenericRecord, string>;
  ops!: Table<StoredOperation, string>;
  conflicts!: Table<ConflictRecord, number>;
  savedViews!: Table<SavedView, string>;
  meta!: Table<MetaRecord, string>;
  attachmentBlobs!: Table<AttachmentBlob, string>;

  constructor(name = DATABASE_NAME) {
    super(name);
    // Every schema version stays here forever; add a new file per version, never edit an old one.
    this.version(1).stores(v1);
    this.version(2).stores(v2).upgrade(upgradeToV2);
    this.version(3).stores(v3);
  }

  /** The table behind a synced table name. */
  synced(table: SyncedTable): Table<SyncedRecord, string> {
    return this.table(table);
  }
}
