import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { DEFAULT_REFERENCE_ITEMS } from '../domain/reference-lists';
import { SpreadsheetError } from './errors';
import { inspectSpreadsheet } from './inspect';
import { toReportJson } from './report-json';

const referenceItems = [...DEFAULT_REFERENCE_ITEMS];
const FIXTURES = new URL('../../../shared/fixtures/', import.meta.url);

async function excelBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof SpreadsheetError) return error.code;
    throw error;
  }
  return 'accepted';
}

describe('inspecting the departments own layouts (fixtures)', () => {
  it('reads BIF’s own layout: title rows, Danish values, serial dates, a totals row, department from the title', () => {
    const bytes = readFileSync(new URL('bif-egen-opstilling.xlsx', FIXTURES));
    const result = inspectSpreadsheet(bytes, 'bif-egen-opstilling.xlsx', { referenceItems });
    expect(result.headerRow).toBe(3);
    expect(result.columns).toMatchObject({
      'Indsatsens navn': 'title',
      'Budget 2010': 'annualBudgetDkk',
      Slut: 'endDate',
    });
    expect(result.skipped).toEqual([{ row: 9, reason: 'total-row' }]);
    expect(result.errors).toEqual([]);
    expect(result.initiatives).toHaveLength(5);
    expect(result.initiatives[1]).toMatchObject({
      title: 'Job til 18+ med kriminel baggrund',
      department: 'BIF',
      targetGroups: ['young-adults'],
      districts: ['hele-kommunen'],
      annualBudgetDkk: 1_400_000,
      startDate: '2010-04-01',
      hotspot: false,
      sourceRow: 5,
    });
    expect(result.initiatives[3]).toMatchObject({ districts: ['bispebjerg', 'norrebro'], endDate: '2012-01-31' });
    const report = toReportJson(result, referenceItems);
    expect(report.initiatives[1]).toMatchObject({ department: 'Beskæftigelses- og Integrationsforvaltningen' });
  });

  it('reads SUF’s semicolon CSV in Windows-1252 with Danish money and dates', () => {
    const bytes = readFileSync(new URL('suf-eksport-win1252.csv', FIXTURES));
    const result = inspectSpreadsheet(bytes, 'suf-eksport-win1252.csv', { referenceItems });
    expect(result.format).toBe('csv');
    expect(result.initiatives.map((i) => [i.title, i.department, i.annualBudgetDkk, i.startDate])).toEqual([
      ['Opsøgende sundhedsindsats', 'SUF', 420_000, '2010-01-01'],
      ['Rusmiddelrådgivning på gaden', 'SUF', 690_000, '2010-03-01'],
      ['Sundhedsplejerske i klubber', 'SUF', 240_000, '2010-01-15'],
    ]);
    expect(result.initiatives[1]?.districts).toEqual(['vesterbro-kgs-enghave']);
  });
});

