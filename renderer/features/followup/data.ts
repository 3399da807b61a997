import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Initiative } from '../../../shared/domain/initiative';
import { type ReferenceItem, type ReferenceKind, referenceLabel } from '../../../shared/domain/reference-lists';
import {
  DistrictIndicatorSchema,
  FollowupStatusSchema,
  GoalSchema,
  IndicatorSchema,
  MeasurementSchema,
  OverlapMarkSchema,
  RankingSchema,
} from '../../../shared/followup/schemas';
import type { SyncedRecord } from '../../../shared/sync/apply';
import { useServices } from '../../app-services';
import type { ChangeRecorder } from '../../db/change-recorder';
import { createRepository } from '../../db/repository';

/** The follow-up's repositories: every write validated and recorded as field operations. */
export function followupRepositories(recorder: ChangeRecorder) {
  return {
    goals: createRepository('goals', GoalSchema, recorder),
    indicators: createRepository('indicators', IndicatorSchema, recorder),
    measurements: createRepository('measurements', MeasurementSchema, recorder),
    statuses: createRepository('followupStatuses', FollowupStatusSchema, recorder),
    rankings: createRepository('rankings', RankingSchema, recorder),
    districtIndicators: createRepository('districtIndicators', DistrictIndicatorSchema, recorder),
    overlapMarks: createRepository('overlapMarks', OverlapMarkSchema, recorder),
  };
}
export type FollowupRepositories = ReturnType<typeof followupRepositories>;

export function useFollowupRepositories(): FollowupRepositories {
  const { recorder } = useServices();
  return useMemo(() => followupRepositories(recorder), [recorder]);
}

export type Stored<S extends z.ZodType> = z.output<S> & SyncedRecord;

type FollowupTable =
  | 'goals'
  | 'indicators'
  | 'measurements'
  | 'followupStatuses'
  | 'rankings'
  | 'districtIndicators'
  | 'overlapMarks';

/**
 * Live, validated records of a follow-up table. Records that fail the schema
 * (e.g. half-synced from a newer version) are left out rather than crash the view.
 */
export function useLiveRecords<S extends z.ZodType>(table: FollowupTable, schema: S): Stored<S>[] | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const rows = await db.synced(table).toArray();
    return rows.filter((r) => !r._deleted && schema.safeParse(stripBookkeeping(r)).success) as Stored<S>[];
  }, [db, table]);
}

function stripBookkeeping(record: SyncedRecord): Record<string, unknown> {
  const { id: _i, _stamps: _s, updatedAt: _u, _deleted: _d, ...fields } = record;
  return fields;
}

/** Live initiatives that are not deleted (archived ones included: callers decide). */
export function useLiveInitiatives(): Initiative[] | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => (await db.initiatives.toArray()).filter((i) => !i._deleted), [db]);
}

export interface ReferenceLookup {
  items: ReferenceItem[];
  ofKind(kind: ReferenceKind): ReferenceItem[];
  label(kind: ReferenceKind, id: string): string;
}

/** Reference items (departments, districts, …) with labels in the UI language. */
export function useReferenceLookup(): ReferenceLookup {
  const { db } = useServices();
  const { i18n } = useTranslation();
  const items = useLiveQuery(
    async () =>
      (await db.referenceItems.toArray())
        .filter((i) => !i._deleted && !i.archived)
        .sort((a, b) => a.sortOrder - b.sortOrder),
    [db],
  );
  const language = i18n.language === 'en' ? 'en' : 'da';
  return useMemo(() => {
    const list = items ?? [];
    const byKey = new Map(list.map((i) => [`${i.kind}:${i.id}`, i]));
    return {
      items: list,
      ofKind: (kind) => list.filter((i) => i.kind === kind),
      label: (kind, id) => {
        const item = byKey.get(`${kind}:${id}`);
        return item ? referenceLabel(item, language) : id;
      },
    };
  }, [items, language]);
}
