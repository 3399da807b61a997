import type { Initiative } from '../domain/initiative';
import { WHOLE_MUNICIPALITY } from '../domain/reference-lists';
import { intersection, jaccard, type TextProfile, textProfile } from './text-similarity';

export type OverlapCandidate = Pick<
  Initiative,
  'id' | 'title' | 'department' | 'description' | 'targetGroups' | 'districts' | 'focusAreas'
> & { archived?: boolean; _deleted?: boolean };

export interface Overlap {
  /** `overlapPairId(a, b)`: the id of the pair's mark. */
  id: string;
  a: string;
  b: string;
  /** 0–100. */
  score: number;
  textSimilarity: number;
  sharedTargetGroups: string[];
  /** Districts both work in; both for the whole municipality gives [WHOLE_MUNICIPALITY]. */
  sharedDistricts: string[];
  sharedFocusAreas: string[];
  /** Content words both texts use, most telling (longest) first, at most 6. */
  sharedWords: string[];
}

export interface OverlapOptions {
  /** Least text similarity (0–1) for a pair to count; 0 lists every pair sharing target group and district. */
  minTextSimilarity: number;
}

export const DEFAULT_OVERLAP_OPTIONS: OverlapOptions = { minTextSimilarity: 0.12 };

/** Weights of the score; they sum to 1 so the score reads as a percentage. */
export const SCORE_WEIGHTS = { text: 0.5, targetGroups: 0.2, districts: 0.2, focusAreas: 0.1 } as const;

/** One id per unordered pair, the same whichever initiative comes first. */
export function overlapPairId(a: string, b: string): string {
  return a < b ? `${a}~${b}` : `${b}~${a}`;
}

/**
 * Districts both initiatives work in. An initiative for the whole municipality
 * works in every district, so it shares all the other's districts.
 */
export function sharedDistricts(a: readonly string[], b: readonly string[]): string[] {
  const aAll = a.includes(WHOLE_MUNICIPALITY);
  const bAll = b.includes(WHOLE_MUNICIPALITY);
  if (aAll && bAll) return [WHOLE_MUNICIPALITY];
  if (aAll) return [...new Set(b)];
  if (bAll) return [...new Set(a)];
  return intersection(new Set(a), new Set(b));
}

/** District overlap 0–1: the whole municipality against specific districts counts as the share of those districts. */
function districtOverlap(a: readonly string[], b: readonly string[], shared: readonly string[]): number {
  if (shared.length === 0) return 0;
  const aAll = a.includes(WHOLE_MUNICIPALITY);
  const bAll = b.includes(WHOLE_MUNICIPALITY);
  if (aAll || bAll) return 1;
  return jaccard(new Set(a), new Set(b));
}

function profileText(i: OverlapCandidate): string {
  return `${i.title} ${i.description}`;
}

/** An initiative made ready for comparing: sets and sorted id arrays built once, not once per pair. */
interface Prepared {
  initiative: OverlapCandidate;
  groups: Set<string>;
  focus: Set<string>;
  /** Bit per target group; 0 only when it has none. -1 (every bit) when there are too many groups to map. */
  groupMask: number;
  /** Bit per district; -1 for the whole municipality, which overlaps every district. */
  districtMask: number;
  profile: TextProfile;
  wordIds: Uint32Array;
  gramIds: Uint32Array;
}

/** Give each distinct string a small number, so set comparisons become merges of sorted integer arrays. */
class Interner {
  private readonly ids = new Map<string, number>();
  idsOf(values: Iterable<string>): Uint32Array {
    const out: number[] = [];
    for (const value of values) {
      let id = this.ids.get(value);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(value, id);
      }
      out.push(id);
    }
    return Uint32Array.from(out).sort();
  }
  /** A bit mask over the strings, or -1 when more than 30 distinct strings have been seen. */
  maskOf(values: Iterable<string>): number {
    let mask = 0;
    for (const id of this.idsOf(values)) {
      if (id > 30) return -1;
      mask |= 1 << id;
    }
    return mask;
  }
}

