import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';
import { foldDanish } from '../overlap/text-similarity';
import { parseDecimal } from './decimal';
import { FOLLOWUP_STATUSES, type FollowupStatusValue } from './schemas';

/**
 * A reporting round in the department hearing style: a workbook pre-filled
 * with one department's initiatives for a period, which the department fills
 * in (status, comment, new measurements) and returns. A hidden sheet carries
 * ids, so the returned workbook is read back by id, whatever was retitled.
 */

export const ROUND_MARKER = 'csb-followup-round';

export interface RoundLabels {
  title: string;
  instructions: string;
  statusSheet: string;
  measurementSheet: string;
  columns: {
    id: string;
    initiative: string;
    status: string;
    comment: string;
    indicator: string;
    unit: string;
    baseline: string;
    target: string;
    direction: string;
    latest: string;
    value: string;
    note: string;
  };
  statuses: Record<FollowupStatusValue, string>;
  directions: { up: string; down: string };
}

export interface RoundStatusRow {
  initiativeId: string;
  title: string;
  status: FollowupStatusValue;
  comment: string;
}

export interface RoundIndicatorRow {
  indicatorId: string;
  initiativeTitle: string;
  name: string;
  unit: string;
  baseline: number | null;
  target: number | null;
  direction: 'up' | 'down';
  /** Latest earlier measurement, e.g. "2010-Q1: 42". */
  latest: string;
  /** The value already recorded for this period, if any. */
  value: number | null;
  note: string;
}

export interface RoundWorkbookInput {
  period: string;
  periodLabel: string;
  department: string;
  departmentName: string;
  statuses: RoundStatusRow[];
  indicators: RoundIndicatorRow[];
  labels: RoundLabels;
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
/** Rows above the table: title, instructions, blank. The table header is row 4. */
const HEADER_ROW = 4;

function writeIntro(sheet: ExcelJS.Worksheet, title: string, instructions: string): void {
  sheet.getCell('A1').value = title;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').value = instructions;
  sheet.getCell('A2').alignment = { wrapText: false };
}

function writeHeader(sheet: ExcelJS.Worksheet, headers: string[]): void {
  const row = sheet.getRow(HEADER_ROW);
  headers.forEach((header, index) => {
    const cell = row.getCell(index + 1);
    cell.value = header;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
  });
  sheet.views = [{ state: 'frozen', ySplit: HEADER_ROW }];
}

export async function buildRoundWorkbook(input: RoundWorkbookInput): Promise<Uint8Array> {
  const { labels } = input;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sikker By Desk';
  const title = `${labels.title} – ${input.departmentName} – ${input.periodLabel}`;

  const statusSheet = workbook.addWorksheet(labels.statusSheet);
  writeIntro(statusSheet, title, labels.instructions);
  const c = labels.columns;
  writeHeader(statusSheet, [c.id, c.initiative, c.status, c.comment]);
  statusSheet.columns = [{ width: 14 }, { width: 48 }, { width: 22 }, { width: 70 }];
  statusSheet.getColumn(1).hidden = true;
  const statusNames = FOLLOWUP_STATUSES.map((s) => labels.statuses[s]);
  input.statuses.forEach((row, index) => {
    const r = statusSheet.getRow(HEADER_ROW + 1 + index);
    r.getCell(1).value = row.initiativeId;
    r.getCell(2).value = row.title;
    r.getCell(3).value = labels.statuses[row.status];
    r.getCell(3).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${statusNames.join(',')}"`],
    };
    r.getCell(4).value = row.comment;
    r.getCell(3).fill = INPUT_FILL;
    r.getCell(4).fill = INPUT_FILL;
    r.getCell(4).alignment = { wrapText: true, vertical: 'top' };
  });

  const measureSheet = workbook.addWorksheet(labels.measurementSheet);
  writeIntro(measureSheet, title, labels.instructions);
  writeHeader(measureSheet, [
    c.id,
    c.initiative,
    c.indicator,
    c.unit,
    c.baseline,
    c.target,
    c.direction,
    c.latest,
    c.value,
    c.note,
  ]);
  measureSheet.columns = [
    { width: 14 },
    { width: 40 },
    { width: 36 },
    { width: 10 },
    { width: 12 },
    { width: 12 },
    { width: 18 },
    { width: 22 },
    { width: 18 },
    { width: 50 },
  ];
  measureSheet.getColumn(1).hidden = true;
  input.indicators.forEach((row, index) => {
    const r = measureSheet.getRow(HEADER_ROW + 1 + index);
    r.values = [
      row.indicatorId,
      row.initiativeTitle,
      row.name,
      row.unit,
      row.baseline ?? '',
      row.target ?? '',
      labels.directions[row.direction],
      row.latest,
      row.value ?? '',
      row.note,
    ];
    r.getCell(9).fill = INPUT_FILL;
    r.getCell(10).fill = INPUT_FILL;
  });

