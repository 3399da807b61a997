import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SECURE_WEB_PREFERENCES } from '../../electron/window-options';
import {
  checkCsp,
  checkElectronLayer,
  checkMainSource,
  checkPreferencesSource,
  REQUIRED_PREFERENCES,
} from '../../scripts/check-electron-security';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';

const main = readFileSync('electron/main.ts', 'utf8');
const prefs = readFileSync('electron/window-options.ts', 'utf8');

describe('Electron security', () => {
  it('holds for the code as it is', () => {
    expect(checkElectronLayer()).toEqual([]);
    expect(checkCsp(CONTENT_SECURITY_POLICY)).toEqual([]);
  });

  it('the secure preferences object has every required value at run time too', () => {
    for (const [key, value] of Object.entries(REQUIRED_PREFERENCES)) {
      expect(SECURE_WEB_PREFERENCES[key as keyof typeof SECURE_WEB_PREFERENCES], key).toBe(value);
    }
  });

  it.each([
    ['contextIsolation: true', 'contextIsolation: false', 'contextIsolation'],
    ['sandbox: true', 'sandbox: false', 'sandbox'],
    ['nodeIntegration: false', 'nodeIntegration: true', 'nodeIntegration'],
    ['webSecurity: true', 'webSecurity: false', 'webSecurity'],
  ])('fails when window-options weakens %s', (from, to, rule) => {
    const findings = checkPreferencesSource('window-options.ts', prefs.replace(from, to));
    expect(findings.map((f) => f.rule)).toContain(rule);
  });

  it('fails when a window overrides a secure preference or drops them', () => {
    const overridden = main.replace('...SECURE_WEB_PREFERENCES,', '...SECURE_WEB_PREFERENCES, sandbox: false,');
    expect(checkMainSource('main.ts', overridden).map((f) => f.rule)).toContain('sandbox');
    const dropped = main.replace('...SECURE_WEB_PREFERENCES,', 'nodeIntegration: false,');
    expect(
      checkMainSource('main.ts', dropped)
        .map((f) => f.detail)
        .join(),
    ).toMatch(/does not spread/);
  });

  it.each([
    [
      'setWindowOpenHandler(({ url }) => {',
      'deny-new-windows',
      (s: string) => s.replace("action: 'deny'", "action: 'allow'"),
    ],
    ['will-navigate', 'block-navigation', (s: string) => s.replace("'will-navigate'", "'did-navigate'")],
    [
      'requestSingleInstanceLock',
      'single-instance-lock',
      (s: string) => s.replace('app.requestSingleInstanceLock()', 'true'),
    ],
    ['permissions', 'deny-permissions', (s: string) => s.replace('callback(false)', 'callback(true)')],
    ['sender check', 'ipc-sender-check', (s: string) => s.replace('event.sender !== win.webContents || ', '')],
  ])('fails when main.ts loses the guard: %s', (_label, rule, weaken) => {
    expect(checkMainSource('main.ts', weaken(main)).map((f) => f.rule)).toContain(rule);
  });

  it('fails on a CSP that allows inline script or a remote origin', () => {
    expect(
      checkCsp("default-src 'self'; script-src 'self' 'unsafe-inline'; object-src 'none'").map((f) => f.rule),
    ).toContain('csp-script');
    expect(
      checkCsp("default-src 'self'; connect-src https://example.com; object-src 'none'").map((f) => f.rule),
    ).toContain('csp-remote');
  });
});
