import { describe, expect, it } from 'vitest';
import { DEFAULT_OEU_LEAD_TIMES, placeOeuProcess } from './oeu-process';

describe('ØU process template', () => {
  it('rebuilds the 2010 process from the committee meeting on 13 April', () => {
    const phases = placeOeuProcess('2010-04-13').map((p) => `${p.phase} ${p.kind} ${p.start}..${p.end}`);
    expect(phases).toEqual([
      'briefing meeting 2010-02-02..2010-02-02',
      'hearing hearing 2010-02-08..2010-03-01',
      'drafting drafting 2010-03-01..2010-03-19',
      'directorsApproval deadline 2010-03-22..2010-03-31',
      'sentToCommittee deadline 2010-04-06..2010-04-06',
      'committee committee 2010-04-13..2010-04-13',
    ]);
  });

  it('uses edited lead times', () => {
    const leads = DEFAULT_OEU_LEAD_TIMES.map((l) => (l.phase === 'sentToCommittee' ? { ...l, daysBefore: 14 } : l));
    const sent = placeOeuProcess('2011-05-10', leads).find((p) => p.phase === 'sentToCommittee');
    expect(sent?.start).toBe('2011-04-26');
  });
});
