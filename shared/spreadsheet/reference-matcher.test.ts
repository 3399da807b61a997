import { describe, expect, it } from 'vitest';
import { DEFAULT_REFERENCE_ITEMS } from '../domain/reference-lists';
import { ReferenceMatcher } from './reference-matcher';

describe('forgiving reference mapping', () => {
  const districts = new ReferenceMatcher(DEFAULT_REFERENCE_ITEMS, 'district');
  const groups = new ReferenceMatcher(DEFAULT_REFERENCE_ITEMS, 'targetGroup');
  const departments = new ReferenceMatcher(DEFAULT_REFERENCE_ITEMS, 'department');

  it('matches names regardless of case, spacing, Danish letters spelled out, aliases and codes', () => {
    expect(districts.match('  nørrebro ')).toEqual({ id: 'norrebro' });
    expect(districts.match('NOERREBRO')).toEqual({ id: 'norrebro' });
    expect(districts.match('Norrebro')).toEqual({ id: 'norrebro' });
    expect(districts.match('Kgs. Enghave')).toEqual({ id: 'vesterbro-kgs-enghave' });
    expect(districts.match('Hele byen')).toEqual({ id: 'hele-kommunen' });
    expect(groups.match('unge voksne (18-24)')).toEqual({ id: 'young-adults' });
    expect(departments.match('buf')).toEqual({ id: 'BUF' });
    expect(departments.match('Børne- og ungdomsforvaltningen')).toEqual({ id: 'BUF' });
  });

  it('forgives small typos but reports what it cannot map instead of guessing', () => {
    expect(districts.match('Nørebro')).toEqual({ id: 'norrebro' });
    expect(districts.match('Bispebjrg')).toEqual({ id: 'bispebjerg' });
    expect(groups.match('Forældrer')).toEqual({ id: 'parents' });
    expect(districts.match('Frederiksberg')).toEqual({ error: '"Frederiksberg" is not in the list' });
    expect(districts.match('Vby')).toHaveProperty('error');
  });
});
