import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleInitiatives } from '../../shared/domain/example-data';
import {
  type AppInstance,
  closeBrowser,
  launchApp,
  screenshot,
  seriousA11yViolations,
  serveRenderer,
  visible,
} from './harness';

let server: Awaited<ReturnType<typeof serveRenderer>>;
const examples = exampleInitiatives();

beforeAll(async () => {
  server = await serveRenderer();
});
afterAll(async () => {
  await closeBrowser();
  await server.close();
});

const footer = (page: Page) => page.getByTestId('inventory-footer');
const rowTitles = (page: Page) => page.getByTestId('inventory-row').locator('td:first-child').allTextContents();

async function withExamples(): Promise<AppInstance> {
  const app = await launchApp(server.url, { settings: { userName: 'Mette Holm', homeDepartment: 'BUF' } });
  await app.page.getByTestId('nav-initiatives').click();
  await app.page.getByRole('button', { name: 'Indlæs eksempeldata' }).click();
  await visible(app.page.getByTestId('inventory-table'));
  return app;
}

async function search(page: Page, text: string) {
  const box = page.getByRole('searchbox', { name: 'Søg' });
  await box.fill(text);
}

describe('initiative inventory', () => {
  it('offers example data on an empty inventory and shows it as a sortable table with count and budget', async () => {
    const app = await launchApp(server.url);
    const { page } = app;
    await page.getByTestId('nav-initiatives').click();
    await visible(page.getByRole('heading', { name: 'Ingen indsatser endnu' }));
    await visible(page.getByRole('button', { name: 'Opret indsats' }));
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Indlæs eksempeldata' }).click();
    await visible(page.getByTestId('inventory-table'));
    const total = examples.length;
    await expect.poll(() => footer(page).textContent()).toContain(`Viser ${total} af ${total} indsatser`);
    const budget = examples.reduce((sum, e) => sum + (e.annualBudgetDkk ?? 0), 0);
    const danish = `${new Intl.NumberFormat('da-DK').format(budget)}\u00a0kr.`;
    expect((await footer(page).textContent())?.replace(/\s/g, ' ')).toContain(danish.replace(/\s/g, ' '));
    // Virtualised: far fewer rows in the DOM than initiatives.
    expect(await page.getByTestId('inventory-row').count()).toBeLessThan(total);
    await page.mouse.move(0, 0);
    await screenshot(page, 'initiatives-table-examples');
    // axe would catch the confirmation toast half faded in; check the page once it has gone.
    await page.locator('.fui-Toast').first().waitFor({ state: 'detached', timeout: 15_000 });
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Sort by budget, largest first.
    await page.getByRole('button', { name: 'Årligt budget' }).click();
    await page.getByRole('button', { name: 'Årligt budget' }).click();
    const largest = [...examples].sort((a, b) => (b.annualBudgetDkk ?? 0) - (a.annualBudgetDkk ?? 0))[0];
    await expect.poll(async () => (await rowTitles(page))[0]).toBe(largest?.title);
    expect(await page.locator('th[aria-sort="descending"]').textContent()).toContain('Årligt budget');
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  it('searches forgivingly: without Danish letters, with a typo, and keeps the search after a reload', async () => {
    const app = await withExamples();
    const { page } = app;
    await search(page, 'norrebro');
    await expect.poll(() => rowTitles(page)).toContain('Gadeplansarbejde på Nørrebro');
    for (const title of await rowTitles(page)) {
      const example = examples.find((e) => e.title === title);
      expect(`${example?.title} ${example?.description} ${example?.notes}`).toMatch(/nørrebro/i);
    }
    await search(page, 'exitprogrm');
    await expect.poll(() => rowTitles(page)).toEqual(['Exitprogram for bandemedlemmer']);
    // "Blågårds Plads" is in one title and in another initiative's description.
    const blagards = ['Byfornyelse af Blågårds Plads', 'Gadeplansarbejde på Nørrebro'];
    await search(page, 'Blaagaards plads');
    await expect.poll(async () => (await rowTitles(page)).sort()).toEqual(blagards);
    await app.reload();
    await visible(page.getByTestId('inventory-table'));
    expect(await page.getByRole('searchbox', { name: 'Søg' }).inputValue()).toBe('Blaagaards plads');
    expect((await rowTitles(page)).sort()).toEqual(blagards);
    await search(page, 'xyzzy');
    await visible(page.getByRole('heading', { name: 'Ingen indsatser passer til filtrene' }));
    await app.close();
  });

  it('filters by department, hotspot and 18+, and the footer follows', async () => {
    const app = await withExamples();
    const { page } = app;
    await page.getByTestId('facet-departments').click();
    await page.getByRole('menuitemcheckbox', { name: /^SOF/ }).click();
    await page.keyboard.press('Escape');
    const sof = examples.filter((e) => e.department === 'SOF');
    await expect.poll(() => footer(page).textContent()).toContain(`Viser ${sof.length} af ${examples.length}`);

    await page.getByTestId('facet-hotspot').click();
    await page.getByRole('option', { name: 'Kun hotspot' }).click();
    const sofHotspot = sof.filter((e) => e.hotspot);
    await expect.poll(() => footer(page).textContent()).toContain(`Viser ${sofHotspot.length} af`);
    expect((await rowTitles(page)).sort()).toEqual(sofHotspot.map((e) => e.title).sort());

    await page.getByRole('button', { name: 'Nulstil filtre' }).click();
    await page.getByRole('checkbox', { name: 'Kun 18+ målgrupper' }).check();
    const adult = new Set(['young-adults', 'adults', 'gang-members', 'residents', 'staff']);
    const adultCount = examples.filter((e) => e.targetGroups?.some((g) => adult.has(g))).length;
    await expect.poll(() => footer(page).textContent()).toContain(`Viser ${adultCount} af`);
    await app.reload();
    await expect.poll(() => footer(page).textContent()).toContain(`Viser ${adultCount} af`);
    await app.close();
  });

  it('creates, edits with validation, restores a value from the history, and keeps it all after a reload', async () => {
    const app = await withExamples();
    const { page } = app;
    await page.getByRole('button', { name: 'Opret indsats' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Ny indsats' }));
    await page.getByTestId('create-initiative').click();
    await visible(page.getByText('Indsatsen skal have en titel.'));
    await page.getByRole('textbox', { name: 'Titel' }).fill('Tryghedsvandring på Amagerbro');
    await page.getByRole('textbox', { name: 'Årligt budget' }).fill('1.250.000');
    await page.getByRole('textbox', { name: 'Noter' }).fill('Aftalt med lokaludvalget.');
    await page.getByTestId('create-initiative').click();
    await visible(page.getByRole('heading', { level: 1, name: 'Tryghedsvandring på Amagerbro' }));
    expect(await page.getByRole('textbox', { name: 'Årligt budget' }).inputValue()).toBe('1.250.000');

    // Edit the title: saved on leaving the field, recorded in the history.
    const title = page.getByRole('textbox', { name: 'Titel' });
    await title.fill('Tryghedsvandringer på Amagerbro og Christianshavn');
    await title.press('Tab');
    await visible(page.getByRole('heading', { level: 1, name: 'Tryghedsvandringer på Amagerbro og Christianshavn' }));
    const history = page.getByTestId('initiative-history');
    await visible(history.getByText('Tryghedsvandringer på Amagerbro og Christianshavn'));
    expect(await history.getByTestId('history-entry').first().textContent()).toContain('Mette Holm');

    // A bad value shows a Danish message and changes nothing.
    await title.fill('');
    await title.press('Tab');
    await visible(page.getByText('Indsatsen skal have en titel.'));
    const budget = page.getByRole('textbox', { name: 'Årligt budget' });
    await budget.fill('mange penge');
    await budget.press('Tab');
    await visible(page.getByText('Skriv budgettet som et tal i kroner, fx 1.250.000.'));
    await page.getByRole('textbox', { name: 'Startdato' }).fill('1.6.2010');
    await page.getByRole('textbox', { name: 'Startdato' }).press('Tab');
    await page.getByRole('textbox', { name: 'Slutdato' }).fill('01-03-2010');
    await page.getByRole('textbox', { name: 'Slutdato' }).press('Tab');
    await visible(page.getByText('Slutdatoen ligger før startdatoen.'));
    await page.getByRole('textbox', { name: 'Slutdato' }).fill('31-02-2011');
    await page.getByRole('textbox', { name: 'Slutdato' }).press('Tab');
    await visible(page.getByText('Datoen findes ikke i kalenderen.'));

    // Restore the first title from the history.
    await page
      .getByRole('button', { name: 'Gendan denne værdi af Titel: Tryghedsvandring på Amagerbro', exact: true })
      .click();
    await visible(page.getByRole('heading', { level: 1, name: 'Tryghedsvandring på Amagerbro' }));
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.evaluate(() => document.getElementById('main')?.scrollTo(0, 0));
    await screenshot(page, 'initiatives-detail-history');

    await app.reload();
    await visible(page.getByRole('heading', { level: 1, name: 'Tryghedsvandring på Amagerbro' }));
    expect(await page.getByRole('textbox', { name: 'Slutdato' }).inputValue()).toBe('');
    expect(await page.getByRole('textbox', { name: 'Startdato' }).inputValue()).toBe('01-06-2010');
    expect(await page.getByRole('textbox', { name: 'Noter' }).inputValue()).toBe('Aftalt med lokaludvalget.');

    // From the initiative straight to its follow-up, and back.
    await page.getByRole('button', { name: 'Opfølgning', exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Opfølgning' }));
    expect(page.url()).toMatch(/#\/followup\/initiative\/[\w-]+$/);
    await page.goBack();
    await visible(page.getByRole('heading', { level: 1, name: 'Tryghedsvandring på Amagerbro' }));

    await page.getByRole('button', { name: 'Tilbage til oversigten' }).click();
    await search(page, 'amagerbro tryghedsvandring');
    await expect.poll(() => rowTitles(page)).toEqual(['Tryghedsvandring på Amagerbro']);
    await expect.poll(() => footer(page).textContent()).toContain(`af ${examples.length + 1}`);
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  it('archives and restores, duplicates, and moves through rows by keyboard', async () => {
    const app = await withExamples();
    const { page } = app;
    await search(page, 'natteravne valby');
    await expect.poll(() => rowTitles(page)).toEqual(['Natteravne i Valby']);
    await page.getByTestId('inventory-row').first().click();
    await page.getByRole('button', { name: 'Arkiver' }).click();
    await visible(page.getByTestId('archived-banner'));
    await page.getByRole('button', { name: 'Tilbage til oversigten' }).click();
    await visible(page.getByRole('heading', { name: 'Ingen indsatser passer til filtrene' }));
    await app.reload();
    await visible(page.getByRole('heading', { name: 'Ingen indsatser passer til filtrene' }));
    await page.getByRole('checkbox', { name: 'Vis arkiverede' }).check();
    await expect.poll(() => rowTitles(page)).toEqual(['Natteravne i Valby (arkiveret)']);
    await page.getByTestId('inventory-row').first().click();
    await page.getByRole('button', { name: 'Gendan', exact: true }).first().click();
    await expect.poll(() => page.getByTestId('archived-banner').count()).toBe(0);
    await page.getByRole('button', { name: 'Dupliker' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Kopi af Natteravne i Valby' }));
    await page.getByRole('button', { name: 'Tilbage til oversigten' }).click();
    await page.getByRole('checkbox', { name: 'Vis arkiverede' }).uncheck();
    await expect
      .poll(async () => (await rowTitles(page)).sort())
      .toEqual(['Kopi af Natteravne i Valby', 'Natteravne i Valby']);

    await page.getByRole('button', { name: 'Nulstil filtre' }).click();
    await page.getByTestId('inventory-row').first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const third = (await rowTitles(page))[2];
    await page.keyboard.press('Enter');
    await visible(page.getByRole('heading', { level: 1, name: third }));
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });
});

describe('inventory views', () => {
  it('chooses columns and saves a named view of filters, columns and sort', async () => {
    const app = await withExamples();
    const { page } = app;
    const headers = () => page.locator('[data-testid="inventory-table"] th').allTextContents();
    await page.getByRole('button', { name: 'Kolonner' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Bydele' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Kontaktperson' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(headers).toContain('Kontaktperson');
    expect(await headers()).not.toContain('Bydele');

    await page.getByTestId('facet-departments').click();
    await page.getByRole('menuitemcheckbox', { name: /^BUF/ }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Startdato' }).click();
    const buf = examples.filter((e) => e.department === 'BUF').length;
    await expect.poll(() => footer(page).textContent()).toContain(`Viser ${buf} af`);

    await page.getByRole('button', { name: 'Gem visning…' }).click();
    await page.getByRole('textbox', { name: 'Navn på visningen' }).fill('BUF efter start');
    await page.getByRole('button', { name: 'Gem', exact: true }).click();
    await visible(page.locator('.fui-ToastTitle', { hasText: 'Visningen "BUF efter start" er gemt.' }));

    // Change everything, then bring the view back.
    await page.getByRole('button', { name: 'Nulstil filtre' }).click();
    await page.getByRole('button', { name: 'Kolonner' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Kontaktperson' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => footer(page).textContent()).toContain(`Viser ${examples.length} af`);
    await app.reload();
    await page.getByTestId('saved-views').click();
    await page.getByRole('option', { name: 'BUF efter start' }).click();
    await expect.poll(() => footer(page).textContent()).toContain(`Viser ${buf} af`);
    await expect.poll(headers).toContain('Kontaktperson');
    expect(await page.locator('th[aria-sort="ascending"]').textContent()).toContain('Startdato');
    const earliest = examples
      .filter((e) => e.department === 'BUF' && e.startDate)
      .sort((a, b) => (a.startDate ?? '').localeCompare(b.startDate ?? ''))[0];
    expect((await rowTitles(page))[0]).toBe(earliest?.title);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await app.close();
  });
});

describe('reference lists in Indstillinger', () => {
  it('adds, renames and archives districts, and the inventory offers what the list holds', async () => {
    const app = await launchApp(server.url);
    const { page } = app;
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('reference-kind-district').click();
    const items = page.getByTestId('reference-items');
    await visible(items.getByRole('textbox', { name: 'Navn på Nørrebro', exact: true }));

    await page.getByTestId('reference-new-name').fill('Christianshavn');
    await page.getByRole('button', { name: 'Tilføj', exact: true }).click();
    await visible(items.getByRole('textbox', { name: 'Navn på Christianshavn', exact: true }));
    await page.getByTestId('reference-new-name').fill('christianshavn');
    await page.getByRole('button', { name: 'Tilføj', exact: true }).click();
    await visible(page.getByText('Der er allerede et punkt med det navn.'));

    const amager = items.getByRole('textbox', { name: 'Navn på Amager Vest', exact: true });
    await amager.fill('Amager Vest og Sundby');
    await amager.press('Tab');
    const aliases = items.getByRole('textbox', { name: 'Alias for Amager Vest og Sundby', exact: true });
    await aliases.fill('Sundby, Sundbyerne');
    await aliases.press('Tab');
    await items.getByRole('button', { name: 'Arkivér Valby' }).click();
    await visible(items.getByRole('button', { name: 'Gendan Valby' }));
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByTestId('reference-kind-targetGroup').click();
    const parents = items.getByRole('checkbox', { name: 'Forældre er en 18+ målgruppe' });
    // The box shows the stored value, so it turns checked once the change is written.
    await parents.click();
    await expect.poll(() => parents.isChecked()).toBe(true);

    await app.reload();
    await page.getByTestId('reference-kind-district').click();
    expect(
      await items.getByRole('textbox', { name: 'Alias for Amager Vest og Sundby', exact: true }).inputValue(),
    ).toBe('Sundby, Sundbyerne');
    await visible(items.getByRole('button', { name: 'Gendan Valby' }));
    await page.getByRole('heading', { name: 'Referencelister' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'settings-reference-lists');

    await page.getByTestId('nav-initiatives').click();
    await page.getByRole('button', { name: 'Indlæs eksempeldata' }).click();
    await page.getByTestId('facet-districts').click();
    const options = await page.getByRole('menuitemcheckbox').allTextContents();
    expect(options).toContain('Christianshavn');
    expect(options).toContain('Amager Vest og Sundby');
    expect(options).not.toContain('Valby');
    await page.keyboard.press('Escape');
    // Parents now count as 18+: the 18+ filter follows the list.
    await page.getByRole('checkbox', { name: 'Kun 18+ målgrupper' }).check();
    const adult = new Set(['young-adults', 'adults', 'gang-members', 'residents', 'staff', 'parents']);
    const count = examples.filter((e) => e.targetGroups?.some((g) => adult.has(g))).length;
    await expect.poll(() => footer(page).textContent()).toContain(`Viser ${count} af`);
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });
});
