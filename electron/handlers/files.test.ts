import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { confSettingsStore } from '../../tests/e2e/harness';
import { dispatch } from '../dispatch';
import type { HandlerDeps } from './deps';
import { handlers } from './index';

function setup(answers: { open?: string | null; save?: string | null }) {
  const dir = mkdtempSync(join(tmpdir(), 'csb-files-'));
  const deps: HandlerDeps = {
    settings: confSettingsStore(dir),
    dialogs: {
      chooseFolder: async () => null,
      chooseOpenFile: async () => answers.open ?? null,
      chooseSavePath: async () => answers.save ?? null,
    },
    pdf: { print: async () => new TextEncoder().encode('%PDF-1.7 test') },
    app: { version: '1.0.0', platform: 'linux' },
  };
  return { dir, deps };
}

describe('file handlers', () => {
  it('opens the chosen file as base64 with its name', async () => {
    const { dir, deps } = setup({});
    const path = join(dir, 'høring BUF.xlsx');
    writeFileSync(path, Buffer.from([1, 2, 3, 250]));
    deps.dialogs.chooseOpenFile = async () => path;
    const result = await dispatch('openFile', { kind: 'spreadsheet' }, handlers, deps);
    expect(result).toEqual({
      ok: true,
      value: { name: 'høring BUF.xlsx', base64: Buffer.from([1, 2, 3, 250]).toString('base64') },
    });
  });

  it('returns null when a dialog is cancelled and writes nothing', async () => {
    const { deps } = setup({ open: null, save: null });
    expect(await dispatch('openFile', { kind: 'any' }, handlers, deps)).toEqual({ ok: true, value: null });
    expect(
      await dispatch('saveFile', { suggestedName: 'a.xlsx', kind: 'excel', base64: 'AAEC' }, handlers, deps),
    ).toEqual({
      ok: true,
      value: null,
    });
  });

  it('saves bytes to the chosen path and prints a PDF there', async () => {
    const { dir, deps } = setup({});
    const out = join(dir, 'oversigt.xlsx');
    deps.dialogs.chooseSavePath = async () => out;
    expect(
      await dispatch('saveFile', { suggestedName: 'oversigt.xlsx', kind: 'excel', base64: 'AAEC' }, handlers, deps),
    ).toEqual({
      ok: true,
      value: { path: out },
    });
    expect([...readFileSync(out)]).toEqual([0, 1, 2]);
    const pdf = join(dir, 'overblik.pdf');
    deps.dialogs.chooseSavePath = async () => pdf;
    await dispatch('printToPdf', { suggestedName: 'overblik.pdf' }, handlers, deps);
    expect(readFileSync(pdf, 'utf8')).toMatch(/^%PDF/);
  });

  it('reports a missing file and an unwritable folder as error values', async () => {
    const { dir, deps } = setup({ open: join(tmpdir(), 'does-not-exist.xlsx') });
    deps.dialogs.chooseSavePath = async () => join(dir, 'no/such/folder/x.xlsx');
    expect(await dispatch('openFile', { kind: 'any' }, handlers, deps)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(
      await dispatch('saveFile', { suggestedName: 'x.xlsx', kind: 'excel', base64: 'AAEC' }, handlers, deps),
    ).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(
      await dispatch('saveFile', { suggestedName: 'x.xlsx', kind: 'excel', base64: 'not base64!' }, handlers, deps),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });
});
