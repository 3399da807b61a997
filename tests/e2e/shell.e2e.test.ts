import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECTIONS } from '../../renderer/navigation';
import { closeBrowser, launchApp, screenshot, seriousA11yViolations, serveRenderer, visible } from './harness';

let server: Awaited<ReturnType<typeof serveRenderer>>;

beforeAll(async () => {
  server = await serveRenderer();
});
afterAll(async () => {
  await closeBrowser();
  await server.close();
});

describe('app shell', () => {
  it('starts in Danish with every section reachable, accessible and usable by keyboard', async () => {
    const app = await launchApp(server.url);
    const { page } = app;
    const nav = page.getByRole('navigation', { name: 'Hovedmenu' });
    for (const label of ['Overblik', 'Indsatser', 'Høring', 'Opfølgning', 'Bemanding', 'Møder', 'Indstillinger']) {
      await visible(nav.getByRole('tab', { name: label }));
    }
    await screenshot(page, 'shell-da-overview');

    for (const section of SECTIONS) {
      await page.getByTestId(`nav-${section}`).click();
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await seriousA11yViolations(page), `axe findings in ${section}`).toEqual([]);
    }

    // Keyboard only: focus the menu, move with the arrow keys, open with Enter.
    await page.getByTestId('nav-overview').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await visible(page.getByRole('heading', { level: 1, name: 'Indsatser' }));
    expect(page.url()).toContain('#/initiatives');
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  it('switches language, keeps a changed setting after a reload', async () => {
    const app = await launchApp(server.url);
    const { page } = app;
    await page.getByTestId('nav-settings').click();
    await page.getByRole('radio', { name: 'English' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Settings' }));
    await visible(page.getByRole('tab', { name: 'Initiatives' }));

    const name = page.getByRole('textbox', { name: 'Your name' });
    await name.fill('Per Larsen');
    await name.press('Tab');
    await expect.poll(() => app.deps.settings.read().userName).toBe('Per Larsen');
    await screenshot(page, 'shell-en-settings');

    await app.reload();
    await visible(page.getByRole('heading', { level: 1, name: 'Settings' }));
    expect(await page.getByRole('textbox', { name: 'Your name' }).inputValue()).toBe('Per Larsen');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    await page.getByRole('radio', { name: 'Dansk' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Indstillinger' }));
    await screenshot(page, 'shell-da-settings');
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  it('chooses the shared-drive folder with the native dialog and says when it cannot be reached', async () => {
    const share = mkdtempSync(join(tmpdir(), 'csb-share-'));
    const app = await launchApp(server.url);
    const { page } = app;
    await page.getByTestId('nav-settings').click();
    await visible(page.getByText('Ingen mappe valgt.', { exact: false }));
    app.dialogs.folder = share;
    await page.getByRole('button', { name: 'Vælg mappe…' }).click();
    await visible(page.getByText('Mappen kan nås og skrives i.'));
    expect(await page.getByTestId('share-folder').textContent()).toBe(share);
    expect(app.deps.settings.read().shareFolder).toBe(share);

    // The drive goes away (laptop taken home): the app says so in Danish and keeps the setting.
    rmSync(share, { recursive: true });
    await app.reload();
    await visible(page.getByText('Mappen kan ikke nås lige nu.', { exact: false }));
    expect(app.deps.settings.read().shareFolder).toBe(share);
    await screenshot(page, 'shell-da-share-unreachable');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await app.close();
  });

  it('rejects a malformed call from the page with an error value, not a crash', async () => {
    const app = await launchApp(server.url);
    const result = await app.page.evaluate(() =>
      (window as unknown as { csb: { updateSettings(i: unknown): Promise<unknown> } }).csb.updateSettings({
        language: 'klingon',
        deviceId: 'x',
      }),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(app.deps.settings.read().language).toBe('da');
    await app.close();
  });
});
