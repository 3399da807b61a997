import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_REFERENCE_ITEMS } from '../domain/reference-lists';
import { readDistrictSheet } from './district-import';

/** A sheet in the survey's own layout: a title, headings in another order, percent cells, free spellings. */
async function surveySheet(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Tryghedsindeks 2010');
  sheet.addRow(['Tryghedsindekset 2010 – bydelstal']);
  sheet.addRow([]);
  sheet.addRow([
    'År',
    'Bydel',
    'Andel trygge',
    'Indbrud',
    'Vold og trusler',
    'Tyveri',
    'Narkotika',
    'Hærværk',
    'Chikane',
    'Kilde',
  ]);
  sheet.addRow([2010, 'Noerrebro', 0.715, 1204, 455, '2.610', 300, 700, 120, 'Politiet']);
  sheet.addRow([2010, 'Kgs. Enghave', '78,5 %', 880, 400, 2300, 260, 610, 100, '']);
  sheet.addRow([2010, 'Atlantis', 0.9, 1, 1, 1, 1, 1, 1, '']);
  sheet.addRow(['i år', 'Valby', 0.8, 1, 1, 1, 1, 1, 1, '']);
  sheet.addRow([2010, 'Valby', 0.8, 'mange', 1, 1, 1, 1, 1, '']);
  sheet.getCell('C4').numFmt = '0.0%';
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('district indicators from a spreadsheet', () => {
  it('finds the headings, matches districts forgivingly and reads Danish numbers and percent cells', async () => {
    const result = readDistrictSheet(await surveySheet(), DEFAULT_REFERENCE_ITEMS);
    expect(result.rows).toEqual([
      {
        row: 4,
        values: {
          district: 'norrebro',
          year: 2010,
          feelSafePct: 71.5,
          violence: 455,
          burglary: 1204,
          theft: 2610,
          narcotics: 300,
          vandalism: 700,
          harassment: 120,
          source: 'Politiet',
        },
      },
      {
        row: 5,
        values: {
          district: 'vesterbro-kgs-enghave',
          year: 2010,
          feelSafePct: 78.5,
          violence: 400,
          burglary: 880,
          theft: 2300,
          narcotics: 260,
          vandalism: 610,
          harassment: 100,
          source: '',
        },
      },
    ]);
    expect(result.problems).toEqual([
      { row: 6, key: 'unknownDistrict', value: 'Atlantis' },
      { row: 7, key: 'badYear', value: 'i år' },
      { row: 8, key: 'notANumber', value: 'mange' },
    ]);
  });

  it('says so when no heading row names district and year', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Ark1').addRow(['Noget', 'andet']);
    const result = readDistrictSheet(new Uint8Array(await workbook.xlsx.writeBuffer()), DEFAULT_REFERENCE_ITEMS);
    expect(result).toEqual({ rows: [], problems: [{ row: 0, key: 'noHeader', value: '' }] });
  });
});
