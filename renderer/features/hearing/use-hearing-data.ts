import { useLiveQuery } from 'dexie-react-hooks';
import type { Initiative } from '../../../shared/domain/initiative';
import type { ReferenceItem } from '../../../shared/domain/reference-lists';
import { useServices } from '../../app-services';
import type { HearingRound, ImportBatch } from './hearing-records';

type Stored<T> = T & { id: string };

export function useInitiatives(): Initiative[] | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => (await db.initiatives.toArray()).filter((i) => !i._deleted), [db]);
}

export function useReferenceItems(): ReferenceItem[] | undefined {
  const { db } = useServices();
  return useLiveQuery(
    async () =>
      (await db.referenceItems.toArray())
        .filter((i) => !i._deleted)
        .sort((a, b) => a.sortOrder - b.sortOrder) as ReferenceItem[],
    [db],
  );
}

export function useHearingRounds(): Map<string, Stored<HearingRound>> | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const rows = (await db.hearingRounds.toArray()).filter((r) => !r._deleted) as unknown as Stored<HearingRound>[];
    return new Map(rows.map((r) => [r.department, r]));
  }, [db]);
}

export function useImportBatches(): Stored<ImportBatch>[] | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const rows = (await db.importBatches.toArray()).filter((r) => !r._deleted) as unknown as Stored<ImportBatch>[];
    return rows.sort((a, b) => (a.appliedAt < b.appliedAt ? 1 : -1));
  }, [db]);
}
