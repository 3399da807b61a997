/**
 * Spreadsheet pipeline beside the bare libraries, on the same bytes and cells:
 *  - inspect a 10,000 × 30 workbook vs XLSX.read + sheet_to_json;
 *  - the import review (planImport) of it against an inventory of 10,000;
 *  - the consolidated overview of 10,000 initiatives vs a bare ExcelJS write of the same cells.
 * Times are the fastest of three interleaved runs in this process, as CPU time
 * (what others' work on a shared machine disturbs least) and wall time; peak memory is the
 * maximum RSS of a child process doing one run, minus a child that only loads.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';
import { scaledExampleInitiatives } from '../../shared/domain/example-data';
import { INITIATIVE_FIELDS, type Initiative, InitiativeFieldsSchema } from '../../shared/domain/initiative';
import { DEFAULT_REFERENCE_ITEMS } from '../../shared/domain/reference-lists';
import { hearingValue } from '../../shared/spreadsheet/hearing-workbook';
import { buildOverviewWorkbook, inspectSpreadsheet, planImport } from '../../shared/spreadsheet/index';
import { FIELD_HEADERS, ReferenceNames } from '../../shared/spreadsheet/labels';

const ROWS = 10_000;
const EXTRA_COLUMNS = 10;
const referenceItems = [...DEFAULT_REFERENCE_ITEMS];

function inventory(): Initiative[] {
  return scaledExampleInitiatives(ROWS).map((fields, index) => ({
    ...InitiativeFieldsSchema.parse(fields),
    id: `ini-${index}`,
    _stamps: {},
    updatedAt: '',
  }));
}

/** ID + the 19 inventory fields + 10 columns no field claims = 30 columns; every 20th budget changed. */
async function hearingReply(initiatives: Initiative[]): Promise<Uint8Array> {
  const names = new ReferenceNames(referenceItems, 'da');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Indsatser');
  const extras = Array.from({ length: EXTRA_COLUMNS }, (_, i) => `Intern note ${i + 1}`);
  sheet.addRow([FIELD_HEADERS.da.id, ...INITIATIVE_FIELDS.map((f) => FIELD_HEADERS.da[f]), ...extras]);
  initiatives.forEach((initiative, index) => {
    const values = INITIATIVE_FIELDS.map((field) => hearingValue(initiative, field, names, 'da'));
    if (index % 20 === 0) values[INITIATIVE_FIELDS.indexOf('annualBudgetDkk')] = 123_000 + index;
    sheet.addRow([initiative.id, ...values, ...extras.map((_, i) => `Note ${index}-${i}`)]);
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function bareRead(bytes: Uint8Array): number {
  const workbook = XLSX.read(bytes, { type: 'array' });
  let cells = 0;
  for (const name of workbook.SheetNames) {
    const sheet = workbook.Sheets[name];
    if (sheet) cells += XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 }).length;
  }
  return cells;
}

/** The cell values the overview holds, sheet by sheet, to write them again without any styling. */
async function overviewCells(bytes: Uint8Array): Promise<{ name: string; rows: ExcelJS.CellValue[][] }[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
  return workbook.worksheets.map((sheet) => {
    const rows: ExcelJS.CellValue[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      rows.push((row.values as ExcelJS.CellValue[]).slice(1));
    });
    return { name: sheet.name, rows };
  });
}

