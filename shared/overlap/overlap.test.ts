import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WHOLE_MUNICIPALITY } from '../domain/reference-lists';
import { findOverlaps, type OverlapCandidate, overlapPairId, sharedDistricts } from './find-overlaps';
import { proposalsFromMarks } from './proposals';
import { contentWords, foldDanish, jaccard, textProfile, textSimilarity, trigrams } from './text-similarity';

function initiative(id: string, fields: Partial<OverlapCandidate>): OverlapCandidate {
  return {
    id,
    title: '',
    department: 'BUF',
    description: '',
    targetGroups: [],
    districts: [],
    focusAreas: [],
    ...fields,
  };
}

describe('Danish text folding and similarity', () => {
  it('folds æ, ø, å and accents to plain ASCII words', () => {
    expect(foldDanish('Lektiehjælp på Nørrebro, Ærø & Åbo – café!')).toBe('lektiehjaelp paa noerrebro aeroe aabo cafe');
  });

  it('keeps content words only', () => {
    expect([...contentWords('Klub og lektiehjælp for unge i klubben')]).toEqual([
      'klub',
      'lektiehjaelp',
      'unge',
      'klubben',
    ]);
  });

  it('pads words for trigrams, so an inflected word still shares its stem', () => {
    expect([...trigrams('klub')]).toEqual([' kl', 'klu', 'lub', 'ub ']);
    // ' klubben ' has 7 trigrams, 3 of them shared with ' klub ': 3 / (4 + 7 - 3).
    expect(jaccard(trigrams('klub'), trigrams('klubben'))).toBe(3 / 8);
    // The words differ (0) but the trigrams agree 3/8: the mean is 3/16.
    expect(textSimilarity(textProfile('klub'), textProfile('klubben'))).toBe(3 / 16);
  });

  it('finds nothing similar in empty texts', () => {
    expect(textSimilarity(textProfile(''), textProfile('og i at'))).toBe(0);
  });
});

describe('shared districts', () => {
  it('lets the whole municipality overlap every district', () => {
    expect(sharedDistricts(['hele-kommunen'], ['norrebro', 'valby'])).toEqual(['norrebro', 'valby']);
    expect(sharedDistricts(['amager-ost'], ['hele-kommunen'])).toEqual(['amager-ost']);
    expect(sharedDistricts(['hele-kommunen'], ['hele-kommunen'])).toEqual(['hele-kommunen']);
    expect(sharedDistricts(['norrebro', 'valby'], ['valby', 'vanlose'])).toEqual(['valby']);
    expect(sharedDistricts(['norrebro'], [])).toEqual([]);
  });
});

