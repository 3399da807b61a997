import { describe, expect, it } from 'vitest';
import { exampleInitiatives, scaledExampleInitiatives } from './example-data';
import { InitiativeFieldsSchema } from './initiative';
import { DEFAULT_REFERENCE_ITEMS, WHOLE_MUNICIPALITY } from './reference-lists';

const ids = (kind: string) => new Set(DEFAULT_REFERENCE_ITEMS.filter((i) => i.kind === kind).map((i) => i.id));

describe('example inventory', () => {
  const examples = exampleInitiatives();

  it('holds about 60 valid initiatives with unique titles', () => {
    expect(examples.length).toBeGreaterThanOrEqual(55);
    expect(examples.length).toBeLessThanOrEqual(70);
    for (const example of examples) expect(InitiativeFieldsSchema.safeParse(example).success, example.title).toBe(true);
    expect(new Set(examples.map((e) => e.title)).size).toBe(examples.length);
  });

  it('uses only default reference ids and covers every department and district', () => {
    const departments = ids('department');
    const districts = ids('district');
    for (const e of examples) {
      expect(departments.has(e.department), e.title).toBe(true);
      for (const d of e.districts ?? []) expect(districts.has(d), `${e.title}: ${d}`).toBe(true);
      for (const g of e.targetGroups ?? []) expect(ids('targetGroup').has(g), `${e.title}: ${g}`).toBe(true);
      for (const f of e.focusAreas ?? []) expect(ids('focusArea').has(f), `${e.title}: ${f}`).toBe(true);
      for (const p of e.partners ?? []) expect(ids('partner').has(p), `${e.title}: ${p}`).toBe(true);
      expect(ids('status').has(e.status ?? ''), e.title).toBe(true);
    }
    expect(new Set(examples.map((e) => e.department))).toEqual(departments);
    const covered = new Set(examples.flatMap((e) => e.districts ?? []));
    for (const d of districts) expect(covered.has(d), d).toBe(true);
    expect(covered.has(WHOLE_MUNICIPALITY)).toBe(true);
    expect(examples.some((e) => e.hotspot)).toBe(true);
    expect(new Set(examples.map((e) => e.preventionLevel))).toEqual(
      new Set(['primary', 'secondary', 'tertiary', null]),
    );
  });

  it('is the same on every call', () => {
    expect(exampleInitiatives()).toEqual(examples);
    expect(scaledExampleInitiatives(500)).toEqual(scaledExampleInitiatives(500));
  });

  it('scales to 10,000 valid initiatives for benchmarks', () => {
    const many = scaledExampleInitiatives(10_000);
    expect(many).toHaveLength(10_000);
    expect(many.slice(0, examples.length)).toEqual(examples);
    for (const e of many.filter((_, i) => i % 97 === 0)) expect(InitiativeFieldsSchema.safeParse(e).success).toBe(true);
  });
});
