import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

const folders = [
  'renderer/ui/locales',
  ...readdirSync('renderer/features').map((f) => join('renderer/features', f, 'locales')),
].filter((dir) => {
  try {
    return readdirSync(dir).includes('da.json');
  } catch {
    return false;
  }
});

describe('translations', () => {
  it.each(folders)('%s: Danish and English have the same keys, none empty', (dir) => {
    const da = JSON.parse(readFileSync(join(dir, 'da.json'), 'utf8'));
    const en = JSON.parse(readFileSync(join(dir, 'en.json'), 'utf8'));
    expect(keys(en).sort()).toEqual(keys(da).sort());
    for (const [lang, messages] of [
      ['da', da],
      ['en', en],
    ] as const) {
      const empty = keys(messages).filter(
        (k) => k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], messages) === '',
      );
      expect(empty, `${lang} empty strings`).toEqual([]);
    }
  });

  it('components contain no hard-coded UI text', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.tsx$/.test(entry.name) && !/\.test\.tsx$/.test(entry.name)) {
          const text = readFileSync(path, 'utf8');
          // JSX text: letters between a closing '>' and the next '<' on one line, outside braces.
          for (const [index, line] of text.split('\n').entries()) {
            const match = /(?<![=-])>\s*([A-Za-zÆØÅæøå][^<>{}=;()]*[A-Za-zÆØÅæøå.!?])\s*</.exec(line);
            if (match && !/^\s*(\/\/|\*|import)/.test(line)) offenders.push(`${path}:${index + 1}: ${match[1]}`);
          }
          for (const [index, line] of text.split('\n').entries()) {
            const attr = /\b(aria-label|placeholder|title|label|alt)="([^"]*[A-Za-zÆØÅæøå]{2,}[^"]*)"/.exec(line);
            if (attr) offenders.push(`${path}:${index + 1}: ${attr[1]}="${attr[2]}"`);
          }
        }
      }
    };
    walk('renderer');
    expect(offenders).toEqual([]);
  });
});
