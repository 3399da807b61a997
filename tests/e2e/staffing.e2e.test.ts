import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchApp, screenshot, seriousA11yViolations, serveRenderer, visible } from './harness';

let server: Awaited<ReturnType<typeof serveRenderer>>;

beforeAll(async () => {
  server = await serveRenderer();
});
afterAll(async () => {
  await closeBrowser();
  await server.close();
});

async function addStaff(page: Page, s: { name: string; department: string; hours: string; days?: string[] }) {
  await page.getByRole('button', { name: 'Ny medarbejder' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Navn').fill(s.name);
  await dialog.getByLabel('Forvaltning').selectOption(s.department);
  await dialog.getByLabel('Timer pr. uge').fill(s.hours);
  if (s.days) {
    for (const day of ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag']) {
      const box = dialog.getByRole('checkbox', { name: day });
      if ((await box.isChecked()) !== s.days.includes(day)) await box.click();
    }
  }
  await dialog.getByRole('button', { name: 'Gem' }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** axe on the settled page: toasts fade in with partial opacity, which axe reads as low contrast. */
async function expectAxeClean(page: Page, label: string): Promise<void> {
  await expect.poll(() => page.locator('.fui-Toast').count(), { timeout: 15_000 }).toBe(0);
  expect(await seriousA11yViolations(page), label).toEqual([]);
}

async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

function readEvents(path: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(path, 'utf8')));
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('staffing: roster, Easter 2010 and the process timeline', () => {
  it('plans the centre around Easter 2010, flags 1 April and exports Excel and .ics', async () => {
    const app = await launchApp(server.url, { settings: { deskCount: 2 } });
    const { page } = app;
    const out = mkdtempSync(join(tmpdir(), 'csb-staffing-'));
    await page.getByTestId('nav-staffing').click();
    await visible(page.getByRole('heading', { level: 1, name: 'Bemanding' }));
    await page.getByRole('tab', { name: 'Medarbejdere' }).click();
    await visible(page.getByRole('heading', { name: 'Hvem er på centret hvornår' }));
    await expectAxeClean(page, 'axe: empty roster');

    // Bad input is explained in Danish and nothing is saved.
    await page.getByRole('button', { name: 'Ny medarbejder' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Navn').fill('Per Larsen');
    await dialog.getByLabel('Timer pr. uge').fill('ti');
    await dialog.getByRole('button', { name: 'Gem' }).click();
    await visible(dialog.getByText('Skriv timer pr. uge som et tal mellem 0 og 60'));
    await visible(dialog.getByText('Vælg en forvaltning.'));
    await dialog.getByRole('button', { name: 'Annuller' }).click();
    await dialog.waitFor({ state: 'detached' });

    // The head works 10 hours a week; the seconded staff sit here on Tuesday and Wednesday (the default).
    await addStaff(page, { name: 'Per Larsen', department: 'ØKF', hours: '10' });
    await addStaff(page, { name: 'Anne Holm', department: 'SOF', hours: '14,8' });
    await addStaff(page, { name: 'Bo Nielsen', department: 'BUF', hours: '14,8' });
    const roster = page.getByRole('table', { name: 'Medarbejdere på centret' });
    await visible(roster.getByRole('rowheader', { name: 'Bo Nielsen' }));
    expect(await roster.getByRole('row', { name: /Per Larsen/ }).textContent()).toContain('tirsdag, onsdag');
    await expectAxeClean(page, 'axe: roster');

    // Anne takes holiday on the Tuesday and Wednesday after Easter.
    await page.getByRole('tab', { name: 'Fravær og undtagelser' }).click();
    await page.getByRole('button', { name: 'Nyt fravær eller undtagelse' }).click();
    const absence = page.getByRole('dialog');
    await absence.getByLabel('Medarbejder').selectOption({ label: 'Anne Holm' });
    await absence.getByLabel('Type').selectOption({ label: 'Ferie' });
    await absence.getByLabel('Fra').fill('2010-04-06');
    await absence.getByLabel('Til').fill('2010-04-07');
    await absence.getByRole('button', { name: 'Gem' }).click();
    await absence.waitFor({ state: 'detached' });
    await visible(page.getByRole('rowheader', { name: 'Anne Holm' }));

    // The week of Easter 2010, reached by keyboard through the toolbar's date field.
    await page.getByRole('tab', { name: 'Uge' }).click();
    await page.getByLabel('Gå til dato').fill('2010-04-01');
    const week = page.getByRole('table', { name: /Uge 13/ });
    await visible(week);
    expect(await page.getByRole('heading', { name: /Uge 13/ }).textContent()).toBe(
      'Uge 13: 29. marts 2010 – 4. april 2010',
    );
    const thursday = await page.getByTestId('day-2010-04-01').textContent();
    expect(thursday).toContain('Skærtorsdag');
    expect(thursday).toContain('fridag');
    expect(await page.getByTestId('day-2010-04-02').textContent()).toContain('Langfredag');
    const per = week.getByRole('row', { name: /Per Larsen/ });
    expect(await per.getByRole('cell').nth(1).textContent()).toBe('Fast dag'); // Tuesday 30 March
    expect(await per.getByRole('cell').nth(3).textContent()).toBe(''); // Maundy Thursday is no fixed day
    expect(await per.getByRole('cell').last().textContent()).toBe('10 / 10 t');
    const atCentre = week.getByRole('row', { name: /På centret/ });
    expect(await atCentre.getByRole('cell').nth(1).textContent()).toBe('3 af 2 bordeFlere end bordene');
    await expectAxeClean(page, 'axe: week');
    await screenshot(page, 'staffing-week-easter-2010');

    // Keyboard only: back a week with Enter, then Tab past "I dag" to "Næste uge".
    await page.getByRole('button', { name: 'Forrige uge' }).focus();
    await page.keyboard.press('Enter');
    await visible(page.getByRole('table', { name: /Uge 12/ }));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await visible(page.getByRole('table', { name: /Uge 13/ }));

    // The week after: Anne is on holiday, so SOF has nobody.
    await page.getByRole('button', { name: 'Næste uge' }).click();
    const week14 = page.getByRole('table', { name: /Uge 14/ });
    await visible(week14);
    expect(
      await week14
        .getByRole('row', { name: /Anne Holm/ })
        .getByRole('cell')
        .nth(1)
        .textContent(),
    ).toBe('Ferie');
    expect(
      await week14
        .getByRole('row', { name: /Anne Holm/ })
        .getByRole('cell')
        .last()
        .textContent(),
    ).toBe('0 / 14,8 t');
    expect(
      await week14
        .getByRole('row', { name: /Forvaltninger uden nogen/ })
        .getByRole('cell')
        .nth(1)
        .textContent(),
    ).toBe('SOF');

    // The month view marks the holidays too.
    await page.getByRole('tab', { name: 'Måned' }).click();
    const month = page.getByRole('table', { name: 'april 2010', exact: true });
    await visible(month);
    expect(await month.textContent()).toContain('Anden påskedag');
    await screenshot(page, 'staffing-month-april-2010');
    // Anne: six Tuesdays and Wednesdays at 7,4 hours (two lost to holiday) against 30 days × 14,8 / 7.
    const hours = page.getByRole('table', { name: 'Timer i april 2010', exact: true });
    expect(await hours.getByRole('row', { name: /Anne Holm/ }).textContent()).toBe('Anne HolmSOF44,463,43-19,03');
    await expectAxeClean(page, 'axe: month');

    // Export the plan: Excel (a sheet per month) and the whole centre's calendar.
    await page.getByRole('tab', { name: 'Uge' }).click();
    await page.getByRole('button', { name: 'Eksporter plan' }).click();
    const exportDialog = page.getByRole('dialog');
    await exportDialog.getByLabel('Fra').fill('2010-03-29');
    await exportDialog.getByLabel('Til').fill('2010-04-11');
    app.dialogs.savePath = join(out, 'bemanding.xlsx');
    await exportDialog.getByRole('button', { name: 'Excel' }).click();
    await exportDialog.waitFor({ state: 'detached' });
    const plan = await readWorkbook(join(out, 'bemanding.xlsx'));
    expect(plan.worksheets.map((s) => s.name)).toEqual(['Marts 2010', 'April 2010']);
    const april = plan.getWorksheet('April 2010');
    expect(april?.getCell(3, 3).value).toBe('Skærtorsdag');

    await page.getByRole('button', { name: 'Eksporter plan' }).click();
    await page.getByRole('dialog').getByLabel('Fra').fill('2010-03-29');
    await page.getByRole('dialog').getByLabel('Til').fill('2010-04-11');
    await page.getByRole('dialog').getByLabel('Kalender for').selectOption({ label: 'Per Larsen' });
    app.dialogs.savePath = join(out, 'per.ics');
    await page.getByRole('dialog').getByRole('button', { name: 'Kalender (.ics)' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    const perDays = readEvents(join(out, 'per.ics'));
    expect(perDays.map((e) => e.startDate.toString())).toEqual([
      '2010-03-30',
      '2010-03-31',
      '2010-04-06',
      '2010-04-07',
    ]);
    expect(perDays[0]?.summary).toBe('På Center for Sikker By');

    // The process: a deadline on 1 April 2010 is flagged, with the next working day offered.
    await page.getByRole('tab', { name: 'Proces' }).click();
    await visible(page.getByRole('heading', { name: 'Ingen milepæle endnu' }));
    await page.getByRole('button', { name: 'Ny milepæl' }).click();
    const milestone = page.getByRole('dialog');
    await milestone.getByLabel('Titel').fill('Indstilling til ØU');
    await milestone.getByLabel('Type').selectOption({ label: 'Frist' });
    await milestone.getByLabel('Dato (eller første dag)').fill('2010-04-01');
    const warning = milestone.getByText(/torsdag 1\. april 2010 \(uge 13\)/);
    await visible(warning);
    expect(await warning.textContent()).toBe(
      'torsdag 1. april 2010 (uge 13) er helligdag (Skærtorsdag), i påskeferien. Første arbejdsdag uden for ferie: tirsdag 6. april 2010.',
    );
    await milestone.getByLabel('Ansvarlig').selectOption({ label: 'Per Larsen' });
    await milestone.getByRole('button', { name: 'Tilføj dokument' }).click();
    await milestone.getByLabel('Dokument 1: titel').fill('Indstilling, udkast');
    await screenshot(page, 'staffing-milestone-dialog');
    await milestone.getByRole('button', { name: 'Gem' }).click();
    await milestone.waitFor({ state: 'detached' });
    const timeline = page.getByRole('list', { name: 'Tidslinje' });
    await visible(timeline.getByRole('heading', { name: 'Indstilling til ØU' }));
    const item = timeline.getByRole('listitem').filter({ hasText: 'Indstilling til ØU' });
    expect(await item.textContent()).toContain('Forsinket');
    expect(await item.textContent()).toContain('Skærtorsdag');

    // The ØU template, placed backwards from the committee meeting on 13 April 2010.
    await page.getByRole('button', { name: 'Skabelon: ØU-proces' }).click();
    const template = page.getByRole('dialog');
    await template.getByLabel('Dato for mødet i Økonomiudvalget').fill('2010-04-13');
    const hearing = template.getByRole('row', { name: /Høring af forvaltningerne/ });
    expect(await hearing.textContent()).toContain('8. februar 2010 – 1. marts 2010');
    await expectAxeClean(page, 'axe: ØU template');
    await screenshot(page, 'staffing-oeu-template');
    await template.getByRole('button', { name: 'Opret 6 milepæle' }).click();
    await template.waitFor({ state: 'detached' });
    await visible(timeline.getByRole('heading', { name: 'Møde i Økonomiudvalget' }));
    expect(await timeline.getByRole('heading', { level: 3 }).count()).toBe(7);
    await expectAxeClean(page, 'axe: timeline');
    await page.getByRole('heading', { name: 'Godkendelse i direktionerne' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'staffing-timeline');

    // Timeline exports, read back.
    app.dialogs.savePath = join(out, 'proces.xlsx');
    await page.getByRole('button', { name: 'Eksporter til Excel' }).click();
    await expect.poll(async () => (await readWorkbook(join(out, 'proces.xlsx')).catch(() => null)) !== null).toBe(true);
    const sheet = (await readWorkbook(join(out, 'proces.xlsx'))).getWorksheet('Procesplan');
    const deadline = sheet?.getRows(2, 7)?.find((r) => r.getCell(1).value === 'Indstilling til ØU');
    expect(deadline?.getCell(8).value).toBe('Skærtorsdag, påskeferie');
    expect(deadline?.getCell(9).value).toBe('06-04-2010');
    expect(deadline?.getCell(7).value).toBe('Per Larsen');

    app.dialogs.savePath = join(out, 'proces.ics');
    await page.getByRole('button', { name: 'Eksporter kalender (.ics)' }).click();
    await expect.poll(() => readEvents(join(out, 'proces.ics')).length, { timeout: 10_000 }).toBe(7);
    const events = readEvents(join(out, 'proces.ics'));
    const committee = events.find((e) => e.summary === 'Udvalgsmøde: Møde i Økonomiudvalget');
    expect(committee?.startDate.toString()).toBe('2010-04-13');
    expect(events.find((e) => e.summary === 'Frist: Indstilling til ØU')?.startDate.toString()).toBe('2010-04-01');

    // Accept the suggestion: the deadline moves to the first working day after Easter.
    await item.getByRole('button', { name: 'Flyt til 6. april 2010' }).click();
    await expect.poll(() => item.textContent()).toContain('tirsdag 6. april 2010');
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });

  it('shows Easter week in English, from a link to the week', async () => {
    const app = await launchApp(server.url, { settings: { language: 'en' } });
    const { page } = app;
    await page.evaluate(() => {
      window.location.hash = '/staffing/week/2010-03-31';
    });
    await visible(page.getByRole('heading', { name: 'Week 13: 29 March 2010 – 4 April 2010' }));
    expect(await page.getByTestId('day-2010-04-01').textContent()).toContain('Maundy Thursday');
    await visible(page.getByText('There are no staff yet.', { exact: false }));
    await expectAxeClean(page, 'axe: English week without staff');
    await page.getByRole('tab', { name: 'Process' }).click();
    await visible(page.getByRole('heading', { name: 'No milestones yet' }));
    await expectAxeClean(page, 'axe: English process');
    expect(app.pageErrors).toEqual([]);
    await app.close();
  });
});
