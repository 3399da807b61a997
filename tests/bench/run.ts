/**
 * `npm run bench`: runs every tests/bench/*.bench.ts in turn (or those named on
 * the command line) and prints their figures. Each file exports
 * `default async function (report: (line: string) => void)`.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = resolve('tests/bench');
const wanted = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort();

for (const file of files) {
  console.log(`\n== ${file}`);
  const started = performance.now();
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as {
    default: (report: (l: string) => void) => Promise<void>;
  };
  await mod.default((line) => console.log(`  ${line}`));
  console.log(`  (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
