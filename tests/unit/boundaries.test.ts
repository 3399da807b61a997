import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const depcruise = resolve('node_modules/.bin/depcruise');

/** Run the project's boundary rules on a small tree of our own making. */
function cruise(files: Record<string, string>): { code: number; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'csb-boundaries-'));
  cpSync('.dependency-cruiser.cjs', join(dir, '.dependency-cruiser.cjs'));
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler' } }),
  );
  for (const folder of ['shared', 'renderer/features/a', 'renderer/features/b', 'electron', 'scripts']) {
    mkdirSync(join(dir, folder), { recursive: true });
  }
  writeFileSync(join(dir, 'shared/ok.ts'), 'export const ok = 1;\n');
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  try {
    const output = execFileSync(
      depcruise,
      ['electron', 'renderer', 'shared', 'scripts', '--config', '.dependency-cruiser.cjs'],
      {
        cwd: dir,
        encoding: 'utf8',
        stdio: 'pipe',
      },
    );
    return { code: 0, output };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, output: `${e.stdout}${e.stderr}` };
  }
}

describe('layer boundaries', () => {
  it('pass for a tree that keeps them', () => {
    const result = cruise({
      'renderer/features/a/index.ts': "import { ok } from '../../../shared/ok';\nexport const a = ok;\n",
      'electron/main.ts':
        "import { ok } from '../shared/ok';\nimport { readFileSync } from 'node:fs';\nexport const m = [ok, readFileSync];\n",
    });
    expect(result.output).toMatch(/no dependency violations/);
    expect(result.code).toBe(0);
  });

  it.each([
    [
      'shared imports a Node built-in',
      { 'shared/bad.ts': "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n" },
      'shared-no-node-builtins',
    ],
    [
      'renderer imports electron/',
      {
        'electron/thing.ts': 'export const t = 1;\n',
        'renderer/bad.ts': "import { t } from '../electron/thing';\nexport const x = t;\n",
      },
      'renderer-not-electron',
    ],
    [
      'electron imports renderer/',
      {
        'renderer/view.ts': 'export const v = 1;\n',
        'electron/bad.ts': "import { v } from '../renderer/view';\nexport const x = v;\n",
      },
      'electron-not-renderer',
    ],
    [
      'shared imports renderer/',
      {
        'renderer/view.ts': 'export const v = 1;\n',
        'shared/bad.ts': "import { v } from '../renderer/view';\nexport const x = v;\n",
      },
      'shared-is-platform-neutral',
    ],
    [
      'a feature reaches into another feature',
      {
        'renderer/features/b/secret.ts': 'export const s = 1;\n',
        'renderer/features/a/bad.ts': "import { s } from '../b/secret';\nexport const x = s;\n",
      },
      'feature-internals',
    ],
  ])('fail when %s', (_label, files, rule) => {
    const result = cruise(files);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(rule);
  });
});
