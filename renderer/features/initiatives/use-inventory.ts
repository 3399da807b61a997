import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { Initiative } from '../../../shared/domain/initiative';
import { adultGroupIds } from '../../../shared/domain/initiative-filter';
import { type ReferenceItem, type ReferenceKind, referenceLabel } from '../../../shared/domain/reference-lists';
import { createForgivingSearch, type ForgivingSearch } from '../../../shared/search/forgiving-search';
import { useServices } from '../../app-services';
import { type InventorySnapshot, inventoryStore } from './inventory-store';

/** Every initiative that is not deleted (archived ones included), live; undefined until the first rows are read. */
export function useInventory(): InventorySnapshot | undefined {
  const { db } = useServices();
  const store = inventoryStore(db);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

export interface ReferenceLookup {
  /** Label of an id in the UI language; the id itself when the item is unknown. */
  label(kind: ReferenceKind, id: string): string;
  /** Items of a list that can be chosen (not archived), in their order. */
  options(kind: ReferenceKind): ReferenceItem[];
  adultGroups: ReadonlySet<string>;
  ready: boolean;
}

/** The reference lists, live, with labels in the UI language. */
export function useReferenceLookup(): ReferenceLookup {
  const { db } = useServices();
  const { i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'da';
  const items = useLiveQuery(async () => (await db.referenceItems.toArray()).filter((i) => !i._deleted), [db]);
  return useMemo(() => {
    const all = (items ?? []) as ReferenceItem[];
    const byKey = new Map(all.map((item) => [`${item.kind}:${item.id}`, item]));
    const byKind = new Map<ReferenceKind, ReferenceItem[]>();
    for (const item of [...all].sort((a, b) => a.sortOrder - b.sortOrder)) {
      if (item.archived) continue;
      byKind.set(item.kind, [...(byKind.get(item.kind) ?? []), item]);
    }
    return {
      label(kind, id) {
        const item = byKey.get(`${kind}:${id}`);
        return item ? referenceLabel(item, language) : id;
      },
      options: (kind) => byKind.get(kind) ?? [],
      adultGroups: adultGroupIds(all),
      ready: items !== undefined,
    };
  }, [items, language]);
}

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

export function useInitiativeSearch(records: readonly Initiative[] | undefined): InitiativeSearch {
  const state = useRef<{ index: ForgivingSearch<SearchDoc>; seen: Map<string, string> } | null>(null);
  return useMemo(() => {
    let synced = false;
    const sync = () => {
      if (synced || !records) return;
      synced = true;
      state.current ??= {
        index: createForgivingSearch<SearchDoc>(['title', 'description', 'notes'], { title: 2 }),
        seen: new Map(),
      };
      const { index, seen } = state.current;
      const changed: SearchDoc[] = [];
      const present = new Set<string>();
      for (const record of records) {
        present.add(record.id);
        if (seen.get(record.id) === record.updatedAt) continue;
        seen.set(record.id, record.updatedAt);
        changed.push({ id: record.id, title: record.title, description: record.description, notes: record.notes });
      }
      const gone = [...seen.keys()].filter((id) => !present.has(id));
      for (const id of gone) seen.delete(id);
      index.remove(gone);
      index.upsert(changed);
    };
    return {
      search(query) {
        if (!query.trim()) return null;
        sync();
        const ids = state.current?.index.search(query);
        return ids ? new Set(ids) : null;
      },
      prepare: sync,
    };
  }, [records]);
}