describe('inspecting workbooks written by the tests', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = zone;
  });

  it('finds the header below merged title rows, maps synonyms, and keeps real date cells on their day in any time zone', async () => {
    const bytes = await excelBytes((workbook) => {
      const notes = workbook.addWorksheet('Noter');
      notes.addRow(['Se fanen Indsatser']);
      const sheet = workbook.addWorksheet('Indsatser');
      sheet.addRow(['Børne- og Ungdomsforvaltningen – høringssvar']);
      sheet.mergeCells('A1:F1');
      sheet.addRow([]);
      sheet.addRow(['Projektnavn', 'Forvaltning', 'Startdato', 'Slutdato', 'Årligt budget (kr.)', 'Bydele', 'Ukendt']);
      sheet.addRow([
        'Natteravne',
        'BUF',
        new Date(Date.UTC(2010, 2, 1)),
        40543,
        '1.250.000 kr.',
        'Nørrebro; Valby',
        'x',
      ]);
      sheet.addRow([]);
      sheet.addRow(['Lektiecafé', 'buf', '1. marts 2010', '31-12-2010', 6750000.5, 'Amager Oest\nAmager Vest', '']);
      sheet.addRow(['I alt', '', '', '', 8000000.5]);
      sheet.getColumn(3).numFmt = 'dd-mm-yyyy';
    });
    for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Europe/Copenhagen']) {
      process.env.TZ = tz;
      const result = inspectSpreadsheet(bytes, 'svar.xlsx', { referenceItems });
      expect(result.sheet).toBe('Indsatser');
      expect(result.sheets).toEqual(['Noter', 'Indsatser']);
      expect(result.headerRow).toBe(3);
      expect(result.columns.Ukendt).toBeNull();
      expect(result.initiatives).toEqual([
        {
          sourceRow: 4,
          title: 'Natteravne',
          department: 'BUF',
          startDate: '2010-03-01',
          endDate: '2010-12-31',
          annualBudgetDkk: 1_250_000,
          districts: ['norrebro', 'valby'],
        },
        {
          sourceRow: 6,
          title: 'Lektiecafé',
          department: 'BUF',
          startDate: '2010-03-01',
          endDate: '2010-12-31',
          annualBudgetDkk: 6_750_000.5,
          districts: ['amager-ost', 'amager-vest'],
        },
      ]);
      expect(result.skipped).toEqual([{ row: 7, reason: 'total-row' }]);
    }
  });

  it('reports values it cannot map, leaving that field out rather than guessing', async () => {
    const bytes = await excelBytes((workbook) => {
      const sheet = workbook.addWorksheet('Ark1');
      sheet.addRow(['Titel', 'Bydel', 'Målgruppe', 'Budget', 'Start', 'Hotspot', 'Forebyggelsesniveau']);
      sheet.addRow(['Gadeplan', 'Nørrebro, Frederiksberg', 'Unge', 'mange penge', 'snart', 'måske', 'Sekundær']);
      sheet.addRow(['', 'Valby']);
    });
    const result = inspectSpreadsheet(bytes, 'a.xlsx', { referenceItems, department: 'SOF' });
    expect(result.initiatives).toEqual([
      {
        sourceRow: 2,
        title: 'Gadeplan',
        department: 'SOF',
        targetGroups: ['youth'],
        preventionLevel: 'secondary',
        departmentAssumed: true,
      },
    ]);
    expect(result.errors.map((e) => [e.cell, e.field])).toEqual([
      ['B2', 'districts'],
      ['D2', 'annualBudgetDkk'],
      ['E2', 'startDate'],
      ['F2', 'hotspot'],
    ]);
    expect(result.errors[0]?.message).toContain('Frederiksberg');
    expect(result.skipped).toEqual([{ row: 3, reason: 'no-title' }]);
  });

  it('lets the user choose the sheet and correct the mapping', async () => {
    const bytes = await excelBytes((workbook) => {
      workbook.addWorksheet('2009').addRows([
        ['Titel', 'Budget'],
        ['Gammel', 1],
      ]);
      workbook.addWorksheet('2010').addRows([
        ['Titel', 'Beløb', 'Hvem'],
        ['Ny', 2, 'Per Larsen'],
      ]);
    });
    const chosen = inspectSpreadsheet(bytes, 'a.xlsx', { referenceItems, department: 'KFF', sheet: '2010' });
    expect(chosen.initiatives).toEqual([
      { sourceRow: 2, title: 'Ny', annualBudgetDkk: 2, department: 'KFF', departmentAssumed: true },
    ]);
    const corrected = inspectSpreadsheet(bytes, 'a.xlsx', {
      referenceItems,
      department: 'KFF',
      sheet: '2010',
      mapping: { Hvem: 'contact', Beløb: null, Titel: 'title' },
    });
    expect(corrected.initiatives).toEqual([
      { sourceRow: 2, title: 'Ny', contact: 'Per Larsen', department: 'KFF', departmentAssumed: true },
    ]);
    expect(refusal(() => inspectSpreadsheet(bytes, 'a.xlsx', { referenceItems, sheet: '2011' }))).toBe(
      'sheet-not-found',
    );
  });

  it('never lets header names such as __proto__ reach object keys, and keeps formula-looking text as text', async () => {
    const bytes = await excelBytes((workbook) => {
      const sheet = workbook.addWorksheet('Ark1');
      sheet.addRow(['Titel', '__proto__', 'constructor', 'Bemærkninger']);
      sheet.addRow(['=HYPERLINK("http://x","klik")', '{"polluted":1}', 'x', '=1+1']);
    });
    const result = inspectSpreadsheet(bytes, 'a.xlsx', {
      referenceItems,
      department: 'TMF',
      mapping: JSON.parse('{"__proto__": "notes", "constructor": null}'),
    });
    expect(Object.keys(result.columns)).toEqual(['Titel', '__proto__', 'constructor', 'Bemærkninger']);
    expect(Object.getOwnPropertyDescriptor(result.columns, '__proto__')?.value).toBe('notes');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.initiatives[0]).toMatchObject({ title: '=HYPERLINK("http://x","klik")', notes: '{"polluted":1}' });
    expect(JSON.parse(JSON.stringify(result.columns))).toMatchObject({ constructor: null });

    const csv = new TextEncoder().encode('Titel;Bemærkninger\n"=cmd|\' /C calc\'!A0";"=SUM(A1:A9)"\n');
    const fromCsv = inspectSpreadsheet(csv, 'a.csv', { referenceItems, department: 'TMF' });
    expect(fromCsv.initiatives[0]).toMatchObject({ title: "=cmd|' /C calc'!A0", notes: '=SUM(A1:A9)' });
  });

  it('reads the workbook’s 1904 date system', async () => {
    const bytes = await excelBytes((workbook) => {
      workbook.properties.date1904 = true;
      workbook.addWorksheet('Ark1').addRows([
        ['Titel', 'Start'],
        ['Mac-ark', new Date(Date.UTC(2010, 2, 1))],
      ]);
    });
    const result = inspectSpreadsheet(bytes, 'a.xlsx', { referenceItems, department: 'ØKF' });
    expect(result.initiatives[0]?.startDate).toBe('2010-03-01');
  });

  it('reads .xls, .ods and UTF-8 CSV with commas, quotes and line breaks in cells', () => {
    const rows = [
      ['Indsats', 'Målgruppe', 'Start', 'Budget'],
      ['Exit-programmet', 'Bandemedlemmer', '01-03-2010', '1.250.000'],
    ];
    for (const bookType of ['xls', 'ods', 'biff8'] as const) {
      const book = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Ark1');
      const bytes = new Uint8Array(XLSX.write(book, { bookType, type: 'array' }) as ArrayBuffer);
      const result = inspectSpreadsheet(bytes, `a.${bookType}`, { referenceItems, department: 'SOF' });
      expect(result.initiatives, bookType).toEqual([
        {
          sourceRow: 2,
          title: 'Exit-programmet',
          targetGroups: ['gang-members'],
          startDate: '2010-03-01',
          annualBudgetDkk: 1_250_000,
          department: 'SOF',
          departmentAssumed: true,
        },
      ]);
    }
    const csv = '\ufeffTitel,Beskrivelse,Bydele\r\n"Tryg, natteliv","Linje 1\nLinje ""2""","Indre By, Østerbro"\r\n';
    const result = inspectSpreadsheet(new TextEncoder().encode(csv), 'a.csv', { referenceItems, department: 'KFF' });
    expect(result.initiatives).toEqual([
      {
        sourceRow: 2,
        title: 'Tryg, natteliv',
        description: 'Linje 1\nLinje "2"',
        districts: ['indre-by', 'osterbro'],
        department: 'KFF',
        departmentAssumed: true,
      },
    ]);
  });
});

