import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTIFACTS_DIR,
  closeBrowser,
  launchApp,
  screenshot,
  seriousA11yViolations,
  serveRenderer,
  visible,
} from './harness';

let server: Awaited<ReturnType<typeof serveRenderer>>;

beforeAll(async () => {
  server = await serveRenderer();
});
afterAll(async () => {
  await closeBrowser();
  await server.close();
});

function hasPdftoppm(): boolean {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('Overblik dashboard', () => {
  it('loads the example data, draws every chart, filters the table from a bar and prints to PDF', async () => {
    const app = await launchApp(server.url, { viewport: { width: 1440, height: 900 } });
    const { page } = app;
    await visible(page.getByRole('heading', { level: 1, name: 'Overblik' }));
    await page.getByRole('button', { name: 'Indlæs eksempeldata' }).click();
    // The toast comes when the follow-up examples are in too.
    await visible(page.locator('.fui-Toast').getByText(/\d+ eksempelindsatser er indlæst\./), 30_000);
    await visible(page.getByRole('figure', { name: 'Antal indsatser pr. forvaltning' }));
    for (const name of [
      'Antal indsatser pr. fokusområde',
      'Antal indsatser pr. bydel',
      'Antal indsatser pr. målgruppe',
      'Høringen pr. forvaltning',
    ]) {
      await visible(page.getByRole('figure', { name }));
    }
    await visible(page.getByRole('heading', { name: 'Næste milepæle og frister' }));
    // 18+ target groups are marked in the chart's labels.
    expect(await page.getByTestId('chart-target').textContent()).toContain('(18+)');
    await expect.poll(() => page.locator('.fui-Toast').count(), { timeout: 15_000 }).toBe(0);
    await screenshot(page, 'overview-da-example-data');
    await page.getByTestId('milestones').scrollIntoViewIfNeeded();
    await screenshot(page, 'overview-da-example-data-lower');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('radio', { name: 'Årligt budget' }).check();
    await visible(page.getByRole('figure', { name: 'Årligt budget pr. forvaltning' }));
    expect(await page.getByTestId('chart-department').textContent()).toMatch(/mio\./);
    await screenshot(page, 'overview-da-budget');

    // Clicking the BUF bar filters the inventory table to BUF.
    const bars = page.getByTestId('chart-department').locator('.recharts-bar-rectangle');
    await bars.first().waitFor();
    // The data table lists the bars in the chart's order.
    const first = (await page.getByTestId('chart-department').locator('tbody th').first().textContent()) ?? '';
    await bars.first().locator('path').first().click();
    await expect.poll(() => page.url()).toContain('#/initiatives');
    const filter = await page.evaluate(() => JSON.parse(sessionStorage.getItem('csb.initiativeFilter') ?? '{}'));
    expect(filter.departments).toEqual([first]);

    // Back on the dashboard the charts follow the filter.
    await page.getByTestId('nav-overview').click();
    await visible(page.getByText(/Filter: .* viser \d+ af \d+ indsatser/));
    await screenshot(page, 'overview-da-filtered');

    await page.getByRole('button', { name: 'Ryd filter' }).click();
    await visible(page.getByText(/Alle \d+ indsatser vises/));

    // Keyboard: the chart's data table appears on focus, and its row buttons do what a click on a bar does.
    const rowButton = page.getByTestId('chart-focus').getByRole('button', { name: 'Exit og 18+', exact: true });
    await rowButton.focus();
    await visible(rowButton);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('#/initiatives');
    const byKeyboard = await page.evaluate(() => JSON.parse(sessionStorage.getItem('csb.initiativeFilter') ?? '{}'));
    expect(byKeyboard.focusAreas).toEqual(['exit']);
    await page.getByTestId('nav-overview').click();
    await page.getByRole('button', { name: 'Ryd filter' }).click();
    await visible(page.getByText(/Alle \d+ indsatser vises/));

    // PDF through the app's printToPdf (Chromium's page.pdf in the harness).
    const pdfPath = join(app.dataDir, 'overblik.pdf');
    app.dialogs.savePath = pdfPath;
    await page.getByRole('button', { name: 'Gem som PDF' }).click();
    await expect.poll(() => existsSync(pdfPath), { timeout: 30_000 }).toBe(true);
    const bytes = readFileSync(pdfPath);
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const pages = (bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThan(0);
    if (hasPdftoppm()) {
      const outDir = join(ARTIFACTS_DIR, 'overview-pdf');
      rmSync(outDir, { recursive: true, force: true });
      mkdirSync(outDir, { recursive: true });
      execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, join(outDir, 'page')]);
      expect(readdirSync(outDir).filter((f) => f.endsWith('.png')).length).toBe(pages);
    }
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  it('speaks English when the user has chosen it', async () => {
    const app = await launchApp(server.url, { settings: { language: 'en' }, viewport: { width: 1440, height: 900 } });
    const { page } = app;
    await page.getByRole('button', { name: 'Load example data' }).click();
    await visible(page.locator('.fui-Toast').getByText(/\d+ example initiatives are loaded\./), 30_000);
    await visible(page.getByRole('figure', { name: 'Number of initiatives per department' }));
    await visible(page.getByRole('figure', { name: /Follow-up status per department, Q2 2010/ }));
    await expect.poll(() => page.locator('.fui-Toast').count(), { timeout: 15_000 }).toBe(0);
    await screenshot(page, 'overview-en-example-data');
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });
});
