import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { z } from 'zod';
import type { Initiative } from '../../../shared/domain/initiative';
import { exampleFollowup } from '../../../shared/followup/example-data';
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

export { type ReferenceLookup, useReferenceLookup } from '../../db/reference-lookup';

/**
 * Example follow-up data for the example inventory (statuses, indicators with
 * measurements, district indicators). Fixed ids: loading twice changes nothing.
 */
export async function loadExampleFollowup(recorder: ChangeRecorder, actor: string): Promise<number> {
  const repos = followupRepositories(recorder);
  const { db } = recorder;
  const initiatives = (await db.initiatives.toArray()).filter((i) => !i._deleted);
  const data = exampleFollowup(initiatives);
  const tables = [db.followupStatuses, db.indicators, db.measurements, db.districtIndicators, db.ops, db.meta];
  let written = 0;
  await db.transaction('rw', tables, async () => {
    const put = async <S extends z.ZodType<Record<string, unknown>>>(
      repository: { get(id: string): Promise<unknown>; create(v: z.input<S>, a: string, id: string): Promise<string> },
      rows: { id: string; values: z.input<S> }[],
    ) => {
      for (const row of rows) {
        if (await repository.get(row.id)) continue;
        await repository.create(row.values, actor, row.id);
        written++;
      }
    };
    await put(repos.statuses, data.statuses);
    await put(repos.indicators, data.indicators);
    await put(repos.measurements, data.measurements);
    await put(repos.districtIndicators, data.districtIndicators);
  });
  return written;
}
