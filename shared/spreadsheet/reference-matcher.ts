import type { ReferenceItem, ReferenceKind } from '../domain/reference-lists';

/**
 * Forgiving lookup of free text in a reference list: case, spacing,
 * punctuation, æ/ø/å spelled out, aliases and small typos. Anything that is
 * still ambiguous or unknown is reported, never guessed.
 */
export type ReferenceMatch = { id: string } | { error: string };

/** Lower case, Danish letters folded, punctuation to spaces, single spaces. */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9+]+/g, ' ')
    .trim();
}

/** Also fold "oe"→"o" and "aa"→"a", so "Norrebro", "Noerrebro" and "Nørrebro" meet. */
function looseKey(text: string): string {
  return normalizeText(text).replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/aa/g, 'a').replace(/ /g, '');
}

export class ReferenceMatcher {
  private readonly exact = new Map<string, Set<string>>();
  private readonly keys: { key: string; id: string }[] = [];
  /** Sheets repeat the same few values thousands of times. */
  private readonly memo = new Map<string, ReferenceMatch>();

  constructor(items: readonly ReferenceItem[], kind: ReferenceKind) {
    for (const item of items) {
      if (item.kind !== kind) continue;
      for (const label of [item.name, item.nameEn, item.code, item.id, ...item.aliases]) {
        if (!label) continue;
        const key = looseKey(label);
        if (!key) continue;
        const ids = this.exact.get(key) ?? new Set<string>();
        ids.add(item.id);
        this.exact.set(key, ids);
        this.keys.push({ key, id: item.id });
      }
    }
  }

  match(text: string): ReferenceMatch {
    let found = this.memo.get(text);
    if (!found) {
      found = this.lookup(text);
      if (this.memo.size < 10_000) this.memo.set(text, found);
    }
    return found;
  }

  private lookup(text: string): ReferenceMatch {
    const key = looseKey(text);
    if (!key) return { error: 'empty' };
    const exact = this.exact.get(key);
    if (exact?.size === 1) return { id: [...exact][0] as string };
    if (exact && exact.size > 1) return { error: `"${text}" is ambiguous` };
    // Small typos: one edit in short words, two in longer ones; the best match must be unique.
    const allowed = key.length < 4 ? 0 : key.length < 9 ? 1 : 2;
    let best = allowed + 1;
    const found = new Set<string>();
    for (const candidate of this.keys) {
      if (Math.abs(candidate.key.length - key.length) > allowed) continue;
      const distance = editDistance(key, candidate.key, best);
      if (distance < best) {
        best = distance;
        found.clear();
      }
      if (distance === best) found.add(candidate.id);
    }
    if (best <= allowed && found.size === 1) return { id: [...found][0] as string };
    if (best <= allowed && found.size > 1) return { error: `"${text}" is ambiguous` };
    return { error: `"${text}" is not in the list` };
  }
}

/** Optimal string alignment distance (Levenshtein with swaps), stopping early past `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const prev = rows[i - 1] as number[];
      let value = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row.push(value);
      rowMin = Math.min(rowMin, value);
    }
    rows.push(row);
    if (i > 0 && rowMin > limit) return rowMin;
  }
  return (rows[a.length] as number[])[b.length] as number;
}
