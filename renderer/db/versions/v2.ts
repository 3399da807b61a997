import type { Transaction } from 'dexie';

/**
 * Version 2: multi-entry indexes for the inventory filters, and the tables of
 * the hearing, follow-up, meetings and sync features.
 */
export const v2 = {
  initiatives: 'id, department, status, updatedAt, *districts, *targetGroups, *focusAreas',
  meetingActions: 'id, meetingId, status, dueDate',
  hearingRounds: 'id, department',
  columnMappings: 'id',
  importBatches: 'id, appliedAt',
  goals: 'id, initiativeId',
  indicators: 'id, initiativeId, goalId',
  measurements: 'id, indicatorId',
  followupStatuses: 'id, initiativeId, period',
  rankings: 'id, department',
  districtIndicators: 'id, district, year',
  overlapMarks: 'id',
  savedViews: 'id',
  conflicts: '++id, [table+recordId], resolved',
} as const;

/** Initiatives written by version 1 may lack list fields; the v2 indexes need them as arrays. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('initiatives')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      for (const field of ['districts', 'targetGroups', 'focusAreas', 'partners']) {
        if (!Array.isArray(row[field])) row[field] = [];
      }
      if (typeof row.archived !== 'boolean') row.archived = false;
      if (typeof row._stamps !== 'object' || row._stamps === null) row._stamps = {};
    });
}
