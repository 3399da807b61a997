import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import Conf from 'conf';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { dispatch } from '../../electron/dispatch';
import type { HandlerDeps, SettingsStore } from '../../electron/handlers/deps';
import { handlers } from '../../electron/handlers/index';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { CHANNELS } from '../../shared/ipc/contract';
import { newDeviceId, type Settings, SettingsSchema } from '../../shared/settings';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { E2E_BUILD_DIR } from './global-setup';

export const ARTIFACTS_DIR = resolve('tests/artifacts');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** Serves the built renderer with the app's CSP header, as Electron's session does. */
export async function serveRenderer(root = resolve(E2E_BUILD_DIR)): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^([/\\])+/, '');
    const file = join(root, path === '' ? 'index.html' : path);
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    try {
      const body = readFileSync(file);
      res.writeHead(200, {
        'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/index.html`, close: () => new Promise((ok) => server.close(() => ok())) };
}

/** The settings store of the harness: `conf`, the library electron-store is built on, in a temp folder. */
export function confSettingsStore(dir: string): SettingsStore {
  const conf = new Conf<{ settings: Settings }>({
    cwd: dir,
    configName: 'settings',
    projectName: 'sikker-by-desk-test',
    defaults: {
      settings: SettingsSchema.parse({
        deviceId: newDeviceId(Math.random().toString(16).slice(2) + Date.now().toString(16)),
      }),
    },
  });
  return {
    read: () => SettingsSchema.parse(conf.get('settings')),
    write: (next) => conf.set('settings', SettingsSchema.parse(next)),
  };
}

/** Answers for native dialogs, set by the test before it clicks (a real dialog cannot be clicked headless). */
export interface DialogAnswers {
  folder: string | null;
  openFile: string | null;
  savePath: string | null;
}

export interface AppInstance {
  page: Page;
  context: BrowserContext;
  dialogs: DialogAnswers;
  deps: HandlerDeps;
  /** Folder for this instance's settings and saved files. */
  dataDir: string;
  /** Problems the page reported: uncaught errors and CSP violations. */
  pageErrors: string[];
  reload(): Promise<void>;
  close(): Promise<void>;
}

let browser: Browser | undefined;

export async function getBrowser(): Promise<Browser> {
  browser ??= await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  return browser;
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
}

/**
 * Start one app instance: its own browser context (so its own IndexedDB),
 * its own settings, and `window.csb` wired to the real main-side handlers.
 */
export async function launchApp(
  url: string,
  options: { dataDir?: string; settings?: Partial<Settings>; viewport?: { width: number; height: number } } = {},
): Promise<AppInstance> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'csb-e2e-'));
  const settings = confSettingsStore(dataDir);
  if (options.settings) settings.write({ ...settings.read(), ...options.settings });
  const dialogs: DialogAnswers = { folder: null, openFile: null, savePath: null };
  const context = await (await getBrowser()).newContext({
    viewport: options.viewport ?? { width: 1366, height: 860 },
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    acceptDownloads: false,
  });
  const page = await context.newPage();
  const deps: HandlerDeps = {
    settings,
    dialogs: {
      chooseFolder: async () => dialogs.folder,
      chooseOpenFile: async () => dialogs.openFile,
      chooseSavePath: async () => dialogs.savePath,
    },
    pdf: { print: async ({ landscape }) => page.pdf({ landscape, printBackground: true, format: 'A4' }) },
    app: { version: '0.1.0-test', platform: process.platform },
  };
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) pageErrors.push(message.text());
  });
  await page.exposeFunction('__csbInvoke', (channel: string, input: unknown) =>
    dispatch(channel, input, handlers, deps),
  );
  await page.addInitScript((channels: string[]) => {
    const invoke = (window as unknown as { __csbInvoke: (c: string, i: unknown) => Promise<unknown> }).__csbInvoke;
    (window as unknown as { csb: unknown }).csb = Object.freeze(
      Object.fromEntries(channels.map((channel) => [channel, (input: unknown) => invoke(channel, input)])),
    );
  }, CHANNELS);
  await page.goto(url);
  await page.getByRole('navigation').waitFor();
  return {
    page,
    context,
    dialogs,
    deps,
    dataDir,
    pageErrors,
    async reload() {
      await page.reload();
      await page.getByRole('navigation').waitFor();
    },
    close: () => context.close(),
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

/** axe-core on the current page (WCAG 2.1 A and AA); returns the serious and critical findings. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    // Fluent UI's focus manager (Tabster) adds hidden <i tabindex=0> guards that pass focus on at once;
    // axe cannot see that and reports them as aria-hidden-focus.
    .exclude('[data-tabster-dummy]')
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(', ')}`,
    );
}

export function writeTempFile(name: string, bytes: Uint8Array | string): string {
  const dir = mkdtempSync(join(tmpdir(), 'csb-file-'));
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** Wait until what a person would look for is on screen. */
export async function visible(locator: Locator, timeout = 10_000): Promise<void> {
  await locator.waitFor({ state: 'visible', timeout });
}