describe('finding overlaps', () => {
  const homework = initiative('a', {
    department: 'BUF',
    title: 'Lektiehjælp i klubben',
    targetGroups: ['youth'],
    districts: ['norrebro'],
    focusAreas: ['early-prevention'],
  });
  const homeworkKff = initiative('b', {
    department: 'KFF',
    title: 'Lektiehjælp i klub',
    targetGroups: ['youth', 'children'],
    districts: ['hele-kommunen'],
    focusAreas: ['early-prevention', 'leisure'],
  });

  it('scores a hand-checked pair and explains it', () => {
    const [overlap, ...rest] = findOverlaps([homework, homeworkKff]);
    expect(rest).toEqual([]);
    // Words {lektiehjaelp, klubben} vs {lektiehjaelp, klub}: 1/3.
    // Trigrams: lektiehjaelp 12 shared, klubben 7 vs klub 4 with 3 shared: 15 / (19 + 16 - 15) = 0.75.
    // Text = (1/3 + 3/4) / 2 = 13/24.
    expect(overlap?.textSimilarity).toBeCloseTo(13 / 24, 12);
    // 0.5 * 13/24 + 0.2 * 1/2 (target groups) + 0.2 * 1 (whole municipality) + 0.1 * 1/2 (focus areas) = 0.6208.
    expect(overlap?.score).toBe(62);
    expect(overlap).toMatchObject({
      id: 'a~b',
      a: 'a',
      b: 'b',
      sharedTargetGroups: ['youth'],
      sharedDistricts: ['norrebro'],
      sharedFocusAreas: ['early-prevention'],
      sharedWords: ['lektiehjaelp'],
    });
  });

  it('ignores pairs of one department, without a shared target group or district, or with unlike texts', () => {
    expect(findOverlaps([homework, { ...homeworkKff, department: 'BUF' }])).toEqual([]);
    expect(findOverlaps([homework, { ...homeworkKff, targetGroups: ['parents'] }])).toEqual([]);
    expect(findOverlaps([homework, { ...homeworkKff, districts: ['valby'] }])).toEqual([]);
    expect(findOverlaps([homework, { ...homeworkKff, title: 'Nattevandring på gaden' }])).toEqual([]);
    expect(findOverlaps([homework, { ...homeworkKff, archived: true }])).toEqual([]);
    // With no text threshold, sharing target group and district is enough.
    expect(
      findOverlaps([homework, { ...homeworkKff, title: 'Nattevandring på gaden' }], { minTextSimilarity: 0 }),
    ).toHaveLength(1);
  });

  it('ranks the closer pair first among realistic Danish descriptions', () => {
    const mentor = initiative('m1', {
      department: 'BIF',
      title: 'Mentorordning for unge voksne',
      description: 'Mentorer hjælper unge voksne i Nørrebro videre i uddannelse og job.',
      targetGroups: ['young-adults'],
      districts: ['norrebro', 'bispebjerg'],
    });
    const mentorSof = initiative('m2', {
      department: 'SOF',
      title: 'Mentorforløb for unge voksne på kanten',
      description: 'En fast mentor støtter unge voksne i Nørrebro og Bispebjerg mod uddannelse og job.',
      targetGroups: ['young-adults', 'gang-members'],
      districts: ['norrebro', 'bispebjerg'],
    });
    const exit = initiative('x1', {
      department: 'ØKF',
      title: 'Exitprogram for bandemedlemmer',
      description: 'Støtte til personer der vil ud af en bande: bolig, job og sikkerhed.',
      targetGroups: ['gang-members', 'young-adults'],
      districts: ['hele-kommunen'],
    });
    const overlaps = findOverlaps([mentor, mentorSof, exit]);
    expect(overlaps[0]?.id).toBe(overlapPairId('m1', 'm2'));
    expect(overlaps[0]?.sharedWords).toEqual(expect.arrayContaining(['uddannelse', 'voksne']));
    for (const o of overlaps.slice(1)) expect(o.score).toBeLessThan(overlaps[0]?.score ?? 0);
  });

  it('gives a pair the same id whichever initiative comes first', () => {
    expect(overlapPairId('b', 'a')).toBe(overlapPairId('a', 'b'));
  });
});

describe('proposals for efficiency and prioritisation', () => {
  it('lists merges then coordination, by score, and leaves out keep and not-an-overlap', () => {
    const marks = [
      { id: 'a~b', initiativeA: 'a', initiativeB: 'b', decision: 'coordinate' as const, note: 'Fælles klubplan' },
      { id: 'c~d', initiativeA: 'c', initiativeB: 'd', decision: 'keep' as const, note: '' },
      { id: 'e~f', initiativeA: 'e', initiativeB: 'f', decision: 'merge' as const, note: 'Samme mentorer' },
      { id: 'g~h', initiativeA: 'g', initiativeB: 'h', decision: 'coordinate' as const, note: '' },
      { id: 'i~j', initiativeA: 'i', initiativeB: 'j', decision: 'not-overlap' as const, note: '' },
    ];
    const overlaps = [
      { id: 'a~b', score: 40 },
      { id: 'g~h', score: 70 },
    ];
    const proposals = proposalsFromMarks(marks, overlaps);
    expect(proposals.map((p) => [p.pairId, p.decision, p.score])).toEqual([
      ['e~f', 'merge', null],
      ['g~h', 'coordinate', 70],
      ['a~b', 'coordinate', 40],
    ]);
  });
});

