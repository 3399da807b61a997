import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { DEFAULT_REFERENCE_ITEMS } from '../domain/reference-lists';
import { buildHearingWorkbook } from './hearing-workbook';
import { inspectSpreadsheet } from './inspect';
import { planImport } from './plan-import';
import { testInitiative } from './workbook-test-data';

const referenceItems = [...DEFAULT_REFERENCE_ITEMS];
const inventory = [
  testInitiative('buf-1', {
    title: 'Natteravne',
    department: 'BUF',
    description: 'Voksne på gaden fredag og lørdag aften',
    focusAreas: ['safety', 'early-prevention'],
    targetGroups: ['youth', 'young-adults'],
    districts: ['norrebro', 'vesterbro-kgs-enghave'],
    hotspot: true,
    preventionLevel: 'secondary',
    partners: ['kbh-politi', 'ssp'],
    startDate: '2010-03-01',
    endDate: '2011-12-31',
    annualBudgetDkk: 1_250_000,
    fundingSource: 'Egen ramme',
    status: 'active',
    successCriteria: 'Færre anmeldelser',
    evidenceLevel: 'promising',
    evaluation: 'Midtvejsevaluering 2011',
    contact: 'Anne Hansen, 3366 0000',
    notes: 'Linje 1\nLinje 2',
  }),
  testInitiative('buf-2', { title: '=1+1 (ikke en formel)', department: 'BUF', annualBudgetDkk: null }),
  testInitiative('sof-1', { title: 'Exit-programmet', department: 'SOF' }),
];

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
  return workbook;
}

describe('the hearing workbook', () => {
  it('has instructions in Danish, the department’s rows pre-filled, a hidden locked id column and drop-downs', async () => {
    const bytes = await buildHearingWorkbook({
      department: 'BUF',
      initiatives: inventory,
      referenceItems,
      deadline: '2010-03-01',
      language: 'da',
    });
    const workbook = await readBack(bytes);
    expect(workbook.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['Vejledning', 'visible'],
      ['Lister', 'veryHidden'],
      ['Indsatser', 'visible'],
    ]);
    const instructions = workbook.getWorksheet('Vejledning');
    const text = instructions?.getColumn(1).values.join('\n') ?? '';
    expect(text).toContain('Frist for svar: 1. marts 2010');
    expect(text).toContain('Børne- og Ungdomsforvaltningen');

    const sheet = workbook.getWorksheet('Indsatser') as ExcelJS.Worksheet;
    expect(sheet.getColumn(1).hidden).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    const protection = (sheet as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(protection).toMatchObject({ sheet: true, insertRows: true, deleteRows: true });
    // Columns stay locked (the default), so the hidden id column cannot be shown.
    expect(protection.formatColumns).not.toBe(true);
    expect(sheet.getCell('A4').value).toBe('buf-1');
    expect(sheet.getCell('A4').protection?.locked).not.toBe(false);
    expect(sheet.getCell('B4').protection).toMatchObject({ locked: false });
    expect(sheet.getCell('B4').value).toBe('Natteravne');
    expect(sheet.getCell('G4').value).toBe('Nørrebro, Vesterbro/Kongens Enghave');
    expect(sheet.getCell('H4').value).toBe('Ja');
    expect(sheet.getCell('K4').value).toEqual(new Date(Date.UTC(2010, 2, 1)));
    expect(sheet.getCell('M4').value).toBe(1_250_000);
    expect(sheet.getCell('M4').numFmt).toBe('#,##0 "kr."');
    expect(sheet.getCell('B5').value).toBe('=1+1 (ikke en formel)');
    expect(sheet.getCell('B6').value).toBeNull();
    // Drop-downs reach well below the pre-filled rows, for new initiatives.
    const validation = sheet.getCell('C150').dataValidation;
    expect(validation).toMatchObject({ type: 'list', formulae: ['Lister!$A$2:$A$8'] });
    expect(sheet.getCell('G150').dataValidation).toMatchObject({ type: 'list', errorStyle: 'warning' });
    expect(sheet.getCell('B150').protection).toMatchObject({ locked: false });

    const raw = XLSX.read(bytes, { type: 'array', cellFormula: true });
    const formulaLike = raw.Sheets.Indsatser?.B5;
    expect(formulaLike).toMatchObject({ t: 's', v: '=1+1 (ikke en formel)' });
    expect(formulaLike?.f).toBeUndefined();
  });

  it('comes back through the reading pipeline unchanged, in Danish and in English', async () => {
    for (const language of ['da', 'en'] as const) {
      const bytes = await buildHearingWorkbook({
        department: 'BUF',
        initiatives: inventory,
        referenceItems,
        deadline: '2010-03-01',
        language,
      });
      const inspected = inspectSpreadsheet(bytes, 'høring.xlsx', { referenceItems, department: 'BUF' });
      expect(inspected.errors, language).toEqual([]);
      expect(Object.values(inspected.columns).filter((f) => f === null)).toEqual([]);
      expect(inspected.initiatives.map((i) => i.id)).toEqual(['buf-1', 'buf-2']);
      const plan = planImport(inspected, inventory, { department: 'BUF' });
      expect(plan.changed, language).toEqual([]);
      expect(plan.created).toEqual([]);
      expect(plan.unchanged.map((u) => [u.id, u.matchedBy])).toEqual([
        ['buf-1', 'id'],
        ['buf-2', 'id'],
      ]);
    }
  });
});
