import { readFileSync } from 'node:fs';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const noLog = { isEnabled: false, add() {}, flush: async () => {} } as never;

/** Packaging cannot run here (no Electron download), so the config is checked against electron-builder's own schema. */
describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema validation", async () => {
    const config = await getConfig('.', 'electron-builder.yml', null);
    await expect(validateConfiguration(config, noLog)).resolves.toBeUndefined();
  });

  it('builds the Windows per-user installer and portable exe, AppImage, deb and dmg with our icon', () => {
    const config = load(readFileSync('electron-builder.yml', 'utf8')) as Record<string, Record<string, unknown>>;
    const winTargets = ((config.win?.target ?? []) as { target: string }[]).map((t) => t.target);
    expect(winTargets).toEqual(['nsis', 'portable']);
    expect(config.nsis).toMatchObject({ perMachine: false, oneClick: false, allowElevation: false });
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.appId).toBe('dk.kk.sikkerby.desk');
    const icon = readFileSync('build/icon.png');
    expect(icon.subarray(1, 4).toString()).toBe('PNG');
    expect(icon.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
  });

  it('rejects a config with an unknown option', async () => {
    const config = await getConfig('.', 'electron-builder.yml', null);
    await expect(validateConfiguration({ ...config, nsis: { oneClik: true } } as never, noLog)).rejects.toThrow(
      /Invalid configuration object/,
    );
  });
});