describe('proposals workbook', () => {
  it('writes the proposals under a header row, read back with SheetJS', async () => {
    const { buildProposalsWorkbook } = await import('./proposals-workbook');
    const XLSX = await import('xlsx');
    const bytes = await buildProposalsWorkbook(
      [
        {
          decision: 'Sammenlæg',
          initiativeA: 'Mentorordning for unge voksne',
          departmentA: 'BIF',
          initiativeB: 'Mentorforløb for unge voksne på kanten',
          departmentB: 'SOF',
          score: 58,
          explanation: 'Begge er rettet mod unge voksne på Nørrebro.',
          note: 'Samme mentorkorps',
        },
      ],
      {
        sheet: 'Forslag',
        title: 'Forslag til effektiviseringer og prioriteringer',
        columns: ['Forslag', 'Indsats A', 'Forv. A', 'Indsats B', 'Forv. B', 'Score', 'Begrundelse', 'Note'],
      },
    );
    const sheet = XLSX.read(bytes, { type: 'array' }).Sheets.Forslag as import('xlsx').WorkSheet;
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 });
    expect(rows[0]).toEqual(['Forslag til effektiviseringer og prioriteringer']);
    expect(rows[2]?.[0]).toBe('Forslag');
    expect(rows[3]).toEqual([
      'Sammenlæg',
      'Mentorordning for unge voksne',
      'BIF',
      'Mentorforløb for unge voksne på kanten',
      'SOF',
      58,
      'Begge er rettet mod unge voksne på Nørrebro.',
      'Samme mentorkorps',
    ]);
  });
});

describe('finding overlaps fast', () => {
  /** The plain definition: every pair, compared with sets. The fast path must find exactly the same. */
  function naiveOverlaps(list: OverlapCandidate[], minTextSimilarity: number): string[] {
    const live = list.filter((i) => !i.archived && !i._deleted);
    const found: string[] = [];
    for (let x = 0; x < live.length; x++) {
      for (let y = x + 1; y < live.length; y++) {
        const a = live[x] as OverlapCandidate;
        const b = live[y] as OverlapCandidate;
        if (a.department === b.department) continue;
        if (!a.targetGroups.some((g) => b.targetGroups.includes(g))) continue;
        if (sharedDistricts(a.districts, b.districts).length === 0) continue;
        const text = textSimilarity(
          textProfile(`${a.title} ${a.description}`),
          textProfile(`${b.title} ${b.description}`),
        );
        if (text >= minTextSimilarity) found.push(`${overlapPairId(a.id, b.id)}:${text.toFixed(12)}`);
      }
    }
    return found.sort();
  }

  it('finds exactly the pairs and similarities of the plain all-pairs comparison', () => {
    const words = [
      'klub',
      'klubben',
      'unge',
      'gadeplan',
      'mentor',
      'lektiehjælp',
      'forældre',
      'bande',
      'exit',
      'tryghed',
    ];
    const groups = ['children', 'youth', 'young-adults', 'adults', 'gang-members'];
    const places = ['norrebro', 'valby', 'bispebjerg', 'amager-ost', WHOLE_MUNICIPALITY];
    const departments = ['BUF', 'SOF', 'KFF', 'BIF'];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            title: fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 4 }).map((w) => w.join(' ')),
            description: fc.array(fc.constantFrom(...words), { maxLength: 8 }).map((w) => w.join(' ')),
            department: fc.constantFrom(...departments),
            targetGroups: fc.uniqueArray(fc.constantFrom(...groups), { maxLength: 3 }),
            districts: fc.uniqueArray(fc.constantFrom(...places), { maxLength: 3 }),
            focusAreas: fc.uniqueArray(fc.constantFrom('exit', 'safety', 'leisure'), { maxLength: 2 }),
            archived: fc.boolean(),
          }),
          { maxLength: 14 },
        ),
        fc.constantFrom(0, 0.12, 0.3),
        (records, threshold) => {
          const list = records.map((r, i) => ({ ...r, id: `i${i}` }));
          const fast = findOverlaps(list, { minTextSimilarity: threshold })
            .map((o) => `${o.id}:${o.textSimilarity.toFixed(12)}`)
            .sort();
          expect(fast).toEqual(naiveOverlaps(list, threshold));
        },
      ),
      { numRuns: 300 },
    );
  });
});
