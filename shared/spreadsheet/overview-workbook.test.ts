import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { DEFAULT_REFERENCE_ITEMS } from '../domain/reference-lists';
import { buildOverviewWorkbook, followupEntriesFrom, OVERVIEW_SHEETS } from './overview-workbook';
import { testInitiative } from './workbook-test-data';

const referenceItems = [...DEFAULT_REFERENCE_ITEMS];
const initiatives = [
  testInitiative('1', {
    title: 'Natteravne',
    department: 'BUF',
    focusAreas: ['safety'],
    targetGroups: ['youth'],
    districts: ['norrebro', 'valby'],
    annualBudgetDkk: 1_000_000,
    startDate: '2010-03-01',
  }),
  testInitiative('2', {
    title: 'Exit-programmet',
    department: 'SOF',
    focusAreas: ['exit'],
    targetGroups: ['gang-members'],
    districts: ['hele-kommunen'],
    annualBudgetDkk: 2_500_000,
  }),
  testInitiative('3', {
    title: '=HYPERLINK("http://evil","klik")',
    department: 'BUF',
    description: '+SUM(A1)',
    targetGroups: ['young-adults', 'parents'],
    annualBudgetDkk: 500_000,
  }),
  testInitiative('4', { title: 'Arkiveret', department: 'BUF', archived: true, annualBudgetDkk: 9 }),
];

describe('the consolidated overview workbook', () => {
  it('has every view, styled headers, filters, frozen panes, formats, title and export date', async () => {
    const bytes = await buildOverviewWorkbook({ initiatives, referenceItems, exportDate: '2010-03-19' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      OVERVIEW_SHEETS.all,
      OVERVIEW_SHEETS.department,
      OVERVIEW_SHEETS.focusArea,
      OVERVIEW_SHEETS.district,
      OVERVIEW_SHEETS.targetGroup,
      OVERVIEW_SHEETS.budget,
    ]);
    for (const sheet of workbook.worksheets) {
      expect(String(sheet.getCell('A2').value), sheet.name).toContain('Eksporteret 19. marts 2010');
      expect(sheet.views[0], sheet.name).toMatchObject({ state: 'frozen', ySplit: 4 });
      expect(sheet.autoFilter, sheet.name).toBeTruthy();
      expect(sheet.getCell('A4').font?.bold, sheet.name).toBe(true);
    }
    const all = workbook.getWorksheet(OVERVIEW_SHEETS.all) as ExcelJS.Worksheet;
    expect(all.getCell('A1').value).toBe('Alle kriminalitetsforebyggende indsatser');
    // Departments in list order (BUF before SOF), archived initiatives left out.
    expect([
      all.getCell('A5').value,
      all.getCell('A6').value,
      all.getCell('A7').value,
      all.getCell('A8').value,
    ]).toEqual(['=HYPERLINK("http://evil","klik")', 'Natteravne', 'Exit-programmet', null]);
    expect(all.getCell('L6').numFmt).toBe('#,##0 "kr."');
    expect(all.getCell('J6').value).toEqual(new Date(Date.UTC(2010, 2, 1)));
    expect(all.getCell('J6').numFmt).toBe('dd-mm-yyyy');
    expect(all.getCell('E5').value).toBe('Ja');

    const byDepartment = workbook.getWorksheet(OVERVIEW_SHEETS.department) as ExcelJS.Worksheet;
    const values = byDepartment.getColumn(1).values.slice(5);
    expect(values).toEqual([
      'Børne- og Ungdomsforvaltningen',
      'Børne- og Ungdomsforvaltningen',
      'I alt Børne- og Ungdomsforvaltningen',
      'Socialforvaltningen',
      'I alt Socialforvaltningen',
      'I alt',
    ]);
    expect(byDepartment.getCell('E7').value).toEqual({ formula: 'SUBTOTAL(9,E5:E6)', result: 1_500_000 });
    expect(byDepartment.getCell('E10').value).toMatchObject({ formula: 'SUBTOTAL(9,E5:E9)', result: 4_000_000 });

    const byGroup = workbook.getWorksheet(OVERVIEW_SHEETS.targetGroup) as ExcelJS.Worksheet;
    const groups = byGroup.getColumn(1).values.filter((v) => typeof v === 'string' && !v.startsWith('I alt'));
    expect(groups).toContain('Unge voksne 18-24 år (18+)');
    expect(groups).toContain('Unge 13-17 år');
    expect(groups).not.toContain('Unge 13-17 år (18+)');

    const budget = workbook.getWorksheet(OVERVIEW_SHEETS.budget) as ExcelJS.Worksheet;
    expect(budget.getCell('A6').value).toBe('Børne- og Ungdomsforvaltningen');
    expect(budget.getCell('C6').value).toEqual({
      formula: "SUMIF('Alle indsatser'!$B$5:$B$7,A6,'Alle indsatser'!$L$5:$L$7)",
      result: 1_500_000,
    });
    expect(budget.getCell('A12').value).toBe('I alt');
    expect(budget.getCell('C12').value).toMatchObject({ formula: 'SUM(C5:C11)', result: 4_000_000 });

    // Every user text is a plain string cell, never a formula.
    const raw = XLSX.read(bytes, { type: 'array', cellFormula: true });
    expect(raw.Sheets[OVERVIEW_SHEETS.all]?.A5).toMatchObject({ t: 's', v: '=HYPERLINK("http://evil","klik")' });
    expect(raw.Sheets[OVERVIEW_SHEETS.all]?.A5?.f).toBeUndefined();
    expect(raw.Sheets[OVERVIEW_SHEETS.all]?.S5?.f).toBeUndefined();
    expect(raw.Sheets[OVERVIEW_SHEETS.budget]?.C6?.f).toContain('SUMIF');
  });

  it('adds follow-up status when there is any', async () => {
    const bytes = await buildOverviewWorkbook({
      initiatives,
      referenceItems,
      exportDate: '2010-03-19',
      followup: [
        { initiativeId: '1', period: '2010-Q1', status: 'Som planlagt', comment: 'God start' },
        { initiativeId: '1', period: '2010-Q2', status: 'Forsinket', comment: '@SUM(1)' },
      ],
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet(OVERVIEW_SHEETS.followup) as ExcelJS.Worksheet;
    expect(sheet.getRow(6).values).toEqual([
      undefined,
      'Natteravne',
      'Børne- og Ungdomsforvaltningen',
      '2010-Q2',
      'Forsinket',
      '@SUM(1)',
    ]);
    const all = workbook.getWorksheet(OVERVIEW_SHEETS.all) as ExcelJS.Worksheet;
    expect(all.getCell('T6').value).toBe('2010-Q2: Forsinket');
  });
});

describe('follow-up entries for the overview', () => {
  it('names each status and passes over deleted or malformed records', () => {
    const names: Record<string, string> = { 'on-track': 'På sporet', 'at-risk': 'I fare' };
    const entries = followupEntriesFrom(
      [
        { initiativeId: 'a', period: '2010-Q1', status: 'on-track', comment: 'God start' },
        { initiativeId: 'b', period: '2010-Q1', status: 'at-risk' },
        { initiativeId: 'c', period: '2010-Q1', status: 'on-track', _deleted: true },
        { initiativeId: 'd', status: 'on-track' },
      ],
      (status) => names[status] ?? status,
    );
    expect(entries).toEqual([
      { initiativeId: 'a', period: '2010-Q1', status: 'På sporet', comment: 'God start' },
      { initiativeId: 'b', period: '2010-Q1', status: 'I fare', comment: '' },
    ]);
  });
});
