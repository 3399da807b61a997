/**
 * Text similarity for Danish initiative descriptions: fold to plain lower-case
 * ASCII (æ→ae, ø→oe, å→aa, accents dropped), then compare word sets and
 * character trigram sets by Jaccard. Both are cheap, explainable and need no model.
 */

const FOLDS: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', ß: 'ss' };

export function foldDanish(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøåß]/g, (c) => FOLDS[c] ?? c)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Common Danish (and a few English) words that say nothing about what an initiative does. Folded. */
const STOP_WORDS = new Set(
  (
    'og i at det der en et til for med er som paa de af den om ikke har vi kan skal ved fra sig ' +
    'eller blive bliver blev samt saa man hvor hvis alle andre over under efter mod deres sin sine ' +
    'indsats indsatsen indsatser projekt projektet the and of to in for'
  ).split(' '),
);

/** Distinct content words (folded, at least 3 characters, no stop words). */
export function contentWords(text: string): Set<string> {
  const words = foldDanish(text)
    .split(' ')
    .filter((w) => w.length >= 3 && !STOP_WORDS.has(w));
  return new Set(words);
}

/** Distinct character trigrams of the folded content words, each word padded with a space on both sides. */
export function trigrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (const word of contentWords(text)) {
    const padded = ` ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  }
  return grams;
}

export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return shared / (a.size + b.size - shared);
}

export function intersection<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): T[] {
  return [...a].filter((item) => b.has(item));
}

/** Precomputed text features of one initiative, so comparing n initiatives costs n foldings, not n². */
export interface TextProfile {
  words: Set<string>;
  trigrams: Set<string>;
}

export function textProfile(text: string): TextProfile {
  return { words: contentWords(text), trigrams: trigrams(text) };
}

/** Mean of word Jaccard and trigram Jaccard: words catch shared terms, trigrams catch inflections ("klub"/"klubben"). */
export function textSimilarity(a: TextProfile, b: TextProfile): number {
  return (jaccard(a.words, b.words) + jaccard(a.trigrams, b.trigrams)) / 2;
}

/** How each folded content word was first written in the text, to show users "lektiehjælp", not "lektiehjaelp". */
export function wordSpellings(text: string): Map<string, string> {
  const spellings = new Map<string, string>();
  for (const raw of text.split(/[^\p{L}\p{N}]+/u)) {
    const folded = foldDanish(raw);
    if (folded && !spellings.has(folded)) spellings.set(folded, raw.toLowerCase());
  }
  return spellings;
}