/** Jaccard of two sorted id arrays; equal to `jaccard` of the sets they stand for. */
function sortedJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}

/** The most Jaccard can be for sets of these sizes; lets most unlike pairs be skipped without a merge. */
function jaccardBound(a: number, b: number): number {
  return a === 0 && b === 0 ? 0 : Math.min(a, b) / Math.max(a, b);
}

function prepare(live: readonly OverlapCandidate[]): Prepared[] {
  const words = new Interner();
  const grams = new Interner();
  const groups = new Interner();
  const districts = new Interner();
  return live.map((initiative) => {
    const profile = textProfile(profileText(initiative));
    return {
      initiative,
      groups: new Set(initiative.targetGroups),
      focus: new Set(initiative.focusAreas),
      groupMask: groups.maskOf(initiative.targetGroups),
      districtMask: initiative.districts.includes(WHOLE_MUNICIPALITY) ? -1 : districts.maskOf(initiative.districts),
      profile,
      wordIds: words.idsOf(profile.words),
      gramIds: grams.idsOf(profile.trigrams),
    };
  });
}

/**
 * Overlaps between initiatives of different departments that share at least one
 * target group and one district, and whose texts are similar enough; best first.
 * Every pair is considered, but cheap tests (department, bit masks, a size bound
 * on the similarity) settle most of them before any text is compared.
 */
export function findOverlaps(
  initiatives: readonly OverlapCandidate[],
  options: OverlapOptions = DEFAULT_OVERLAP_OPTIONS,
): Overlap[] {
  const prepared = prepare(initiatives.filter((i) => !i._deleted && !i.archived));
  const overlaps: Overlap[] = [];
  for (let x = 0; x < prepared.length; x++) {
    const a = prepared[x] as Prepared;
    for (let y = x + 1; y < prepared.length; y++) {
      const b = prepared[y] as Prepared;
      if (a.initiative.department === b.initiative.department) continue;
      if ((a.groupMask & b.groupMask) === 0 || (a.districtMask & b.districtMask) === 0) continue;
      const bound =
        (jaccardBound(a.wordIds.length, b.wordIds.length) + jaccardBound(a.gramIds.length, b.gramIds.length)) / 2;
      if (bound < options.minTextSimilarity) continue;
      const overlap = compare(a, b, options);
      if (overlap) overlaps.push(overlap);
    }
  }
  return overlaps.sort((p, q) => q.score - p.score || p.id.localeCompare(q.id));
}

function compare(pa: Prepared, pb: Prepared, options: OverlapOptions): Overlap | null {
  const a = pa.initiative;
  const b = pb.initiative;
  const groups = intersection(pa.groups, pb.groups);
  if (groups.length === 0) return null;
  const districts = sharedDistricts(a.districts, b.districts);
  if (districts.length === 0) return null;
  const text = (sortedJaccard(pa.wordIds, pb.wordIds) + sortedJaccard(pa.gramIds, pb.gramIds)) / 2;
  if (text < options.minTextSimilarity) return null;
  const score =
    SCORE_WEIGHTS.text * text +
    SCORE_WEIGHTS.targetGroups * jaccard(pa.groups, pb.groups) +
    SCORE_WEIGHTS.districts * districtOverlap(a.districts, b.districts, districts) +
    SCORE_WEIGHTS.focusAreas * jaccard(pa.focus, pb.focus);
  const [first, second] = a.id < b.id ? [a, b] : [b, a];
  return {
    id: overlapPairId(a.id, b.id),
    a: first.id,
    b: second.id,
    score: Math.round(score * 100),
    textSimilarity: text,
    sharedTargetGroups: groups,
    sharedDistricts: districts,
    sharedFocusAreas: intersection(pa.focus, pb.focus),
    sharedWords: intersection(pa.profile.words, pb.profile.words)
      .sort((p, q) => q.length - p.length || p.localeCompare(q))
      .slice(0, 6),
  };
}
