import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** What a built file loads at run time. */
function imports(code: string): string[] {
  const found = [...code.matchAll(/require\("([^"]+)"\)|from "([^"]+)"/g)].map((m) => m[1] ?? m[2] ?? '');
  return [...new Set(found)].sort();
}

describe('the Electron build', () => {
  it('builds main, a self-contained sandboxed preload and the renderer', () => {
    execFileSync(resolve('node_modules/.bin/electron-vite'), ['build'], { stdio: 'pipe', timeout: 300_000 });
    // A sandboxed preload may require only 'electron'; anything else must be bundled into it.
    expect(imports(readFileSync('out/preload/preload.cjs', 'utf8'))).toEqual(['electron']);
    const main = readFileSync('out/main/main.js', 'utf8');
    expect(main).toContain('requestSingleInstanceLock');
    expect(readFileSync('out/renderer/index.html', 'utf8')).toContain('Content-Security-Policy');
  }, 300_000);
});