  const meta = workbook.addWorksheet('csb', { state: 'veryHidden' });
  meta.addRows([
    ['kind', ROUND_MARKER],
    ['period', input.period],
    ['department', input.department],
  ]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export interface ReturnedStatus {
  row: number;
  initiativeId: string;
  status: FollowupStatusValue | null;
  comment: string;
}

export interface ReturnedMeasurement {
  row: number;
  indicatorId: string;
  value: number;
  note: string;
}

export interface RoundProblem {
  sheet: 'status' | 'measurements' | 'file';
  row: number;
  /** Translation key under "round.problems". */
  key: 'notARound' | 'unknownStatus' | 'notANumber';
  value: string;
}

export interface ReturnedRound {
  period: string;
  department: string;
  statuses: ReturnedStatus[];
  measurements: ReturnedMeasurement[];
  problems: RoundProblem[];
}

type Cell = string | number | boolean | Date | null | undefined;

function cellText(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

/** Status as written by any department: our Danish or English names, the ids, with any casing or æøå spelling. */
export function statusFromText(
  text: string,
  labels: readonly Record<FollowupStatusValue, string>[],
): FollowupStatusValue | null {
  const folded = foldDanish(text);
  if (!folded) return null;
  for (const status of FOLLOWUP_STATUSES) {
    const names = [status, ...labels.map((l) => l[status])].map(foldDanish);
    if (names.includes(folded)) return status;
  }
  return null;
}

/** Read a returned round workbook. Throws nothing for bad cells: they become problems to review. */
export function readRoundWorkbook(
  bytes: Uint8Array,
  statusLabels: readonly Record<FollowupStatusValue, string>[],
): ReturnedRound {
  const workbook = XLSX.read(bytes, { type: 'array', cellDates: true });
  const metaSheet = workbook.Sheets.csb;
  const meta = metaSheet ? (XLSX.utils.sheet_to_json<Cell[]>(metaSheet, { header: 1 }) as Cell[][]) : [];
  const metaValue = (key: string) => cellText(meta.find((r) => r[0] === key)?.[1]);
  const empty: ReturnedRound = { period: '', department: '', statuses: [], measurements: [], problems: [] };
  if (metaValue('kind') !== ROUND_MARKER) {
    return { ...empty, problems: [{ sheet: 'file', row: 0, key: 'notARound', value: '' }] };
  }
  const visible = workbook.SheetNames.filter((n) => n !== 'csb');
  const rowsOf = (name: string | undefined): Cell[][] => {
    const sheet = name ? workbook.Sheets[name] : undefined;
    return sheet
      ? (XLSX.utils.sheet_to_json<Cell[]>(sheet, { header: 1, defval: null, blankrows: true }) as Cell[][])
      : [];
  };
  const result: ReturnedRound = { ...empty, period: metaValue('period'), department: metaValue('department') };

  rowsOf(visible[0]).forEach((cells, index) => {
    if (index < HEADER_ROW) return;
    const id = cellText(cells[0]);
    if (!id) return;
    const text = cellText(cells[2]);
    const status = statusFromText(text, statusLabels);
    if (text && !status) result.problems.push({ sheet: 'status', row: index + 1, key: 'unknownStatus', value: text });
    result.statuses.push({ row: index + 1, initiativeId: id, status, comment: cellText(cells[3]) });
  });

  rowsOf(visible[1]).forEach((cells, index) => {
    if (index < HEADER_ROW) return;
    const id = cellText(cells[0]);
    const raw = cells[8];
    if (!id || raw === null || raw === undefined || cellText(raw) === '') return;
    const value = typeof raw === 'number' ? raw : parseDecimal(cellText(raw));
    if (value === null) {
      result.problems.push({ sheet: 'measurements', row: index + 1, key: 'notANumber', value: cellText(raw) });
      return;
    }
    result.measurements.push({ row: index + 1, indicatorId: id, value, note: cellText(cells[9]) });
  });
  return result;
}

export interface StatusChange {
  kind: 'status';
  initiativeId: string;
  status: FollowupStatusValue;
  comment: string;
  previousStatus: FollowupStatusValue | null;
  previousComment: string;
}

export interface MeasurementChange {
  kind: 'measurement';
  indicatorId: string;
  value: number;
  note: string;
  /** Id of the measurement of this period that the change replaces, if there is one. */
  existingId: string | null;
  previousValue: number | null;
}

export type RoundChange = StatusChange | MeasurementChange;

/**
 * What importing a returned round would change: statuses that differ, and
 * measurements for the period that are new or differ. Rows for initiatives or
 * indicators the app does not know are left out (they are reported separately).
 */
export function planRoundImport(
  returned: ReturnedRound,
  current: {
    statuses: readonly { initiativeId: string; period: string; status: FollowupStatusValue; comment: string }[];
    measurements: readonly { id: string; indicatorId: string; period: string; value: number; note: string }[];
    initiativeIds: ReadonlySet<string>;
    indicatorIds: ReadonlySet<string>;
  },
): RoundChange[] {
  const changes: RoundChange[] = [];
  for (const row of returned.statuses) {
    if (!row.status || !current.initiativeIds.has(row.initiativeId)) continue;
    const before = current.statuses.find((s) => s.initiativeId === row.initiativeId && s.period === returned.period);
    const previousStatus = before?.status ?? null;
    const previousComment = before?.comment ?? '';
    if (previousStatus === row.status && previousComment === row.comment) continue;
    if (!before && row.status === 'not-reported' && !row.comment) continue;
    changes.push({
      kind: 'status',
      initiativeId: row.initiativeId,
      status: row.status,
      comment: row.comment,
      previousStatus,
      previousComment,
    });
  }
  for (const row of returned.measurements) {
    if (!current.indicatorIds.has(row.indicatorId)) continue;
    const before = current.measurements.find((m) => m.indicatorId === row.indicatorId && m.period === returned.period);
    if (before && before.value === row.value && before.note === row.note) continue;
    changes.push({
      kind: 'measurement',
      indicatorId: row.indicatorId,
      value: row.value,
      note: row.note,
      existingId: before?.id ?? null,
      previousValue: before?.value ?? null,
    });
  }
  return changes;
}
