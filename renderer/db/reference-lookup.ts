import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { adultGroupIds } from '../../shared/domain/initiative-filter';
import { type ReferenceItem, type ReferenceKind, referenceLabel } from '../../shared/domain/reference-lists';
import { useServices } from '../app-services';

export interface ReferenceLookup {
  /** Items that can be chosen (not archived), in list order. */
  items: ReferenceItem[];
  /** The choosable items of one list, in their order. */
  options(kind: ReferenceKind): ReferenceItem[];
  /** Label of an id in the UI language (archived items too); the id itself when the item is unknown. */
  label(kind: ReferenceKind, id: string): string;
  /** Target groups of 18 or older, archived ones included, as the inventory's 18+ filter counts them. */
  adultGroups: ReadonlySet<string>;
  ready: boolean;
}

/** The reference lists (departments, districts, …), live, with labels in the UI language. */
export function useReferenceLookup(): ReferenceLookup {
  const { db } = useServices();
  const { i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'da';
  const all = useLiveQuery(async () => (await db.referenceItems.toArray()).filter((i) => !i._deleted), [db]);
  return useMemo(() => {
    const everything = (all ?? []) as ReferenceItem[];
    const byKey = new Map(everything.map((item) => [`${item.kind}:${item.id}`, item]));
    const items = everything.filter((i) => !i.archived).sort((a, b) => a.sortOrder - b.sortOrder);
    const byKind = new Map<ReferenceKind, ReferenceItem[]>();
    for (const item of items) byKind.set(item.kind, [...(byKind.get(item.kind) ?? []), item]);
    return {
      items,
      options: (kind) => byKind.get(kind) ?? [],
      label(kind, id) {
        const item = byKey.get(`${kind}:${id}`);
        return item ? referenceLabel(item, language) : id;
      },
      adultGroups: adultGroupIds(everything),
      ready: all !== undefined,
    };
  }, [all, language]);
}
