import { useSyncExternalStore } from 'react';
import { EMPTY_FILTER, type InitiativeFilter, InitiativeFilterSchema } from '../../shared/domain/initiative-filter';

/**
 * The inventory filter in force, shared by the initiatives table and the
 * dashboard (clicking a bar sets it). Kept for the session across reloads.
 */
const KEY = 'csb.initiativeFilter';
const listeners = new Set<() => void>();
let current: InitiativeFilter = load();

function load(): InitiativeFilter {
  try {
    const parsed = InitiativeFilterSchema.safeParse(JSON.parse(sessionStorage.getItem(KEY) ?? '{}'));
    return parsed.success ? parsed.data : EMPTY_FILTER;
  } catch {
    return EMPTY_FILTER;
  }
}

export function getInitiativeFilter(): InitiativeFilter {
  return current;
}

export function setInitiativeFilter(next: InitiativeFilter | ((prev: InitiativeFilter) => InitiativeFilter)): void {
  current = typeof next === 'function' ? next(current) : next;
  sessionStorage.setItem(KEY, JSON.stringify(current));
  for (const listener of listeners) listener();
}

export function useInitiativeFilter(): [InitiativeFilter, typeof setInitiativeFilter] {
  const filter = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
  return [filter, setInitiativeFilter];
}
