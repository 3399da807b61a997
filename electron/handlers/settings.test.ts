import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { confSettingsStore } from '../../tests/e2e/harness';
import { dispatch } from '../dispatch';
import type { HandlerDeps } from './deps';
import { handlers } from './index';

function deps(): HandlerDeps {
  const dir = mkdtempSync(join(tmpdir(), 'csb-settings-'));
  return {
    settings: confSettingsStore(dir),
    dialogs: { chooseFolder: async () => dir, chooseOpenFile: async () => null, chooseSavePath: async () => null },
    pdf: { print: async () => new Uint8Array() },
    app: { version: '1.0.0', platform: 'linux' },
  };
}

describe('settings handlers', () => {
  it('changes only the fields in the patch', async () => {
    const d = deps();
    await dispatch('updateSettings', { language: 'en' }, handlers, d);
    const result = await dispatch('updateSettings', { userName: 'Per Larsen' }, handlers, d);
    expect(result).toMatchObject({ ok: true, value: { userName: 'Per Larsen', language: 'en' } });
  });

  it('refuses a device id from the renderer and unknown fields', async () => {
    const d = deps();
    const before = d.settings.read().deviceId;
    const result = await dispatch('updateSettings', { deviceId: 'dev_stolen' }, handlers, d);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(d.settings.read().deviceId).toBe(before);
  });

  it('answers an unknown call and a wrong type with error values', async () => {
    const d = deps();
    expect(await dispatch('deleteEverything', {}, handlers, d)).toMatchObject({
      ok: false,
      error: { code: 'unknown-channel' },
    });
    expect(await dispatch('updateSettings', { deskCount: 'many' }, handlers, d)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it('tells a missing share folder from a reachable one', async () => {
    const d = deps();
    const missing = await dispatch('checkShareFolder', { path: '/nonexistent/share' }, handlers, d);
    expect(missing).toMatchObject({ ok: true, value: { reachable: false, writable: false } });
    const here = await dispatch('checkShareFolder', { path: tmpdir() }, handlers, d);
    expect(here).toMatchObject({ ok: true, value: { reachable: true, writable: true } });
  });
});
