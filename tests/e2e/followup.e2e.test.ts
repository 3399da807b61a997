import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
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
let app: AppInstance;
let page: Page;

beforeAll(async () => {
  server = await serveRenderer();
  app = await launchApp(server.url, { viewport: { width: 1440, height: 900 } });
  page = app.page;
  await page.getByRole('button', { name: 'Indlæs eksempeldata' }).click();
  await visible(page.locator('.fui-Toast').getByText('62 eksempelindsatser er indlæst.'), 30_000);
  await visible(page.getByRole('figure', { name: 'Antal indsatser pr. forvaltning' }));
  await page.getByTestId('nav-followup').click();
  await visible(page.getByRole('heading', { level: 1, name: 'Opfølgning' }));
});
afterAll(async () => {
  await app.close();
  await closeBrowser();
  await server.close();
});

const STREET_WORK = 'Gadeplansarbejde på Nørrebro';
const INDICATOR = 'Unge i kontakt med gadeplansteamet';

/** Toasts fade in and out; axe would measure their contrast mid-fade. */
async function axeWhenSettled(): Promise<string[]> {
  await expect.poll(() => page.locator('.fui-Toast').count(), { timeout: 15_000 }).toBe(0);
  return seriousA11yViolations(page);
}

async function tab(name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

describe('Opfølgning', () => {
  it('enters an indicator and measurements and shows the trend with baseline and target', async () => {
    await page.getByRole('combobox', { name: 'Forvaltning' }).selectOption({ label: 'Børne- og Ungdomsforvaltningen' });
    await page.getByRole('combobox', { name: 'Indsats' }).selectOption({ label: `${STREET_WORK} (BUF)` });
    await visible(page.getByRole('heading', { level: 2, name: STREET_WORK }));
    await screenshot(page, 'followup-da-initiative');

    await page.getByRole('textbox', { name: 'Indikatorens navn' }).fill(INDICATOR);
    await page.getByRole('textbox', { name: 'Enhed' }).fill('antal');
    await page.getByRole('textbox', { name: 'Baseline', exact: true }).fill('40');
    await page.getByRole('textbox', { name: 'Baselinedato' }).fill('01-01-2010');
    await page.getByRole('textbox', { name: 'Målværdi' }).fill('tolv');
    await page.getByRole('textbox', { name: 'Måldato' }).fill('31. december 2011');
    await page.getByRole('textbox', { name: 'Datakilde' }).fill('Gadeplansteamets registrering');
    await page.getByRole('button', { name: 'Tilføj indikator' }).click();
    // A word where a number belongs is refused in Danish and nothing is saved.
    await visible(page.getByText('Skriv et tal, fx 12,5.'));
    expect(await page.getByText('Indsatsen har ingen indikatorer endnu.', { exact: false }).count()).toBe(1);

    await page.getByRole('textbox', { name: 'Målværdi' }).fill('80');
    await page.getByRole('button', { name: 'Tilføj indikator' }).click();
    await visible(page.getByRole('heading', { level: 4, name: INDICATOR }));

    const form = page.getByRole('group', { name: `Ny måling for ${INDICATOR}` });
    const addMeasurement = async (period: string, value: string) => {
      await form.getByRole('textbox', { name: 'Periode' }).fill(period);
      await form.getByRole('textbox', { name: 'Værdi', exact: true }).fill(value);
      await form.getByRole('button', { name: 'Tilføj måling' }).click();
    };
    await addMeasurement('forår 2010', '50');
    await visible(form.getByText('Skriv perioden som 2010, 2010-H1, 2010-Q2 eller 2010-05.'));
    await addMeasurement('2010-Q2', '52');
    const table = page.getByRole('table', { name: `Målinger for ${INDICATOR}` });
    await visible(table.getByRole('cell', { name: '2. kvartal 2010', exact: true }));
    await addMeasurement('2010-Q3', '61,5');
    await visible(table.getByRole('cell', { name: '61,5 antal' }));
    await addMeasurement('2010-Q4', '70');
    await visible(table.getByRole('cell', { name: '4. kvartal 2010', exact: true }));

    const chart = page.getByRole('figure', { name: `Udvikling: ${INDICATOR}` });
    await visible(chart);
    await expect.poll(() => chart.locator('.recharts-line-dots circle').count()).toBe(3);
    await expect.poll(() => chart.locator('.recharts-reference-line').count()).toBe(2);
    expect(await chart.textContent()).toContain('Baseline 40 antal (1. januar 2010), mål 80 antal (31. december 2011)');
    // (70 - 40) / (80 - 40) = 75 % of the way.
    expect(await page.getByTestId('indicator-progress').textContent()).toBe('75 % af vejen til målet');

    await page.getByRole('textbox', { name: 'Periode' }).first().fill('2010-Q3');
    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'På sporet' });
    await page.getByRole('textbox', { name: 'Kommentar' }).fill('Teamet er fuldt bemandet.');
    await page.getByRole('button', { name: 'Gem status' }).click();
    const history = page.getByRole('table', { name: 'Tidligere status' });
    await visible(history.getByRole('row', { name: /3\. kvartal 2010 På sporet Teamet er fuldt bemandet\./ }));

    await chart.scrollIntoViewIfNeeded();
    expect(await axeWhenSettled()).toEqual([]);
    await screenshot(page, 'followup-da-indicator-trend');
  });

  it('runs a reporting round: export the pre-filled sheet, read the returned one back with review', async () => {
    await tab('Rapporteringsrunde');
    await page.getByRole('textbox', { name: 'Periode' }).fill('2010-Q3');
    const row = page.getByTestId('round-row-BUF');
    await visible(row);
    const cells = async () => (await row.getByRole('cell').allTextContents()).slice(1, 3);
    const [total] = await cells();
    expect((await cells())[1]).toBe('1');

    const sent = join(app.dataDir, 'opfoelgning-buf.xlsx');
    app.dialogs.savePath = sent;
    await page.getByRole('button', { name: 'Eksporter ark til Børne- og Ungdomsforvaltningen' }).click();
    await expect.poll(() => existsSync(sent) && statSync(sent).size, { timeout: 15_000 }).toBeGreaterThan(0);

    // The department fills in the sheet in Excel.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(sent);
    const status = workbook.getWorksheet('Status') as ExcelJS.Worksheet;
    expect(status.getCell('A1').value).toBe('Opfølgning – Børne- og Ungdomsforvaltningen – 3. kvartal 2010');
    const titles: string[] = [];
    status.eachRow((r, n) => {
      if (n > 4) titles.push(String(r.getCell(2).value));
    });
    expect(titles).toHaveLength(Number(total));
    const streetRow = 5 + titles.indexOf(STREET_WORK);
    expect(status.getCell(`C${streetRow}`).value).toBe('På sporet');
    const others = [5, 6, 7, 8].filter((n) => n !== streetRow);
    status.getCell(`C${others[0]}`).value = 'I risiko';
    status.getCell(`D${others[0]}`).value = 'Venter på ny leder';
    status.getCell(`C${others[1]}`).value = 'på sporet';
    status.getCell(`C${others[2]}`).value = 'Måske';
    const measurements = workbook.getWorksheet('Målinger') as ExcelJS.Worksheet;
    expect(measurements.getCell('C5').value).toBe(INDICATOR);
    expect(measurements.getCell('I5').value).toBe(61.5);
    measurements.getCell('I5').value = 63;
    measurements.getCell('J5').value = 'Rettet tal';
    const returned = join(app.dataDir, 'opfoelgning-buf-retur.xlsx');
    await workbook.xlsx.writeFile(returned);

    app.dialogs.openFile = returned;
    await page.getByRole('button', { name: 'Indlæs returneret ark…' }).click();
    const review = page.getByRole('region', { name: /Gennemgå »opfoelgning-buf-retur.xlsx«/ });
    await visible(review);
    await visible(review.getByText(`Status, række ${others[2]}: »Måske« er ikke en kendt status.`));
    const changes = review.getByRole('table', { name: 'Ændringer fra det returnerede ark' });
    expect(await changes.getByRole('row').count()).toBe(4); // header + 2 statuses + 1 measurement
    await visible(changes.getByRole('cell', { name: '63 – Rettet tal' }));
    await screenshot(page, 'followup-da-round-review');
    expect(await axeWhenSettled()).toEqual([]);

    // Leave out the second status change; read in the rest.
    await changes.getByRole('checkbox').nth(1).uncheck();
    await review.getByRole('button', { name: 'Indlæs 2 valgte ændringer' }).click();
    await expect.poll(async () => (await cells())[1]).toBe('2');
    await page.getByRole('heading', { name: 'Indrapportering for 3. kvartal 2010' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'followup-da-round');

    await tab('Pr. indsats');
    await page.getByRole('combobox', { name: 'Indsats' }).selectOption({ label: `${STREET_WORK} (BUF)` });
    await visible(
      page.getByRole('table', { name: `Målinger for ${INDICATOR}` }).getByRole('cell', { name: '63 antal' }),
    );
  });

  it('marks an overlap and exports the proposals for efficiency and prioritisation', async () => {
    await tab('Overlap og prioritering');
    const first = page.getByTestId('overlap-card').first();
    await visible(first);
    expect(await first.textContent()).toMatch(/Begge er rettet mod .+ i .+\./);
    const heading = (await first.getByRole('heading', { level: 3 }).textContent()) ?? '';
    await first.getByRole('combobox', { name: 'Markering' }).selectOption({ label: 'Koordiner' });
    await first.getByRole('textbox', { name: 'Note' }).fill('Fælles plan for aftenerne');
    await first.getByRole('button', { name: 'Gem markering' }).click();
    const proposals = page.getByRole('table', { name: 'Forslag til effektiviseringer og prioriteringer' });
    await visible(proposals.getByRole('cell', { name: 'Fælles plan for aftenerne' }));
    expect(await proposals.getByRole('row').count()).toBe(2);
    await screenshot(page, 'followup-da-overlaps');
    expect(await axeWhenSettled()).toEqual([]);

    const file = join(app.dataDir, 'forslag.xlsx');
    app.dialogs.savePath = file;
    await page.getByRole('button', { name: 'Eksporter til Excel' }).click();
    await expect.poll(() => existsSync(file) && statSync(file).size, { timeout: 15_000 }).toBeGreaterThan(0);
    const sheet = XLSX.read(readFileSync(file)).Sheets.Forslag as XLSX.WorkSheet;
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 });
    expect(rows[3]?.[0]).toBe('Koordiner');
    expect(heading).toContain(String(rows[3]?.[1]));
    expect(rows[3]?.[7]).toBe('Fælles plan for aftenerne');
  });

  it('refuses a ranking with too few initiatives, and saves 3 + 3 with reasons', async () => {
    await tab('Mest og mindst effektive');
    await page.getByRole('combobox', { name: 'Forvaltning' }).selectOption({ label: 'Børne- og Ungdomsforvaltningen' });
    const most = page.getByRole('region', { name: 'Mest effektive' });
    const least = page.getByRole('region', { name: 'Mindst effektive' });
    const fill = async (list: typeof most, count: number, offset: number) => {
      for (let i = 0; i < count; i++) {
        await list.getByRole('button', { name: /^Tilføj til/ }).click();
        const select = list.getByRole('combobox', { name: `Indsats nr. ${i + 1}` });
        const values = await select.locator('option').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
        await select.selectOption(values[1 + offset + i] ?? '');
        await list.getByRole('textbox', { name: `Begrundelse nr. ${i + 1}` }).fill(`Begrundelse ${offset + i}`);
      }
    };
    await fill(most, 2, 0);
    await page.getByRole('button', { name: 'Gem rangering' }).click();
    await visible(page.getByText('Mest effektive: vælg mellem 3 og 6 indsatser (der er valgt 2).'));
    await fill(least, 3, 3);
    await most.getByRole('button', { name: /^Tilføj til/ }).click();
    const third = most.getByRole('combobox', { name: 'Indsats nr. 3' });
    const values = await third.locator('option').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
    await third.selectOption(values[7] ?? '');
    await most.getByRole('textbox', { name: 'Begrundelse nr. 3' }).fill('Dokumenteret effekt');
    await page.getByRole('button', { name: 'Gem rangering' }).click();
    await visible(page.getByText('Rangeringen er gemt.').first());
    await screenshot(page, 'followup-da-rankings');
    expect(await axeWhenSettled()).toEqual([]);
  });

  it('records district indicators by hand and from the survey spreadsheet with review', async () => {
    await tab('Bydelsindikatorer');
    await page.getByRole('combobox', { name: 'Bydel' }).selectOption({ label: 'Nørrebro' });
    await page.getByRole('textbox', { name: 'År' }).fill('2010');
    await page.getByRole('textbox', { name: 'Føler sig trygge (%)' }).fill('71,5');
    await page.getByRole('textbox', { name: 'Indbrud' }).fill('1.204');
    await page.getByRole('button', { name: 'Gem bydelsindikatorer' }).click();
    const table = page.getByRole('table', { name: 'Bydelsindikatorer pr. bydel og år' });
    await visible(table.getByRole('cell', { name: '1.204' }));
    await visible(table.getByRole('cell', { name: '71,5' }));

    // The survey's own sheet: a title row, headings in another order, a percent cell, a misspelt district.
    const survey = new ExcelJS.Workbook();
    const sheet = survey.addWorksheet('Tryghedsindeks');
    sheet.addRow(['Tryghedsindekset 2011']);
    sheet.addRow(['År', 'Bydel', 'Andel trygge', 'Indbrud', 'Kilde']);
    sheet.addRow([2011, 'Noerrebro', 0.74, 1100, 'Tryghedsindekset']);
    sheet.addRow([2011, 'Valby', 0.84, 600, 'Tryghedsindekset']);
    sheet.addRow([2011, 'Atlantis', 0.5, 1, '']);
    const file = join(app.dataDir, 'tryghedsindeks-2011.xlsx');
    await survey.xlsx.writeFile(file);
    app.dialogs.openFile = file;
    await page.getByRole('button', { name: 'Indlæs fra regneark…' }).click();
    const review = page.getByRole('region', { name: /Gennemgå »tryghedsindeks-2011.xlsx«: 2 rækker/ });
    await visible(review);
    await visible(review.getByText('Række 5: »Atlantis« er ikke en kendt bydel.'));
    expect(await axeWhenSettled()).toEqual([]);
    await review.getByRole('button', { name: 'Indlæs 2 rækker' }).click();
    await visible(table.getByRole('row', { name: /Valby 2011 84/ }));
    await visible(table.getByRole('row', { name: /Nørrebro 2011 74/ }));
    await screenshot(page, 'followup-da-districts');
    expect(app.pageErrors).toEqual([]);
  });
});
