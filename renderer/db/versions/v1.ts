/** Version 1: the first schema (keys and indexes only; Dexie stores every other field as is). */
export const v1 = {
  initiatives: 'id, department, status, updatedAt',
  referenceItems: 'id, kind',
  staff: 'id, department',
  absences: 'id, staffId, from',
  milestones: 'id, date',
  meetings: 'id, date',
  organisations: 'id',
  contacts: 'id, organisationId',
  attachments: 'id, hash',
  ops: 'hlc, [table+recordId], shipped',
  meta: 'key',
} as const;