describe('refusing untrusted files quickly and clearly', () => {
  const inspect =
    (bytes: Uint8Array, name = 'x.xlsx') =>
    () =>
      inspectSpreadsheet(bytes, name, { referenceItems });

  it('refuses what is not a spreadsheet, and empty files', async () => {
    expect(refusal(inspect(new TextEncoder().encode('%PDF-1.4 ...'), 'x.pdf'))).toBe('not-a-spreadsheet');
    expect(refusal(inspect(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'x.png'))).toBe('not-a-spreadsheet');
    expect(refusal(inspect(new TextEncoder().encode('<html><table></table></html>'), 'x.xls'))).toBe(
      'not-a-spreadsheet',
    );
    expect(refusal(inspect(new Uint8Array(0)))).toBe('empty');
    expect(refusal(inspect(new TextEncoder().encode(' \r\n'), 'x.csv'))).toBe('empty');
    expect(refusal(inspect(await excelBytes((w) => w.addWorksheet('Tom'))))).toBe('empty');
    const zip = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(zip, '/readme.txt', new TextEncoder().encode('hej'));
    const notWorkbook = new Uint8Array(XLSX.CFB.write(zip, { type: 'array', fileType: 'zip' }) as ArrayBuffer);
    expect(refusal(inspect(notWorkbook))).toBe('not-a-spreadsheet');
  });

  it('refuses a password-protected workbook (compound file with an EncryptedPackage)', () => {
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', new Uint8Array(64).fill(4));
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', new Uint8Array(4096).fill(7));
    const bytes = new Uint8Array(XLSX.CFB.write(cfb, { type: 'array' }) as ArrayBuffer);
    expect(refusal(inspect(bytes))).toBe('password-protected');
  });

  it('refuses a zip that declares a huge inflated size before any parser inflates it, and one whose headers lie', async () => {
    const bytes = await excelBytes((w) => w.addWorksheet('Ark1').addRow(['Titel']));
    const bomb = patchZipSizes(bytes, 'xl/worksheets/sheet1.xml', 400 * 1024 * 1024, true);
    const started = performance.now();
    expect(refusal(inspect(bomb))).toBe('too-large');
    expect(performance.now() - started).toBeLessThan(1000);
    const liar = patchZipSizes(bytes, 'xl/worksheets/sheet1.xml', 400 * 1024 * 1024, false);
    expect(refusal(inspect(liar))).toBe('corrupt');
    const mismatch = patchZipSizes(bytes, 'xl/worksheets/sheet1.xml', 12, true, 13);
    expect(refusal(inspect(mismatch))).toBe('corrupt');
  });

  it('refuses a real zip bomb: highly compressible content beyond the limit', () => {
    // 320 MB of spaces deflate to about 300 kB.
    const inflated = 320 * 1024 * 1024;
    const compressed = deflateRawSync(Buffer.alloc(inflated, 32), { level: 9 });
    const bytes = storedZip([{ name: 'xl/workbook.xml', data: compressed, size: inflated }]);
    expect(bytes.byteLength).toBeLessThan(2 * 1024 * 1024);
    expect(refusal(inspect(bytes))).toBe('too-large');
  });

  it('refuses files over the size limit without reading them', () => {
    const big = new Uint8Array(51 * 1024 * 1024);
    big.set([0x50, 0x4b, 3, 4]);
    expect(refusal(inspect(big))).toBe('too-large');
  });
});

