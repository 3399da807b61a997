import { mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { folderTransport } from '../../electron/share/folder-transport';
import { exampleInitiatives, scaledExampleInitiatives } from '../../shared/domain/example-data';
import { InitiativeFieldsSchema } from '../../shared/domain/initiative';
import { syncOnce } from '../../shared/sync/engine';
import { MemoryStore } from '../../shared/sync/memory-store';
import type { FieldValue } from '../../shared/sync/operation';
import { closeBrowser, launchApp, screenshot, seriousA11yViolations, serveRenderer, visible } from './harness';

let server: Awaited<ReturnType<typeof serveRenderer>>;

beforeAll(async () => {
  server = await serveRenderer();
});
afterAll(async () => {
  await closeBrowser();
  await server.close();
});

const status = (page: Page) => page.getByTestId('sync-status').textContent();
const pending = (page: Page) => page.getByTestId('sync-pending').textContent();

async function syncNow(page: Page): Promise<void> {
  await page.getByTestId('sync-indicator').getByRole('button', { name: 'Synkroniser nu' }).click();
  await expect.poll(() => status(page), { timeout: 20_000 }).toBe('Opdateret');
}

async function rowTitles(page: Page, search: string): Promise<string[]> {
  await page.getByTestId('nav-initiatives').click();
  await page.getByRole('searchbox', { name: 'Søg' }).fill(search);
  return page.getByTestId('inventory-row').locator('td:first-child').allTextContents();
}

/** Open an initiative from the inventory and change its title, as a user would. */
async function retitle(page: Page, from: string, to: string): Promise<void> {
  await page.getByTestId('nav-initiatives').click();
  await page.getByRole('searchbox', { name: 'Søg' }).fill(from);
  await page.getByTestId('inventory-row').filter({ hasText: from }).first().click();
  const title = page.getByTestId('field-title');
  await visible(title);
  await title.fill(to);
  await title.press('Tab');
  await visible(page.getByRole('heading', { level: 1, name: to }));
}

describe('sync through a shared folder', () => {
  it('two laptops edit offline, reconnect, see the merged inventory and the concurrent edit, and keep the other value', async () => {
    const share = mkdtempSync(join(tmpdir(), 'csb-e2e-share-'));
    const away = `${share}-away`;
    const [x, y, z] = exampleInitiatives().map((e) => e.title) as [string, string, string];

    const anne = await launchApp(server.url, {
      settings: { userName: 'Anne Jensen', homeDepartment: 'BUF', shareFolder: share },
    });
    await anne.page.getByTestId('nav-initiatives').click();
    await anne.page.getByRole('button', { name: 'Indlæs eksempeldata' }).click();
    await visible(anne.page.getByTestId('inventory-table'));
    await syncNow(anne.page);
    await expect.poll(() => pending(anne.page)).toBe('Alle ændringer er på fællesdrevet');
    await screenshot(anne.page, 'sync-indicator-up-to-date');

    // A new laptop with the same share: the inventory arrives by itself.
    const bo = await launchApp(server.url, {
      settings: { userName: 'Bo Nielsen', homeDepartment: 'SOF', shareFolder: share },
    });
    await bo.page.getByTestId('nav-initiatives').click();
    await visible(bo.page.getByTestId('inventory-table'), 30_000);
    await expect.poll(() => status(bo.page), { timeout: 20_000 }).toBe('Opdateret');
    expect(await rowTitles(bo.page, x)).toContain(x);

    // The share goes away (both are out of the office) and both edit.
    renameSync(share, away);
    await retitle(anne.page, x, `${x} (Anne)`);
    await retitle(anne.page, y, `${y} – kun Anne`);
    await retitle(bo.page, x, `${x} (Bo)`);
    await retitle(bo.page, z, `${z} – kun Bo`);
    await bo.page.getByTestId('sync-indicator').getByRole('button', { name: 'Synkroniser nu' }).click();
    await expect.poll(() => status(bo.page), { timeout: 20_000 }).toBe('Offline');
    await expect.poll(() => pending(bo.page)).toBe('2 ændringer venter på fællesdrevet');
    await screenshot(bo.page, 'sync-offline-with-pending');

    // Back at the centre: sync in turn.
    renameSync(away, share);
    await syncNow(anne.page);
    await syncNow(bo.page);
    await syncNow(anne.page);
    for (const app of [anne, bo]) {
      expect(await rowTitles(app.page, x)).toContain(`${x} (Bo)`);
      expect(await rowTitles(app.page, y)).toContain(`${y} – kun Anne`);
      expect(await rowTitles(app.page, z)).toContain(`${z} – kun Bo`);
    }
    await screenshot(anne.page, 'sync-merged-inventory');

    // Anne sees the concurrent edit of the title with both values, and keeps hers.
    await anne.page.getByTestId('sync-indicator').getByRole('link', { name: 'Detaljer' }).click();
    const drawer = anne.page.getByRole('dialog', { name: 'Synkronisering' });
    await visible(drawer);
    const conflict = drawer.getByTestId('sync-conflicts').getByRole('listitem').first();
    await visible(conflict);
    expect(await conflict.getByTestId('conflict-kept').textContent()).toBe(`${x} (Bo)`);
    expect(await conflict.getByTestId('conflict-lost').textContent()).toBe(`${x} (Anne)`);
    await visible(drawer.getByRole('cell', { name: /Bo Nielsen/ }));
    await visible(drawer.getByRole('cell', { name: /Anne Jensen/ }));
    await anne.page.waitForTimeout(500); // the drawer slides in
    await screenshot(anne.page, 'sync-view-conflict');
    expect(await seriousA11yViolations(anne.page)).toEqual([]);
    await conflict.getByRole('button', { name: 'Behold den anden værdi' }).click();
    await visible(drawer.getByText('Ingen samtidige ændringer at se på.'));
    await drawer.getByRole('button', { name: 'Luk' }).click();
    await drawer.waitFor({ state: 'hidden' });

    await syncNow(anne.page);
    await syncNow(bo.page);
    expect(await rowTitles(bo.page, x)).toContain(`${x} (Anne)`);
    expect(anne.pageErrors).toEqual([]);
    expect(bo.pageErrors).toEqual([]);
    await anne.close();
    await bo.close();
  });

  it('refuses a share written by a newer version, says so in Danish and keeps working offline', async () => {
    const share = mkdtempSync(join(tmpdir(), 'csb-e2e-share-'));
    mkdirSync(join(share, 'sikker-by-desk-sync', 'log'), { recursive: true });
    writeFileSync(join(share, 'sikker-by-desk-sync', 'log', 's2.dev_future.000001.x.seg'), 'from the future');
    const app = await launchApp(server.url, { settings: { shareFolder: share } });
    await expect.poll(() => status(app.page), { timeout: 20_000 }).toBe('Problem med synkronisering');
    await app.page.getByTestId('sync-indicator').getByRole('link', { name: 'Detaljer' }).click();
    const drawer = app.page.getByRole('dialog', { name: 'Synkronisering' });
    await visible(drawer.getByText('Fællesdrevet bruger en nyere version af appen'));
    await visible(drawer.getByText('Fil: s2.dev_future.000001.x.seg'));
    await app.page.waitForTimeout(500);
    await screenshot(app.page, 'sync-view-newer-format');
    expect(await seriousA11yViolations(app.page)).toEqual([]);
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  it('a new laptop on a share that holds data shows a progress bar, then the whole inventory', async () => {
    // Seven colleagues have worked for weeks: many small segments on the share.
    const share = mkdtempSync(join(tmpdir(), 'csb-e2e-share-'));
    const initiatives = scaledExampleInitiatives(350);
    for (let d = 0; d < 7; d++) {
      const laptop = new MemoryStore(`dev_colleague${d}`);
      initiatives.forEach((example, i) => {
        if (i % 7 === d)
          laptop.write('initiatives', `init-${i}`, InitiativeFieldsSchema.parse(example) as Record<string, FieldValue>);
      });
      await syncOnce({
        store: laptop,
        transport: folderTransport(share),
        identity: { user: `Kollega ${d + 1}`, department: 'BUF', app: '0.1.0' },
        maxOpsPerSegment: 20,
        snapshotEvery: 0,
      });
    }
    const app = await launchApp(server.url, { settings: { userName: 'Ny Medarbejder', shareFolder: share } });
    const { page } = app;
    await visible(page.getByRole('progressbar', { name: 'Fremdrift for synkronisering' }), 20_000);
    await visible(page.getByText(/Henter data fra fællesdrevet: \d+ af \d+ filer/));
    await screenshot(page, 'sync-first-start-progress');
    await expect.poll(() => status(page), { timeout: 60_000 }).toBe('Opdateret');
    await page.getByTestId('nav-initiatives').click();
    await expect
      .poll(() => page.getByTestId('inventory-footer').textContent(), { timeout: 20_000 })
      .toContain(`Viser ${initiatives.length} af ${initiatives.length} indsatser`);
    await screenshot(page, 'sync-first-start-done');
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  it('a laptop cloned from another (same device id) gets a new id by itself and still syncs', async () => {
    const share = mkdtempSync(join(tmpdir(), 'csb-e2e-share-'));
    const original = await launchApp(server.url, {
      settings: { userName: 'Anne Jensen', shareFolder: share, deviceId: 'dev_imaged01' },
    });
    await original.page.getByTestId('nav-initiatives').click();
    await original.page.getByRole('button', { name: 'Indlæs eksempeldata' }).click();
    await syncNow(original.page);

    const clone = await launchApp(server.url, {
      settings: { userName: 'Bo Nielsen', shareFolder: share, deviceId: 'dev_imaged01' },
    });
    await expect.poll(() => clone.deps.settings.read().deviceId, { timeout: 30_000 }).not.toBe('dev_imaged01');
    await clone.page.getByRole('navigation').waitFor();
    await expect.poll(() => status(clone.page), { timeout: 30_000 }).toBe('Opdateret');
    const examples = exampleInitiatives();
    expect(await rowTitles(clone.page, examples[0]?.title ?? '')).toContain(examples[0]?.title);
    await syncNow(original.page);
    expect(original.deps.settings.read().deviceId).toBe('dev_imaged01');
    expect(original.pageErrors).toEqual([]);
    await original.close();
    await clone.close();
  });
});
