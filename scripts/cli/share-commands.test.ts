import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { folderTransport } from '../../electron/share/folder-transport';
import { exampleInitiatives } from '../../shared/domain/example-data';
import { InitiativeFieldsSchema } from '../../shared/domain/initiative';
import { syncOnce } from '../../shared/sync/engine';
import { MemoryStore } from '../../shared/sync/memory-store';
import type { FieldValue } from '../../shared/sync/operation';
import { runCli } from '../csb';

async function csb(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: (t) => (out += `${t}\n`), stderr: (t) => (err += `${t}\n`) });
  return { code, out, err };
}

/** A share on which one laptop has put the example inventory. */
async function shareWithInventory(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'csb-cli-share-'));
  const laptop = new MemoryStore('dev_anne');
  exampleInitiatives().forEach((example, i) => {
    const fields = InitiativeFieldsSchema.parse(example) as Record<string, FieldValue>;
    laptop.write('initiatives', `ex-${i}`, fields, 'Anne');
  });
  await syncOnce({
    store: laptop,
    transport: folderTransport(dir),
    identity: { user: 'Anne', department: 'BUF', app: 't' },
  });
  return dir;
}

describe('share commands', () => {
  it('status reports devices, segments, operations and records per table', async () => {
    const share = await shareWithInventory();
    const { code, out } = await csb('status', '--share', share, '--json');
    expect(code).toBe(0);
    const status = JSON.parse(out);
    expect(status.devices).toMatchObject([{ device: 'dev_anne', user: 'Anne', department: 'BUF' }]);
    expect(status.segments).toBe(1);
    expect(status.records.initiatives.live).toBe(exampleInitiatives().length);
    expect(status.problems).toEqual([]);
  });

  it('says clearly when the share is missing', async () => {
    const { code, err } = await csb('status', '--share', '/nonexistent/share', '--json');
    expect(code).toBe(2);
    expect(err).toMatch(/Share folder not found/);
  });

  it('a hearing sheet exported from the share, edited and saved again, imports back as updates and one new initiative', async () => {
    const share = await shareWithInventory();
    const sheetPath = join(mkdtempSync(join(tmpdir(), 'csb-cli-out-')), 'høring-BUF.xlsx');
    const exported = await csb('hearing', 'export', '--department', 'BUF', '--share', share, sheetPath);
    expect(exported.code, exported.err).toBe(0);

    // The department edits the sheet in a spreadsheet program: one title changed, one row added.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(sheetPath) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Indsatser') as ExcelJS.Worksheet;
    const firstRow = sheet.getRow(4);
    const oldTitle = String(firstRow.getCell(2).value);
    firstRow.getCell(2).value = `${oldTitle} (revideret)`;
    let last = 4;
    while (sheet.getRow(last + 1).getCell(2).value) last++;
    const added = sheet.getRow(last + 1);
    added.getCell(2).value = 'Lektiecafé i Tingbjerg';
    added.getCell(3).value = 'Børne- og Ungdomsforvaltningen';
    const returned = sheetPath.replace('.xlsx', '-svar.xlsx');
    await workbook.xlsx.writeFile(returned);

    const first = await csb(
      'import',
      returned,
      '--share',
      share,
      '--device',
      'cli_buf',
      '--department',
      'BUF',
      '--accept-all',
      '--json',
    );
    expect(first.code, first.err).toBe(0);
    expect(JSON.parse(first.out)).toMatchObject({ created: 1, updated: 1 });

    // Importing the same sheet again changes nothing and makes no duplicate.
    const again = await csb(
      'import',
      returned,
      '--share',
      share,
      '--device',
      'cli_buf',
      '--department',
      'BUF',
      '--accept-all',
      '--json',
    );
    expect(JSON.parse(again.out)).toMatchObject({ created: 0, updated: 0 });

    const status = JSON.parse((await csb('status', '--share', share, '--json')).out);
    expect(status.records.initiatives.live).toBe(exampleInitiatives().length + 1);
    expect(status.devices.map((d: { device: string }) => d.device).sort()).toEqual(['cli_buf', 'dev_anne']);

    const overviewPath = join(mkdtempSync(join(tmpdir(), 'csb-cli-out-')), 'overblik.xlsx');
    expect((await csb('export', 'overview', overviewPath, '--share', share)).code).toBe(0);
    const overview = new ExcelJS.Workbook();
    await overview.xlsx.load(readFileSync(overviewPath) as unknown as ArrayBuffer);
    const titles: string[] = [];
    overview.getWorksheet('Alle indsatser')?.eachRow((row) => titles.push(String(row.getCell(1).value)));
    expect(titles).toContain('Lektiecafé i Tingbjerg');
    expect(titles).toContain(`${oldTitle} (revideret)`);
  });
});

