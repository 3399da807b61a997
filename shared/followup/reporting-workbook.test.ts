import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import {
  buildRoundWorkbook,
  planRoundImport,
  type RoundLabels,
  readRoundWorkbook,
  statusFromText,
} from './reporting-workbook';

const labels: RoundLabels = {
  title: 'Opfølgning',
  instructions: 'Udfyld de gule felter og send arket tilbage.',
  statusSheet: 'Status',
  measurementSheet: 'Målinger',
  columns: {
    id: 'ID',
    initiative: 'Indsats',
    status: 'Status',
    comment: 'Kommentar',
    indicator: 'Indikator',
    unit: 'Enhed',
    baseline: 'Baseline',
    target: 'Mål',
    direction: 'Retning',
    latest: 'Seneste måling',
    value: 'Værdi for perioden',
    note: 'Note',
  },
  statuses: {
    'on-track': 'På sporet',
    'at-risk': 'I risiko',
    'off-track': 'Ikke på sporet',
    'not-reported': 'Ikke indrapporteret',
  },
  directions: { up: 'højere er bedre', down: 'lavere er bedre' },
};

async function sentWorkbook(): Promise<Uint8Array> {
  return buildRoundWorkbook({
    period: '2010-Q2',
    periodLabel: '2. kvartal 2010',
    department: 'BUF',
    departmentName: 'Børne- og Ungdomsforvaltningen',
    statuses: [
      { initiativeId: 'i1', title: 'SSP-samarbejdet på skolerne', status: 'on-track', comment: 'Alle skoler med' },
      { initiativeId: 'i2', title: 'Gadeplansarbejde på Nørrebro', status: 'not-reported', comment: '' },
      { initiativeId: 'i3', title: 'Lektiecafé', status: 'not-reported', comment: '' },
    ],
    indicators: [
      {
        indicatorId: 'k1',
        initiativeTitle: 'Gadeplansarbejde på Nørrebro',
        name: 'Unge i kontakt',
        unit: 'antal',
        baseline: 40,
        target: 80,
        direction: 'up',
        latest: '2010-Q1: 52',
        value: null,
        note: '',
      },
      {
        indicatorId: 'k2',
        initiativeTitle: 'SSP-samarbejdet på skolerne',
        name: 'Bekymringshenvendelser',
        unit: 'antal',
        baseline: 30,
        target: 20,
        direction: 'down',
        latest: '',
        value: null,
        note: '',
      },
    ],
    labels,
  });
}

/** What a department does with the sheet: types in Excel, sometimes free text, and saves. */
async function fillIn(bytes: Uint8Array): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
  const status = workbook.getWorksheet('Status') as ExcelJS.Worksheet;
  status.getCell('C6').value = 'i risiko'; // i2, lower case
  status.getCell('D6').value = 'Mangler personale i juni';
  status.getCell('C7').value = 'Måske'; // i3: not a status
  const measurements = workbook.getWorksheet('Målinger') as ExcelJS.Worksheet;
  measurements.getCell('I5').value = 61; // k1 as a number
  measurements.getCell('J5').value = 'Tal fra gadeplansteamet';
  measurements.getCell('I6').value = 'cirka 25'; // k2: text
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('reporting round workbook', () => {
  it('is pre-filled, with ids hidden and a status list to choose from', async () => {
    const bytes = await sentWorkbook();
    const workbook = XLSX.read(bytes, { type: 'array' });
    expect(workbook.SheetNames).toEqual(['Status', 'Målinger', 'csb']);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets.Status as XLSX.WorkSheet, { header: 1 });
    expect(rows[0]).toEqual(['Opfølgning – Børne- og Ungdomsforvaltningen – 2. kvartal 2010']);
    expect(rows[3]).toEqual(['ID', 'Indsats', 'Status', 'Kommentar']);
    expect(rows[4]).toEqual(['i1', 'SSP-samarbejdet på skolerne', 'På sporet', 'Alle skoler med']);
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = loaded.getWorksheet('Status') as ExcelJS.Worksheet;
    expect(sheet.getColumn(1).hidden).toBe(true);
    expect(sheet.getCell('C5').dataValidation.formulae).toEqual([
      '"På sporet,I risiko,Ikke på sporet,Ikke indrapporteret"',
    ]);
  });

  it('reads a returned sheet back and plans only real changes, with problems for the review', async () => {
    const returned = readRoundWorkbook(await fillIn(await sentWorkbook()), [labels.statuses]);
    expect(returned.period).toBe('2010-Q2');
    expect(returned.department).toBe('BUF');
    expect(returned.problems).toEqual([
      { sheet: 'status', row: 7, key: 'unknownStatus', value: 'Måske' },
      { sheet: 'measurements', row: 6, key: 'notANumber', value: 'cirka 25' },
    ]);
    const changes = planRoundImport(returned, {
      statuses: [{ initiativeId: 'i1', period: '2010-Q2', status: 'on-track', comment: 'Alle skoler med' }],
      measurements: [],
      initiativeIds: new Set(['i1', 'i2', 'i3']),
      indicatorIds: new Set(['k1', 'k2']),
    });
    expect(changes).toEqual([
      {
        kind: 'status',
        initiativeId: 'i2',
        status: 'at-risk',
        comment: 'Mangler personale i juni',
        previousStatus: null,
        previousComment: '',
      },
      {
        kind: 'measurement',
        indicatorId: 'k1',
        value: 61,
        note: 'Tal fra gadeplansteamet',
        existingId: null,
        previousValue: null,
      },
    ]);
  });

  it('refuses a workbook that is not a reporting round', async () => {
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Ark1').getCell('A1').value = 'Noget andet';
    const returned = readRoundWorkbook(new Uint8Array(await other.xlsx.writeBuffer()), [labels.statuses]);
    expect(returned.problems).toEqual([{ sheet: 'file', row: 0, key: 'notARound', value: '' }]);
    expect(returned.statuses).toEqual([]);
  });

  it('understands status names in either language and with folded æøå', () => {
    const english = {
      'on-track': 'On track',
      'at-risk': 'At risk',
      'off-track': 'Off track',
      'not-reported': 'Not reported',
    };
    expect(statusFromText('ikke paa sporet', [labels.statuses, english])).toBe('off-track');
    expect(statusFromText('AT RISK', [labels.statuses, english])).toBe('at-risk');
    expect(statusFromText('on-track', [labels.statuses])).toBe('on-track');
    expect(statusFromText('', [labels.statuses])).toBeNull();
  });
});