/** Change the declared uncompressed size of one zip entry in the central directory (and the local header). */
function patchZipSizes(
  source: Uint8Array,
  entry: string,
  size: number,
  local: boolean,
  centralSize = size,
): Uint8Array {
  const bytes = source.slice();
  const view = new DataView(bytes.buffer);
  const decoder = new TextDecoder();
  for (let i = 0; i < bytes.length - 46; i++) {
    const signature = view.getUint32(i, true);
    if (signature !== 0x02014b50) continue;
    const nameLength = view.getUint16(i + 28, true);
    if (decoder.decode(bytes.subarray(i + 46, i + 46 + nameLength)) !== entry) continue;
    view.setUint32(i + 24, centralSize, true);
    const localOffset = view.getUint32(i + 42, true);
    const flags = view.getUint16(localOffset + 6, true);
    view.setUint16(localOffset + 6, flags & ~0x0008, true);
    view.setUint32(localOffset + 18, view.getUint32(i + 20, true), true);
    view.setUint32(localOffset + 22, local ? size : 0, true);
  }
  return bytes;
}

/** A minimal zip of deflated entries, written by hand so the test controls every size field. */
function storedZip(entries: { name: string; data: Uint8Array; size: number }[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = new TextEncoder().encode(entry.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, 8, true);
    lv.setUint32(18, entry.data.length, true);
    lv.setUint32(22, entry.size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const dir = new Uint8Array(46 + name.length);
    const dv = new DataView(dir.buffer);
    dv.setUint32(0, 0x02014b50, true);
    dv.setUint16(4, 20, true);
    dv.setUint16(6, 20, true);
    dv.setUint16(10, 8, true);
    dv.setUint32(20, entry.data.length, true);
    dv.setUint32(24, entry.size, true);
    dv.setUint16(28, name.length, true);
    dv.setUint32(42, offset, true);
    dir.set(name, 46);
    parts.push(local, entry.data);
    central.push(dir);
    offset += local.length + entry.data.length;
  }
  const dirSize = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, dirSize, true);
  ev.setUint32(16, offset, true);
  const all = [...parts, ...central, end];
  const out = new Uint8Array(all.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of all) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

describe('text limits checked without zod per cell', () => {
  it('match the inventory schema exactly', async () => {
    const { InitiativeFieldsSchema } = await import('../domain/initiative');
    const { TEXT_LIMITS } = await import('./inspect');
    for (const [field, limit] of Object.entries(TEXT_LIMITS)) {
      const schema = InitiativeFieldsSchema.shape[field as keyof typeof TEXT_LIMITS];
      expect(schema.safeParse('x'.repeat(limit)).success, field).toBe(true);
      expect(schema.safeParse('x'.repeat(limit + 1)).success, field).toBe(false);
    }
    const csv = new TextEncoder().encode(`Titel;Kontaktperson\n${'a'.repeat(300)};${'b'.repeat(301)}\n`);
    const result = inspectSpreadsheet(csv, 'a.csv', { referenceItems, department: 'BUF' });
    expect(result.initiatives[0]?.title).toHaveLength(300);
    expect(result.errors.map((e) => e.field)).toEqual(['contact']);
  });
});
