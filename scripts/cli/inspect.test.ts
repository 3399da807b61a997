import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');

async function csb(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'scripts/csb.ts', ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('csb inspect (child process)', () => {
  it('prints the BIF fixture as one JSON object with names, ISO dates and numbers', async () => {
    const { code, stdout, stderr } = await csb('inspect', '../shared/fixtures/bif-egen-opstilling.xlsx', '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ sheet: 'BIF indsatser', headerRow: 3, skipped: [{ row: 9, reason: 'total-row' }] });
    expect(report.initiatives[3]).toEqual({
      sourceRow: 7,
      title: 'Brobyggere',
      description: 'Brobygning mellem familier og skole',
      targetGroups: ['Forældre'],
      districts: ['Bispebjerg', 'Nørrebro'],
      annualBudgetDkk: 560000,
      startDate: '2010-02-01',
      endDate: '2012-01-31',
      hotspot: true,
      department: 'Beskæftigelses- og Integrationsforvaltningen',
    });
  });

  it('takes --department and --sheet', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csb-inspect-'));
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Forside').addRow(['Høringssvar']);
    workbook.addWorksheet('Svar').addRows([
      ['Titel', 'Målgruppe'],
      ['Exit', 'Bandemedlemmer, Unge voksne'],
    ]);
    const file = join(dir, 'svar.xlsx');
    writeFileSync(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
    const { code, stdout } = await csb('inspect', file, '--department', 'SOF', '--sheet', 'Svar', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).initiatives).toEqual([
      {
        sourceRow: 2,
        title: 'Exit',
        targetGroups: ['Bandemedlemmer og exit', 'Unge voksne 18-24 år'],
        department: 'Socialforvaltningen',
      },
    ]);
  });

  it('exits 2 with one line on stderr for an unreadable file, no stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csb-inspect-'));
    const pdf = join(dir, 'notat.pdf');
    writeFileSync(pdf, '%PDF-1.4\n%âãÏÓ\n');
    for (const file of [pdf, join(dir, 'missing.xlsx')]) {
      const { code, stdout, stderr } = await csb('inspect', file, '--json');
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/^csb: /);
      expect(stderr).not.toMatch(/\bat\b.*\.ts:\d+/);
    }
  });
});
