/**
 * Finding overlaps between departments (Opfølgning → Overlap) on growing
 * inventories, against the plain all-pairs comparison with sets.
 */

import { scaledExampleInitiatives } from '../../shared/domain/example-data';
import { InitiativeFieldsSchema } from '../../shared/domain/initiative';
import { findOverlaps, type OverlapCandidate, sharedDistricts } from '../../shared/overlap/find-overlaps';
import { type TextProfile, textProfile, textSimilarity } from '../../shared/overlap/text-similarity';

function candidates(n: number): OverlapCandidate[] {
  return scaledExampleInitiatives(n).map((input, i) => ({ ...InitiativeFieldsSchema.parse(input), id: `i${i}` }));
}

/** The first version: text profiles built once, sets built per pair. */
function plainAllPairs(list: OverlapCandidate[]): number {
  const profiles = new Map(list.map((i) => [i.id, textProfile(`${i.title} ${i.description}`)]));
  let found = 0;
  for (let x = 0; x < list.length; x++) {
    for (let y = x + 1; y < list.length; y++) {
      const a = list[x] as OverlapCandidate;
      const b = list[y] as OverlapCandidate;
      if (a.department === b.department) continue;
      const groups = new Set(b.targetGroups);
      if (!a.targetGroups.some((g) => groups.has(g))) continue;
      if (sharedDistricts(a.districts, b.districts).length === 0) continue;
      const text = textSimilarity(profiles.get(a.id) as TextProfile, profiles.get(b.id) as TextProfile);
      if (text >= 0.12) found++;
    }
  }
  return found;
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = fn();
  return { ms: performance.now() - started, value };
}

export default async function overlapBench(report: (line: string) => void): Promise<void> {
  for (const n of [500, 2_000, 5_000]) {
    const list = candidates(n);
    const fast = time(() => findOverlaps(list));
    report(`findOverlaps, ${n} initiatives: ${fast.ms.toFixed(0)} ms, ${fast.value.length} overlaps`);
    if (n <= 2_000) {
      const plain = time(() => plainAllPairs(list));
      report(`  first version (sets per pair): ${plain.ms.toFixed(0)} ms (${plain.value} overlaps)`);
    }
  }
}
