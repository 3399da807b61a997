import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchApp, screenshot, seriousA11yViolations, serveRenderer, visible } from './harness';

let server: Awaited<ReturnType<typeof serveRenderer>>;
/** Shared test machines are busy: give the app time before a poll gives up. */
const POLL = { timeout: 15_000 };

beforeAll(async () => {
  server = await serveRenderer();
});
afterAll(async () => {
  await closeBrowser();
  await server.close();
});

interface StoredInitiative {
  id: string;
  title: string;
  description?: string;
  startDate?: string | null;
  department: string;
  annualBudgetDkk: number | null;
  districts: string[];
  targetGroups: string[];
  _deleted?: boolean;
}

/** The inventory as IndexedDB holds it, read straight from the page's database. */
async function inventory(page: Page): Promise<StoredInitiative[]> {
  return page.evaluate(
    () =>
      new Promise<StoredInitiative[]>((resolve, reject) => {
        const open = indexedDB.open('sikker-by-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('initiatives').objectStore('initiatives').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve((request.result as StoredInitiative[]).filter((i) => !i._deleted));
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

const byTitle = (rows: StoredInitiative[], title: string) => rows.find((r) => r.title === title);

/** Change the returned sheet as a department would: two edits, one new row, one deleted row. */
async function answerAsDepartment(sent: string, reply: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(sent);
  const sheet = workbook.getWorksheet('Indsatser') as ExcelJS.Worksheet;
  const rowOf = (title: string) => {
    for (let r = 4; r <= sheet.rowCount; r++) if (sheet.getCell(r, 2).value === title) return r;
    throw new Error(`No row for ${title}`);
  };
  sheet.getCell(rowOf('Gadeplansarbejde på Nørrebro'), 13).value = 2_600_000;
  sheet.getCell(rowOf('Natteravne i Valby'), 7).value = 'Valby, Vesterbro';
  sheet.spliceRows(rowOf('Forældrenetværk i Tingbjerg'), 1);
  let last = 4;
  for (let r = 4; r <= sheet.rowCount; r++) if (sheet.getCell(r, 2).value) last = r;
  sheet.getCell(last + 1, 2).value = 'Exit-samtaler for unge voksne';
  sheet.getCell(last + 1, 6).value = 'Unge voksne 18-24 år';
  sheet.getCell(last + 1, 13).value = '350.000 kr.';
  await workbook.xlsx.writeFile(reply);
}

describe('the hearing round trip through the UI', () => {
  it('exports a department sheet, imports the edited reply with some changes rejected, and undoes the import', async () => {
    const app = await launchApp(server.url, { settings: { userName: 'Per Larsen' } });
    const { page } = app;
    await page.getByTestId('nav-initiatives').click();
    await page.getByRole('button', { name: 'Indlæs eksempeldata' }).click();
    await expect.poll(async () => (await inventory(page)).length, POLL).toBeGreaterThan(50);
    const before = await inventory(page);

    await page.getByTestId('nav-hearing').click();
    await visible(page.getByRole('heading', { level: 1, name: 'Høring' }));
    await visible(page.getByRole('button', { name: 'Eksporter samlet oversigt' }));
    await visible(page.getByRole('heading', { name: 'Høringen pr. forvaltning' }));
    expect(await page.getByLabel('Svarfrist for Børne- og Ungdomsforvaltningen').inputValue()).toBe('01-03-2010');
    // Dates are typed the Danish way.
    const returned = page.getByLabel('Dato modtaget fra Socialforvaltningen');
    await returned.fill('26. februar 2010');
    await returned.press('Tab');
    await expect.poll(() => returned.inputValue(), POLL).toBe('26-02-2010');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Export BUF's sheet.
    const dir = mkdtempSync(join(tmpdir(), 'csb-hearing-'));
    const sent = join(dir, 'Høring 2010 - BUF.xlsx');
    app.dialogs.savePath = sent;
    await page.getByRole('button', { name: 'Eksporter ark til Børne- og Ungdomsforvaltningen' }).click();
    await visible(
      page.locator('.fui-ToastTitle', { hasText: 'Høringsarket til Børne- og Ungdomsforvaltningen er gemt' }),
    );
    expect(existsSync(sent)).toBe(true);
    await expect
      .poll(() => page.getByLabel('Dato sendt til Børne- og Ungdomsforvaltningen').inputValue(), POLL)
      .toMatch(/^\d{2}-\d{2}-\d{4}$/);
    await screenshot(page, 'hearing-da-tracker');

    const reply = join(dir, 'BUF svar.xlsx');
    await answerAsDepartment(sent, reply);

    // A file that is not a spreadsheet is refused in Danish and changes nothing.
    await page.getByRole('button', { name: 'Indlæs svar fra Børne- og Ungdomsforvaltningen' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Indlæs svar fra Børne- og Ungdomsforvaltningen' }));
    const pdf = join(dir, 'notat.pdf');
    writeFileSync(pdf, '%PDF-1.4\n');
    app.dialogs.openFile = pdf;
    await page.getByRole('button', { name: 'Vælg fil' }).click();
    await visible(page.getByText('Filen er ikke et regneark. Vælg en .xlsx-, .xls-, .ods- eller .csv-fil.'));

    app.dialogs.openFile = reply;
    await page.getByRole('button', { name: 'Vælg en anden fil' }).click();
    await visible(page.getByRole('heading', { name: 'Ændrede indsatser (2)' }));
    await visible(page.getByRole('heading', { name: 'Nye indsatser (1)' }));
    await visible(page.getByRole('heading', { name: 'Mangler i arket (1)' }));
    await visible(page.getByText('Forældrenetværk i Tingbjerg'));
    const budgetChange = page.getByTestId(`change-${byTitle(before, 'Gadeplansarbejde på Nørrebro')?.id}`);
    expect(await budgetChange.textContent()).toContain('2.400.000 kr.');
    expect(await budgetChange.textContent()).toContain('2.600.000 kr.');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Reject the district change, keep the budget and the new initiative.
    await page.getByRole('checkbox', { name: 'Accepter Bydele for Natteravne i Valby' }).uncheck();
    await visible(page.getByText('1 feltændringer og 1 nye indsatser bliver gemt som ét trin, der kan fortrydes.'));
    await screenshot(page, 'hearing-da-review');
    await page.getByRole('button', { name: 'Anvend import' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Høring' }));

    const after = await inventory(page);
    expect(byTitle(after, 'Gadeplansarbejde på Nørrebro')?.annualBudgetDkk).toBe(2_600_000);
    expect(byTitle(after, 'Natteravne i Valby')?.districts).toEqual(['valby']);
    expect(byTitle(after, 'Forældrenetværk i Tingbjerg')).toBeDefined();
    expect(byTitle(after, 'Exit-samtaler for unge voksne')).toMatchObject({
      department: 'BUF',
      targetGroups: ['young-adults'],
      annualBudgetDkk: 350_000,
    });
    expect(after).toHaveLength(before.length + 1);
    await visible(page.getByRole('cell', { name: 'BUF svar.xlsx', exact: true }));
    await expect.poll(() => page.getByTestId('hearing-row-BUF').textContent(), POLL).not.toContain('Ikke endnu');
    await screenshot(page, 'hearing-da-after-import');
    // A toast fading in has half its contrast; check the page once it is gone.
    await page.locator('.fui-Toast').first().waitFor({ state: 'detached', timeout: 15_000 });
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Undo the whole import.
    await page.getByRole('button', { name: 'Fortryd import af BUF svar.xlsx' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Fortryd import' }).click();
    await expect
      .poll(async () => byTitle(await inventory(page), 'Gadeplansarbejde på Nørrebro')?.annualBudgetDkk, POLL)
      .toBe(2_400_000);
    expect(byTitle(await inventory(page), 'Exit-samtaler for unge voksne')).toBeUndefined();
    await visible(page.getByText(/^Fortrudt /));

    // The consolidated overview.
    const overview = join(dir, 'oversigt.xlsx');
    app.dialogs.savePath = overview;
    await page.getByRole('button', { name: 'Eksporter samlet oversigt' }).click();
    await visible(page.locator('.fui-ToastTitle', { hasText: 'Den samlede oversigt er gemt' }));
    expect(existsSync(overview)).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(readFileSync(overview)).buffer);
    expect(workbook.worksheets.map((w) => w.name)).toContain('Pr. forvaltning');
    expect(workbook.getWorksheet('Alle indsatser')?.rowCount).toBe(
      4 + before.filter((i) => !('archived' in i && i.archived)).length,
    );

    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  it('imports a department’s own layout in a worker, remembers a corrected column mapping, and includes only chosen rows', async () => {
    const app = await launchApp(server.url);
    const { page } = app;
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.getByTestId('nav-hearing').click();
    await page.getByRole('button', { name: 'Indlæs svar fra Beskæftigelses- og Integrationsforvaltningen' }).click();
    app.dialogs.openFile = resolve('../shared/fixtures/bif-egen-opstilling.xlsx');
    await page.getByRole('button', { name: 'Vælg fil' }).click();
    await visible(page.getByRole('heading', { name: 'Nye indsatser (5)' }));
    await visible(page.getByText('Række 9: sumrække'));
    expect(workers.length).toBeGreaterThan(0);

    await page.getByText('Kolonner: 8 af 8 bruges').click();
    await page.getByLabel('Felt for kolonnen Kort beskrivelse').selectOption({ label: '(Brug ikke kolonnen)' });
    await visible(page.getByText('Kolonner: 7 af 8 bruges'));
    await page.getByRole('checkbox', { name: 'Medtag Sprogcafé for unge (række 8)' }).uncheck();
    await screenshot(page, 'hearing-da-own-layout');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Anvend import' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Høring' }));

    const rows = await inventory(page);
    expect(rows.map((r) => r.title).sort()).toEqual([
      'Brobyggere',
      'Hotspot Nørrebro',
      'Job til 18+ med kriminel baggrund',
      'Tryghedsindeks',
    ]);
    expect(byTitle(rows, 'Job til 18+ med kriminel baggrund')).toMatchObject({
      department: 'BIF',
      annualBudgetDkk: 1_400_000,
      startDate: '2010-04-01',
      targetGroups: ['young-adults'],
      description: '',
    });

    // The next reply from BIF: the corrected mapping is remembered, known rows are recognised by title.
    await page.getByRole('button', { name: 'Indlæs svar fra Beskæftigelses- og Integrationsforvaltningen' }).click();
    await page.getByRole('button', { name: 'Vælg fil' }).click();
    await visible(page.getByText('Kolonner: 7 af 8 bruges'));
    await visible(page.getByRole('heading', { name: 'Nye indsatser (1)' }));
    await visible(page.getByRole('heading', { name: 'Uændrede indsatser (4)' }));
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  it('reads in English too, with the same actions', async () => {
    const app = await launchApp(server.url, { settings: { language: 'en' } });
    const { page } = app;
    await page.getByTestId('nav-hearing').click();
    await visible(page.getByRole('heading', { level: 1, name: 'Hearing' }));
    await visible(page.getByRole('button', { name: 'Export consolidated overview' }));
    await visible(page.getByRole('button', { name: 'Import reply from Social Services Administration' }));
    expect(await page.getByLabel('Reply deadline for Social Services Administration').inputValue()).toBe('01-03-2010');
    await screenshot(page, 'hearing-en-tracker');
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });
});
