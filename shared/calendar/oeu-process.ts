import { addDays, type Day } from './days';

/** The phases of a recommendation to the Finance Committee (ØU), in order. */
export const OEU_PHASES = [
  'briefing',
  'hearing',
  'drafting',
  'directorsApproval',
  'sentToCommittee',
  'committee',
] as const;
export type OeuPhase = (typeof OEU_PHASES)[number];

export interface PhaseLeadTime {
  phase: OeuPhase;
  /** Calendar days before the committee meeting that the phase starts. */
  daysBefore: number;
  /** Length in calendar days after the start; 0 for a single date. */
  durationDays: number;
}

/**
 * Lead times of the 2010 process (ØU 13 April): briefing 2 Feb, hearing
 * 8 Feb–1 Mar, drafting 1–19 Mar, directors 22–31 Mar, sent 6 Apr.
 */
export const DEFAULT_OEU_LEAD_TIMES: readonly PhaseLeadTime[] = [
  { phase: 'briefing', daysBefore: 70, durationDays: 0 },
  { phase: 'hearing', daysBefore: 64, durationDays: 21 },
  { phase: 'drafting', daysBefore: 43, durationDays: 18 },
  { phase: 'directorsApproval', daysBefore: 22, durationDays: 9 },
  { phase: 'sentToCommittee', daysBefore: 7, durationDays: 0 },
  { phase: 'committee', daysBefore: 0, durationDays: 0 },
];

/** The milestone kind each phase becomes on the timeline. */
export const OEU_PHASE_KIND = {
  briefing: 'meeting',
  hearing: 'hearing',
  drafting: 'drafting',
  directorsApproval: 'deadline',
  sentToCommittee: 'deadline',
  committee: 'committee',
} as const satisfies Record<OeuPhase, string>;

export interface PlacedPhase {
  phase: OeuPhase;
  kind: (typeof OEU_PHASE_KIND)[OeuPhase];
  start: Day;
  /** Equal to start for a single date. */
  end: Day;
}

/** Place the phases backwards from the committee date. */
export function placeOeuProcess(committeeDate: Day, leadTimes: readonly PhaseLeadTime[] = DEFAULT_OEU_LEAD_TIMES) {
  return leadTimes.map((lead): PlacedPhase => {
    const start = addDays(committeeDate, -lead.daysBefore);
    return { phase: lead.phase, kind: OEU_PHASE_KIND[lead.phase], start, end: addDays(start, lead.durationDays) };
  });
}