async function bareWrite(cells: { name: string; rows: ExcelJS.CellValue[][] }[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const { name, rows } of cells) workbook.addWorksheet(name).addRows(rows);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

interface Timing {
  /** CPU time of this process (all threads, GC included): what a busy shared machine disturbs least. */
  cpu: number;
  wall: number;
}

async function timed(run: () => unknown | Promise<unknown>): Promise<Timing> {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await run();
  const cpu = process.cpuUsage(cpuBefore);
  return { cpu: (cpu.user + cpu.system) / 1000, wall: performance.now() - started };
}

const fastest = (a: Timing, b: Timing): Timing => ({ cpu: Math.min(a.cpu, b.cpu), wall: Math.min(a.wall, b.wall) });
const NONE: Timing = { cpu: Number.POSITIVE_INFINITY, wall: Number.POSITIVE_INFINITY };

/** Our path and the bare library in turn, three times; the fastest of each. */
async function compare(
  ours: () => unknown | Promise<unknown>,
  bare: () => unknown | Promise<unknown>,
  times = 3,
): Promise<{ ours: Timing; bare: Timing }> {
  const result = { ours: NONE, bare: NONE };
  for (let i = 0; i < times; i++) {
    result.bare = fastest(result.bare, await timed(bare));
    result.ours = fastest(result.ours, await timed(ours));
  }
  return result;
}

function ratio(label: string, ours: Timing, bare: Timing, bareLabel: string): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  return (
    `${label}: ${s(ours.cpu)} CPU (${s(ours.wall)} wall) vs ${bareLabel} ${s(bare.cpu)} CPU (${s(bare.wall)} wall)` +
    ` → ratio ${(ours.cpu / bare.cpu).toFixed(2)} CPU, ${(ours.wall / bare.wall).toFixed(2)} wall`
  );
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

type Task = 'baseline' | 'inspect' | 'bare-read' | 'review' | 'overview' | 'bare-write';

/** One task in a fresh process; its peak resident memory in MB. */
function peakMemory(task: Task, dir: string): number {
  const out = execFileSync(process.execPath, ['--import', 'tsx', SELF, '--child', task, dir], {
    cwd: resolve('.'),
    encoding: 'utf8',
    maxBuffer: 1024 * 1024,
  });
  return Number(JSON.parse(out.trim().split('\n').pop() ?? '{}').maxRssMb);
}

async function runTask(task: Task, dir: string): Promise<void> {
  const bytes = new Uint8Array(readFileSync(join(dir, 'reply.xlsx')));
  const initiatives = inventory();
  if (task === 'inspect') inspectSpreadsheet(bytes, 'reply.xlsx', { referenceItems, department: 'BUF' });
  if (task === 'bare-read') bareRead(bytes);
  if (task === 'review') {
    const inspected = inspectSpreadsheet(bytes, 'reply.xlsx', { referenceItems, department: 'BUF' });
    planImport(inspected, initiatives);
  }
  if (task === 'overview') await buildOverviewWorkbook({ initiatives, referenceItems, exportDate: '2010-03-19' });
  if (task === 'bare-write') {
    await bareWrite(JSON.parse(readFileSync(join(dir, 'overview-cells.json'), 'utf8'), reviveDates));
  }
  process.stdout.write(`${JSON.stringify({ maxRssMb: peakRssMb() })}\n`);
}

/**
 * This process's peak resident memory. On Linux getrusage's maxRSS survives exec, so a child
 * of a large parent (the bench runner after the Chromium bench) would report the parent's peak;
 * /proc's VmHWM belongs to this address space alone.
 */
function peakRssMb(): number {
  try {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm?.[1]) return Number(hwm[1]) / 1024;
  } catch {
    // Not Linux: fall through to getrusage.
  }
  return process.resourceUsage().maxRSS / 1024;
}

function reviveDates(_key: string, value: unknown): unknown {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/.test(value) ? new Date(value) : value;
}

const SELF = fileURLToPath(import.meta.url);

export default async function (report: (line: string) => void): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'csb-bench-'));
  const initiatives = inventory();
  const bytes = await hearingReply(initiatives);
  writeFileSync(join(dir, 'reply.xlsx'), bytes);
  report(
    `workbook: ${ROWS} rows × ${INITIATIVE_FIELDS.length + 1 + EXTRA_COLUMNS} columns, ${(bytes.byteLength / 1e6).toFixed(1)} MB`,
  );

  // Warm both paths once so neither pays the JIT alone.
  bareRead(bytes);
  let inspected = inspectSpreadsheet(bytes, 'reply.xlsx', { referenceItems, department: 'BUF' });
  const { ours, bare } = await compare(
    () => {
      inspected = inspectSpreadsheet(bytes, 'reply.xlsx', { referenceItems, department: 'BUF' });
    },
    () => bareRead(bytes),
  );
  report(ratio('inspect', ours, bare, 'bare XLSX.read + sheet_to_json'));
  report(`  rows read ${inspected.initiatives.length}, errors ${inspected.errors.length}`);

  let plan = planImport(inspected, initiatives);
  let review = NONE;
  for (let i = 0; i < 3; i++) {
    review = fastest(
      review,
      await timed(() => {
        plan = planImport(inspected, initiatives);
      }),
    );
  }
  report(
    `import review vs ${ROWS} initiatives: ${seconds(review.cpu)} CPU, ${seconds(review.wall)} wall (changed ${plan.changed.length}, unchanged ${plan.unchanged.length}, new ${plan.created.length})`,
  );

  let overview = await buildOverviewWorkbook({ initiatives, referenceItems, exportDate: '2010-03-19' });
  const cells = await overviewCells(overview);
  writeFileSync(join(dir, 'overview-cells.json'), JSON.stringify(cells));
  await bareWrite(cells);
  const { ours: ourExport, bare: bareExport } = await compare(
    async () => {
      overview = await buildOverviewWorkbook({ initiatives, referenceItems, exportDate: '2010-03-19' });
    },
    () => bareWrite(cells),
  );
  const cellCount = cells.reduce((n, s) => n + s.rows.reduce((m, r) => m + r.length, 0), 0);
  report(ratio('overview export', ourExport, bareExport, `bare ExcelJS write of the same ${cellCount} cells`));

  const base = peakMemory('baseline', dir);
  const mem = (task: Task) => `${Math.max(0, peakMemory(task, dir) - base).toFixed(0)} MB`;
  report(`peak memory above a process that only loads (${base.toFixed(0)} MB):`);
  report(`  inspect ${mem('inspect')} vs bare read ${mem('bare-read')}; inspect + review ${mem('review')}`);
  report(`  overview ${mem('overview')} vs bare write ${mem('bare-write')}`);
}

if (process.argv[2] === '--child') {
  await runTask(process.argv[3] as Task, process.argv[4] as string);
}
