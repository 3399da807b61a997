import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { confSettingsStore } from '../../tests/e2e/harness';
import { dispatch } from '../dispatch';
import type { HandlerDeps } from './deps';
import { handlers } from './index';

function deps(shareFolder: string): HandlerDeps {
  const dir = mkdtempSync(join(tmpdir(), 'csb-sync-handlers-'));
  const settings = confSettingsStore(dir);
  settings.write({ ...settings.read(), shareFolder });
  return {
    settings,
    dialogs: { chooseFolder: async () => null, chooseOpenFile: async () => null, chooseSavePath: async () => null },
    pdf: { print: async () => new Uint8Array() },
    app: { version: '1.0.0', platform: 'linux' },
  };
}

const base64 = (text: string) => Buffer.from(text).toString('base64');

describe('share handlers', () => {
  it('writes a file once, lists and reads it, and refuses the same name again', async () => {
    const d = deps(mkdtempSync(join(tmpdir(), 'csb-share-')));
    const written = await dispatch(
      'shareWriteOnce',
      { folder: 'log', name: 'a.seg', base64: base64('x') },
      handlers,
      d,
    );
    expect(written).toMatchObject({ ok: true, value: { status: 'written' } });
    expect(
      await dispatch('shareWriteOnce', { folder: 'log', name: 'a.seg', base64: base64('y') }, handlers, d),
    ).toMatchObject({
      ok: true,
      value: { status: 'exists' },
    });
    expect(await dispatch('shareList', { folder: 'log' }, handlers, d)).toEqual({
      ok: true,
      value: { reachable: true, names: ['a.seg'] },
    });
    expect(await dispatch('shareRead', { folder: 'log', name: 'a.seg' }, handlers, d)).toEqual({
      ok: true,
      value: { status: 'ok', base64: base64('x') },
    });
    expect(await dispatch('shareRead', { folder: 'log', name: 'b.seg' }, handlers, d)).toMatchObject({
      ok: true,
      value: { status: 'missing' },
    });
  });

  it('reports an unreachable share as a value and refuses names that leave the folder', async () => {
    const d = deps('/nonexistent/share');
    expect(await dispatch('shareList', { folder: 'log' }, handlers, d)).toEqual({
      ok: true,
      value: { reachable: false, names: [] },
    });
    expect(await dispatch('shareRead', { folder: 'log', name: '../settings.json' }, handlers, d)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it('gives a cloned laptop a new device id', async () => {
    const d = deps('');
    const before = d.settings.read().deviceId;
    const result = await dispatch('renewDeviceId', undefined, handlers, d);
    expect(result).toMatchObject({ ok: true });
    expect(d.settings.read().deviceId).not.toBe(before);
  });
});
