/**
 * Tables whose changes are recorded as operations and synced through the
 * share. The names are part of the on-share format: never rename one.
 */
export const SYNCED_TABLES = [
  'initiatives',
  'referenceItems',
  'staff',
  'absences',
  'milestones',
  'meetings',
  'meetingActions',
  'organisations',
  'contacts',
  'attachments',
  'hearingRounds',
  'columnMappings',
  'importBatches',
  'goals',
  'indicators',
  'measurements',
  'followupStatuses',
  'rankings',
  'districtIndicators',
  'overlapMarks',
] as const;
export type SyncedTable = (typeof SYNCED_TABLES)[number];

export function isSyncedTable(name: string): name is SyncedTable {
  return (SYNCED_TABLES as readonly string[]).includes(name);
}
