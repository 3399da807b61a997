import { describe, expect, it } from 'vitest';
import { type Initiative, type InitiativeFieldsInput, InitiativeFieldsSchema } from '../domain/initiative';
import type { InspectedInitiative } from './inspect';
import { planImport } from './plan-import';

function initiative(id: string, fields: InitiativeFieldsInput): Initiative {
  return { ...InitiativeFieldsSchema.parse(fields), id, _stamps: {}, updatedAt: '' };
}

const inventory = [
  initiative('a', {
    title: 'Natteravne på Nørrebro',
    department: 'BUF',
    districts: ['norrebro', 'valby'],
    annualBudgetDkk: 100,
  }),
  initiative('b', { title: 'Lektiecafé', department: 'BUF', annualBudgetDkk: 200 }),
  initiative('c', { title: 'Gadeteam', department: 'BUF' }),
  initiative('d', { title: 'Gammelt projekt', department: 'BUF', archived: true }),
  initiative('e', { title: 'Lektiecafé', department: 'KFF' }),
];

describe('planning an import', () => {
  it('matches by hidden id, else by similar title within the department, and lists what is missing', () => {
    const rows: InspectedInitiative[] = [
      {
        sourceRow: 2,
        id: 'a',
        title: 'Natteravne på Nørrebro',
        districts: ['valby', 'norrebro'],
        annualBudgetDkk: 150,
      },
      { sourceRow: 3, title: 'Lektiecafé', annualBudgetDkk: 200, department: 'BUF', departmentAssumed: true },
      { sourceRow: 4, title: 'Sommerlejr', department: 'BUF', departmentAssumed: true, hotspot: true },
    ];
    const plan = planImport({ initiatives: rows }, inventory, { department: 'BUF' });
    expect(plan.changed).toEqual([
      {
        id: 'a',
        title: 'Natteravne på Nørrebro',
        sourceRow: 2,
        matchedBy: 'id',
        fields: [{ field: 'annualBudgetDkk', old: 100, new: 150 }],
      },
    ]);
    expect(plan.unchanged).toEqual([{ id: 'b', title: 'Lektiecafé', sourceRow: 3, matchedBy: 'title' }]);
    expect(plan.created).toHaveLength(1);
    expect(plan.created[0]).toMatchObject({
      sourceRow: 4,
      fields: { title: 'Sommerlejr', department: 'BUF', hotspot: true, status: 'active' },
    });
    // The archived initiative and the other department's are not missing.
    expect(plan.missing).toEqual([{ id: 'c', title: 'Gadeteam', department: 'BUF' }]);
    expect(plan.invalid).toEqual([]);
  });

  it('finds a slightly renamed title, but not in another department, and flags rows it cannot create', () => {
    const rows: InspectedInitiative[] = [
      { sourceRow: 2, title: 'Natteravne på Nørrebro 2010', department: 'BUF' },
      { sourceRow: 3, title: 'Gadeteam', department: 'SOF' },
      { sourceRow: 4, title: 'Uden forvaltning' },
    ];
    const plan = planImport({ initiatives: rows }, inventory);
    expect(plan.changed.map((c) => [c.id, c.matchedBy, c.fields])).toEqual([
      ['a', 'title', [{ field: 'title', old: 'Natteravne på Nørrebro', new: 'Natteravne på Nørrebro 2010' }]],
    ]);
    expect(plan.created.map((c) => c.fields.department)).toEqual(['SOF']);
    expect(plan.invalid.map((i) => i.sourceRow)).toEqual([4]);
    expect(plan.unchanged).toEqual([]);
  });

  it('refuses a second row with the same hidden id', () => {
    const rows: InspectedInitiative[] = [
      { sourceRow: 2, id: 'b', title: 'Lektiecafé' },
      { sourceRow: 3, id: 'b', title: 'Lektiecafé (kopi)' },
    ];
    const plan = planImport({ initiatives: rows }, inventory, { department: 'BUF' });
    expect(plan.unchanged.map((u) => u.sourceRow)).toEqual([2]);
    expect(plan.invalid).toEqual([{ sourceRow: 3, title: 'Lektiecafé (kopi)', message: 'Duplicate id b' }]);
  });

  it('compares a department only when the sheet has a department column', () => {
    const moved = planImport(
      { initiatives: [{ sourceRow: 2, id: 'c', title: 'Gadeteam', department: 'SOF' }] },
      inventory,
    );
    expect(moved.changed[0]?.fields).toEqual([{ field: 'department', old: 'BUF', new: 'SOF' }]);
    const assumed = planImport(
      { initiatives: [{ sourceRow: 2, id: 'c', title: 'Gadeteam', department: 'SOF', departmentAssumed: true }] },
      inventory,
    );
    expect(assumed.unchanged).toHaveLength(1);
  });
});
