import MiniSearch from 'minisearch';

/**
 * Forgiving full-text search: what people type on a laptop without a Danish
 * keyboard, in a hurry, must still find the record. "norrebro", "noerrebro"
 * and "Nørrebro" are one word; "blaagaards" finds "Blågårds"; a typo in a
 * longer word is tolerated; the last word may be a beginning ("hotsp").
 */

const DIACRITICS = /[\u0300-\u036f]/g;

/**
 * One spelling for every way of writing æ, ø and å: both the letters and
 * their two-letter and one-letter fallbacks (ae/a, oe/o, aa/a) end up the same.
 * Applied alike to indexed text and queries, so any collision is harmless.
 */
const FOLD: Record<string, string> = { æ: 'a', ø: 'o', å: 'a', ae: 'a', oe: 'o', aa: 'a' };

export function foldTerm(term: string): string {
  // One pass (this runs for every word of every record when the index is built).
  const lower = term.toLowerCase().replace(/æ|ø|å|ae|oe|aa/g, (match) => FOLD[match] ?? match);
  // Other accents (é, ü, …) only when there are any: normalising is the slow part.
  return /[^\x20-\x7e]/.test(lower) ? lower.normalize('NFD').replace(DIACRITICS, '') : lower;
}

/** Allowed typos per query term: none for short words (too many false hits), one for 5+, two for 9+. */
function typosAllowed(term: string): number {
  if (term.length >= 9) return 2;
  return term.length >= 5 ? 1 : 0;
}

export interface ForgivingSearch<T> {
  /** Add or replace documents (by id). */
  upsert(documents: readonly T[]): void;
  remove(ids: readonly string[]): void;
  /** Ids of the documents matching every word of the query, best first; null for a query of under two letters. */
  search(query: string): string[] | null;
  has(id: string): boolean;
  readonly size: number;
}

/** A search index over some text fields of documents with a string id. */
export function createForgivingSearch<T extends { id: string }>(
  fields: readonly (keyof T & string)[],
  boost: Partial<Record<keyof T & string, number>> = {},
): ForgivingSearch<T> {
  const index = new MiniSearch<T>({
    idField: 'id',
    fields: [...fields],
    storeFields: [],
    processTerm: (term) => foldTerm(term) || null,
    extractField: (document, field) => {
      const value = document[field as keyof T];
      return typeof value === 'string' ? value : '';
    },
    searchOptions: {
      combineWith: 'AND',
      prefix: (_term, i, terms) => i === terms.length - 1,
      fuzzy: (term) => typosAllowed(term),
      boost: boost as Record<string, number>,
      weights: { fuzzy: 0.3, prefix: 0.6 },
    },
  });
  return {
    upsert(documents) {
      for (const document of documents) {
        if (index.has(document.id)) index.replace(document);
        else index.add(document);
      }
    },
    remove(ids) {
      for (const id of ids) if (index.has(id)) index.discard(id);
    },
    search(query) {
      // One letter would match nearly everything by prefix, and costs the most; wait for the second.
      if (query.trim().length < 2) return null;
      return index.search(query).map((result) => String(result.id));
    },
    has: (id) => index.has(id),
    get size() {
      return index.documentCount;
    },
  };
}