describe('inspect with the share', () => {
  it('maps values to the reference lists as edited on the share', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csb-cli-refs-'));
    // Someone at the centre adds the alias "Tingbjerg" to the district Brønshøj-Husum.
    const laptop = new MemoryStore('dev_mette');
    laptop.write(
      'referenceItems',
      'bronshoj-husum',
      { aliases: ['Brønshøj', 'Husum', 'Tingbjerg'], kind: 'district', name: 'Brønshøj-Husum' },
      'Mette',
    );
    await syncOnce({
      store: laptop,
      transport: folderTransport(dir),
      identity: { user: 'Mette', department: 'SOF', app: 't' },
    });
    const csv = join(mkdtempSync(join(tmpdir(), 'csb-cli-csv-')), 'sof.csv');
    writeFileSync(csv, 'Indsats;Forvaltning;Bydel\nGadeplan;SOF;Tingbjerg\n');

    const plain = JSON.parse((await csb('inspect', csv, '--json')).out);
    expect(plain.initiatives[0].districts ?? []).toEqual([]);
    expect(JSON.stringify(plain.errors)).toMatch(/Tingbjerg/);

    const withShare = await csb('inspect', csv, '--share', dir, '--json');
    expect(withShare.code, withShare.err).toBe(0);
    expect(JSON.parse(withShare.out).initiatives[0].districts).toEqual(['Brønshøj-Husum']);
  });
});

/** LibreOffice, where installed (CI installs it), re-saves sheets the way a department's spreadsheet program would. */
const soffice = ['soffice', 'libreoffice'].find((cmd) => {
  try {
    execFileSync(cmd, ['--version'], { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
});

function resaveWithLibreOffice(file: string, format: 'xlsx' | 'ods'): string {
  const outDir = mkdtempSync(join(tmpdir(), 'csb-lo-'));
  const profile = mkdtempSync(join(tmpdir(), 'csb-lo-profile-'));
  execFileSync(
    soffice as string,
    [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', format, '--outdir', outDir, file],
    { stdio: 'ignore', timeout: 120_000 },
  );
  return join(outDir, `${basename(file).replace(/\.[^.]+$/, '')}.${format}`);
}

describe.skipIf(!soffice)('a hearing sheet saved again by LibreOffice', () => {
  it('imports back as one update and one new initiative, as .ods and as .xlsx, with no duplicates', async () => {
    const share = await shareWithInventory();
    const sheetPath = join(mkdtempSync(join(tmpdir(), 'csb-cli-out-')), 'høring-SOF.xlsx');
    expect((await csb('hearing', 'export', '--department', 'SOF', '--share', share, sheetPath)).code).toBe(0);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(sheetPath) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Indsatser') as ExcelJS.Worksheet;
    sheet.getRow(4).getCell(2).value = `${String(sheet.getRow(4).getCell(2).value)} – udvidet`;
    let last = 4;
    while (sheet.getRow(last + 1).getCell(2).value) last++;
    sheet.getRow(last + 1).getCell(2).value = 'Natcafé for hjemløse unge';
    sheet.getRow(last + 1).getCell(3).value = 'Socialforvaltningen';
    const edited = sheetPath.replace('.xlsx', '-rettet.xlsx');
    await workbook.xlsx.writeFile(edited);

    // LibreOffice rewrites the whole file its own way: styles, shared strings, the hidden id column.
    const ods = resaveWithLibreOffice(edited, 'ods');
    const xlsx = resaveWithLibreOffice(ods, 'xlsx');
    const args = ['--share', share, '--device', 'cli_sof', '--department', 'SOF', '--accept-all', '--json'];
    const fromOds = await csb('import', ods, ...args);
    expect(fromOds.code, fromOds.err).toBe(0);
    expect(JSON.parse(fromOds.out)).toMatchObject({ created: 1, updated: 1 });
    const fromXlsx = await csb('import', xlsx, ...args);
    expect(JSON.parse(fromXlsx.out)).toMatchObject({ created: 0, updated: 0 });
    const status = JSON.parse((await csb('status', '--share', share, '--json')).out);
    expect(status.records.initiatives.live).toBe(exampleInitiatives().length + 1);
  }, 240_000);
});
