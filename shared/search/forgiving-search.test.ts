import { describe, expect, it } from 'vitest';
import { exampleInitiatives } from '../domain/example-data';
import { createForgivingSearch, foldTerm } from './forgiving-search';

type Doc = { id: string; title: string; description: string; notes: string };

function inventory() {
  const search = createForgivingSearch<Doc>(['title', 'description', 'notes'], { title: 2 });
  const docs = exampleInitiatives().map((e, i) => ({
    id: `i${i}`,
    title: e.title,
    description: e.description ?? '',
    notes: e.notes ?? '',
  }));
  search.upsert(docs);
  const titles = (query: string) => (search.search(query) ?? []).map((id) => docs.find((d) => d.id === id)?.title);
  return { search, docs, titles };
}

describe('foldTerm', () => {
  it('writes æ, ø and å and their fallbacks the same way', () => {
    expect(foldTerm('Nørrebro')).toBe(foldTerm('norrebro'));
    expect(foldTerm('Noerrebro')).toBe(foldTerm('NØRREBRO'));
    expect(foldTerm('Blågårds')).toBe(foldTerm('blaagaards'));
    expect(foldTerm('Blågårds')).toBe(foldTerm('blagards'));
    expect(foldTerm('Værested')).toBe(foldTerm('vaerested'));
    expect(foldTerm('Århus')).toBe(foldTerm('Aarhus'));
    expect(foldTerm('café')).toBe('cafe');
  });
});

describe('forgiving search over the example inventory', () => {
  it('finds Nørrebro typed without Danish letters, in any case', () => {
    const { titles } = inventory();
    expect(titles('norrebro')).toContain('Gadeplansarbejde på Nørrebro');
    expect(titles('NOERREBRO')).toContain('Gadeplansarbejde på Nørrebro');
    expect(titles('Blaagaards plads')).toContain('Byfornyelse af Blågårds Plads');
  });

  it('tolerates a small typo and a word cut short', () => {
    const { titles } = inventory();
    expect(titles('gadeplanarbejde')).toContain('Gadeplansarbejde på Nørrebro');
    expect(titles('exitprogrm')).toContain('Exitprogram for bandemedlemmer');
    expect(titles('tryghedsvand')).toContain('Tryghedsvandringer med borgerne');
  });

  it('needs every word to match, and finds nothing for nonsense', () => {
    const { titles } = inventory();
    const both = titles('natteravne valby');
    expect(both).toEqual(['Natteravne i Valby']);
    expect(titles('xyzzy')).toEqual([]);
    expect(inventory().search.search('   ')).toBeNull();
    expect(inventory().search.search('n')).toBeNull();
  });

  it('searches notes and description, and follows changes and removals', () => {
    const { search, docs, titles } = inventory();
    expect(titles('Datatilsynets')).toEqual(['Kameraovervågning ved Enghave Plads']);
    const first = docs[0] as Doc;
    search.upsert([{ ...first, notes: 'Flyttet til Sydhavnsskolen' }]);
    expect(search.search('sydhavnsskolen')).toEqual([first.id]);
    search.remove([first.id]);
    expect(search.search('sydhavnsskolen')).toEqual([]);
    expect(search.size).toBe(docs.length - 1);
  });
});
