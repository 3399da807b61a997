import type { OverlapDecision, OverlapMark } from '../followup/schemas';
import type { Overlap } from './find-overlaps';

/** Decisions that become a proposal for efficiency and prioritisation; "keep" and "not an overlap" do not. */
export const PROPOSAL_DECISIONS: readonly OverlapDecision[] = ['merge', 'coordinate'];

export interface Proposal {
  pairId: string;
  decision: OverlapDecision;
  initiativeA: string;
  initiativeB: string;
  note: string;
  /** The pair's current score, or null when the texts have changed so it is no longer found. */
  score: number | null;
}

/** The proposals list: merges first, then coordination, each by score (highest first). */
export function proposalsFromMarks(
  marks: readonly (OverlapMark & { id: string })[],
  overlaps: readonly Pick<Overlap, 'id' | 'score'>[],
): Proposal[] {
  const scores = new Map(overlaps.map((o) => [o.id, o.score]));
  return marks
    .filter((m) => PROPOSAL_DECISIONS.includes(m.decision))
    .map((m) => ({
      pairId: m.id,
      decision: m.decision,
      initiativeA: m.initiativeA,
      initiativeB: m.initiativeB,
      note: m.note,
      score: scores.get(m.id) ?? null,
    }))
    .sort(
      (p, q) =>
        PROPOSAL_DECISIONS.indexOf(p.decision) - PROPOSAL_DECISIONS.indexOf(q.decision) ||
        (q.score ?? -1) - (p.score ?? -1) ||
        p.pairId.localeCompare(q.pairId),
    );
}
