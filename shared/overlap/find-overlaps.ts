import type { Initiative } from '../domain/initiative';
import { WHOLE_MUNICIPALITY } from '../domain/reference-lists';
import { intersection, jaccard, type TextProfile, textProfile, textSimilarity } from './text-similarity';

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

/**
 * Overlaps between initiatives of different departments that share at least one
 * target group and one district, and whose texts are similar enough; best first.
 */
export function findOverlaps(
  initiatives: readonly OverlapCandidate[],
  options: OverlapOptions = DEFAULT_OVERLAP_OPTIONS,
): Overlap[] {
  const live = initiatives.filter((i) => !i._deleted && !i.archived);
  const profiles = new Map<string, TextProfile>(live.map((i) => [i.id, textProfile(profileText(i))]));
  const overlaps: Overlap[] = [];
  for (let x = 0; x < live.length; x++) {
    for (let y = x + 1; y < live.length; y++) {
      const overlap = compare(live[x] as OverlapCandidate, live[y] as OverlapCandidate, profiles, options);
      if (overlap) overlaps.push(overlap);
    }
  }
  return overlaps.sort((p, q) => q.score - p.score || p.id.localeCompare(q.id));
}

function compare(
  a: OverlapCandidate,
  b: OverlapCandidate,
  profiles: Map<string, TextProfile>,
  options: OverlapOptions,
): Overlap | null {
  if (a.department === b.department) return null;
  const groupsA = new Set(a.targetGroups);
  const groupsB = new Set(b.targetGroups);
  const groups = intersection(groupsA, groupsB);
  if (groups.length === 0) return null;
  const districts = sharedDistricts(a.districts, b.districts);
  if (districts.length === 0) return null;
  const pa = profiles.get(a.id) as TextProfile;
  const pb = profiles.get(b.id) as TextProfile;
  const text = textSimilarity(pa, pb);
  if (text < options.minTextSimilarity) return null;
  const focusA = new Set(a.focusAreas);
  const focusB = new Set(b.focusAreas);
  const score =
    SCORE_WEIGHTS.text * text +
    SCORE_WEIGHTS.targetGroups * jaccard(groupsA, groupsB) +
    SCORE_WEIGHTS.districts * districtOverlap(a.districts, b.districts, districts) +
    SCORE_WEIGHTS.focusAreas * jaccard(focusA, focusB);
  const [first, second] = a.id < b.id ? [a, b] : [b, a];
  return {
    id: overlapPairId(a.id, b.id),
    a: first.id,
    b: second.id,
    score: Math.round(score * 100),
    textSimilarity: text,
    sharedTargetGroups: groups,
    sharedDistricts: districts,
    sharedFocusAreas: intersection(focusA, focusB),
    sharedWords: intersection(pa.words, pb.words)
      .sort((p, q) => q.length - p.length || p.localeCompare(q))
      .slice(0, 6),
  };
}
