import { useMemo, useSyncExternalStore } from 'react';
import type { Initiative } from '../../../shared/domain/initiative';
import { type InitiativeFilter, matchesFilter } from '../../../shared/domain/initiative-filter';
import { createForgivingSearch, type ForgivingSearch } from '../../../shared/search/forgiving-search';
import { useServices } from '../../app-services';
import { useInitiativeFilter } from '../../state/initiative-filter-store';
import { type InventorySnapshot, inventoryStore } from './inventory-store';

/** Every initiative that is not deleted (archived ones included), live; undefined until the first rows are read. */
export function useInventory(): InventorySnapshot | undefined {
  const { db } = useServices();
  const store = inventoryStore(db);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

import { useReferenceLookup } from '../../db/reference-lookup';

export { type ReferenceLookup, useReferenceLookup } from '../../db/reference-lookup';

type SearchDoc = Pick<Initiative, 'id' | 'title' | 'description' | 'notes'>;

/**
 * The inventory's search index, built once and then kept up to date record by
 * record (by `updatedAt`), so a keystroke only queries it.
 */
export interface InitiativeSearch {
  /** Ids matching the query; null when the query is empty. */
  search(query: string): Set<string> | null;
  /** Bring the index up to date now (done in idle time so the first search is quick). */
  prepare(): void;
}

interface SearchState {
  index: ForgivingSearch<SearchDoc>;
  /** `updatedAt` of each record as indexed (or queued). */
  seen: Map<string, string>;
  /** Records still to be indexed; worked off in short slices so the page never freezes. */
  queue: SearchDoc[];
  timer: ReturnType<typeof setTimeout> | undefined;
}

// One index per database for the whole session: leaving the section and coming back does not rebuild it.
const searchStates = new WeakMap<object, SearchState>();

const SLICE_MS = 20;

export function useInitiativeSearch(records: readonly Initiative[] | undefined): InitiativeSearch {
  const { db } = useServices();
  return useMemo(() => {
    let state = searchStates.get(db);
    if (!state) {
      state = {
        index: createForgivingSearch<SearchDoc>(['title', 'description', 'notes'], { title: 2 }),
        seen: new Map(),
        queue: [],
        timer: undefined,
      };
      searchStates.set(db, state);
    }
    const current = state;
    let diffed = false;
    // What changed since the index last saw the records; only those are (re)indexed.
    const diff = () => {
      if (diffed || !records) return;
      diffed = true;
      const present = new Set<string>();
      for (const record of records) {
        present.add(record.id);
        if (current.seen.get(record.id) === record.updatedAt) continue;
        current.seen.set(record.id, record.updatedAt);
        current.queue.push({
          id: record.id,
          title: record.title,
          description: record.description,
          notes: record.notes,
        });
      }
      const gone = new Set([...current.seen.keys()].filter((id) => !present.has(id)));
      if (gone.size === 0) return;
      for (const id of gone) current.seen.delete(id);
      current.queue = current.queue.filter((doc) => !gone.has(doc.id));
      current.index.remove([...gone]);
    };
    const drain = (budgetMs: number): boolean => {
      const started = performance.now();
      while (current.queue.length > 0 && performance.now() - started < budgetMs) {
        current.index.upsert(current.queue.splice(0, 100));
      }
      return current.queue.length === 0;
    };
    return {
      search(query) {
        if (!query.trim()) return null;
        diff();
        drain(Number.POSITIVE_INFINITY);
        const ids = current.index.search(query);
        return ids ? new Set(ids) : null;
      },
      prepare() {
        diff();
        clearTimeout(current.timer);
        const step = () => {
          if (!drain(SLICE_MS)) current.timer = setTimeout(step, 0);
        };
        step();
      },
    };
  }, [records, db]);
}

/**
 * The inventory as the shared filter (and its search) shows it: for other
 * sections, e.g. the dashboard, that follow what the table shows. Unsorted.
 */
export function useFilteredInitiatives(): { initiatives: Initiative[]; complete: boolean } | undefined {
  const inventory = useInventory();
  const lookup = useReferenceLookup();
  const [filter] = useInitiativeFilter();
  const search = useInitiativeSearch(inventory?.records);
  return useMemo(() => {
    if (!inventory || !lookup.ready) return undefined;
    const matches = search.search(filter.search);
    return {
      initiatives: inventory.records.filter(shownBy(filter, lookup.adultGroups, matches)),
      complete: inventory.complete,
    };
  }, [inventory, lookup, filter, search]);
}

/** Does a record pass the facets and the text search (the ids the search found, or null for no search)? */
export function shownBy(
  filter: InitiativeFilter,
  adultGroups: ReadonlySet<string>,
  matches: ReadonlySet<string> | null,
): (row: Initiative) => boolean {
  return (row) => matchesFilter(row, filter, adultGroups) && (!matches || matches.has(row.id));
}
