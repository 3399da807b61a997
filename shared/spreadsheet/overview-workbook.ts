import ExcelJS from 'exceljs';
import type { Initiative, IsoDate } from '../domain/initiative';
import type { ReferenceItem } from '../domain/reference-lists';
import {
  cellText,
  DATE_FORMAT,
  DKK_FORMAT,
  EVIDENCE_LABELS,
  excelDate,
  longDate,
  PREVENTION_LABELS,
  ReferenceNames,
  YES_NO,
} from './labels';

export interface FollowupEntry {
  initiativeId: string;
  period: string;
  status: string;
  comment: string;
}

/**
 * Follow-up statuses as the overview lists them, from the synced records (read
 * defensively: a record from a newer app may lack a field). `statusName` gives
 * the status's name in the workbook's language.
 */
export function followupEntriesFrom(
  records: readonly Record<string, unknown>[],
  statusName: (status: string) => string,
): FollowupEntry[] {
  return records.flatMap((s) =>
    !s._deleted && typeof s.initiativeId === 'string' && typeof s.period === 'string' && typeof s.status === 'string'
      ? [
          {
            initiativeId: s.initiativeId,
            period: s.period,
            status: statusName(s.status),
            comment: typeof s.comment === 'string' ? s.comment : '',
          },
        ]
      : [],
  );
}

export interface OverviewWorkbookInput {
  initiatives: readonly Initiative[];
  referenceItems: readonly ReferenceItem[];
  exportDate: IsoDate;
  followup?: readonly FollowupEntry[];
}

export const OVERVIEW_SHEETS = {
  all: 'Alle indsatser',
  department: 'Pr. forvaltning',
  focusArea: 'Pr. fokusområde',
  district: 'Pr. bydel',
  targetGroup: 'Pr. målgruppe',
  budget: 'Budget',
  followup: 'Opfølgning',
} as const;

const DANISH_ORDER = new Intl.Collator('da');

/** Row of the column headers on every sheet (title and export date above). */
export const OVERVIEW_HEADER_ROW = 4;

interface Column {
  header: string;
  width: number;
  kind?: 'money' | 'date' | 'text';
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
const TOTAL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };

/**
 * The consolidated workbook for the recommendation to the Finance Committee:
 * every initiative, grouped views with subtotals, a budget summary with live
 * formulas, and follow-up status when there is any. User text is always text.
 */
export async function buildOverviewWorkbook(input: OverviewWorkbookInput): Promise<Uint8Array> {
  const names = new ReferenceNames(input.referenceItems, 'da');
  const exported = `Eksporteret ${longDate(input.exportDate, 'da')}`;
  const departmentOrder = new Map(names.ofKind('department').map((d, i) => [d.id, i]));
  const initiatives = input.initiatives
    .filter((i) => !i._deleted && !i.archived)
    .sort(
      (a, b) =>
        (departmentOrder.get(a.department) ?? 999) - (departmentOrder.get(b.department) ?? 999) ||
        DANISH_ORDER.compare(a.title, b.title),
    );
  const latestFollowup = latestStatusByInitiative(input.followup ?? []);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sikker By Desk';
  workbook.created = new Date();

  // All initiatives.
  const allColumns: Column[] = [
    { header: 'Titel', width: 40 },
    { header: 'Forvaltning', width: 30 },
    { header: 'Fokusområder', width: 30 },
    { header: 'Målgrupper', width: 30 },
    { header: '18+', width: 7 },
    { header: 'Bydele', width: 28 },
    { header: 'Hotspot', width: 9 },
    { header: 'Forebyggelsesniveau', width: 18 },
    { header: 'Samarbejdspartnere', width: 30 },
    { header: 'Startdato', width: 12, kind: 'date' },
    { header: 'Slutdato', width: 12, kind: 'date' },
    { header: 'Årligt budget (kr.)', width: 18, kind: 'money' },
    { header: 'Finansiering', width: 20 },
    { header: 'Status', width: 13 },
    { header: 'Succeskriterier', width: 40 },
    { header: 'Evidens', width: 15 },
    { header: 'Evaluering', width: 30 },
    { header: 'Kontaktperson', width: 24 },
    { header: 'Beskrivelse', width: 50 },
    ...(input.followup ? [{ header: 'Seneste opfølgning', width: 30 }] : []),
  ];
  const all = addSheet(workbook, OVERVIEW_SHEETS.all, 'Alle kriminalitetsforebyggende indsatser', exported, allColumns);
  for (const i of initiatives) {
    const followup = latestFollowup.get(i.id);
    all.addRow([
      cellText(i.title),
      names.name('department', i.department),
      names.list('focusArea', i.focusAreas),
      names.list('targetGroup', i.targetGroups),
      YES_NO.da[i.targetGroups.some((g) => names.adult.has(g)) ? 0 : 1],
      names.list('district', i.districts),
      YES_NO.da[i.hotspot ? 0 : 1],
      i.preventionLevel ? PREVENTION_LABELS.da[i.preventionLevel] : '',
      names.list('partner', i.partners),
      excelDate(i.startDate),
      excelDate(i.endDate),
      i.annualBudgetDkk,
      cellText(i.fundingSource),
      names.name('status', i.status),
      cellText(i.successCriteria),
      i.evidenceLevel ? EVIDENCE_LABELS.da[i.evidenceLevel] : '',
      cellText(i.evaluation),
      cellText(i.contact),
      cellText(i.description),
      ...(input.followup ? [followup ? cellText(`${followup.period}: ${followup.status}`) : ''] : []),
    ]);
  }
  finishTable(all, allColumns.length);
  const allLast = OVERVIEW_HEADER_ROW + initiatives.length;

  // Grouped views: an initiative appears under each of its groups, with a subtotal per group.
  const groupedColumns = (groupHeader: string): Column[] => [
    { header: groupHeader, width: 30 },
    { header: 'Titel', width: 40 },
    { header: 'Forvaltning', width: 30 },
    { header: 'Status', width: 13 },
    { header: 'Årligt budget (kr.)', width: 18, kind: 'money' },
  ];
  const groupRow = (group: string, i: Initiative) => [
    group,
    cellText(i.title),
    names.name('department', i.department),
    names.name('status', i.status),
    i.annualBudgetDkk,
  ];
  addGroupedSheet(
    workbook,
    OVERVIEW_SHEETS.department,
    'Indsatser pr. forvaltning',
    exported,
    groupedColumns('Forvaltning'),
    groups(names.ofKind('department'), initiatives, (i) => [i.department], 'Uden forvaltning'),
    groupRow,
  );
  const note = 'En indsats kan høre til flere grupper, så gruppernes summer kan ikke lægges sammen.';
  addGroupedSheet(
    workbook,
    OVERVIEW_SHEETS.focusArea,
    'Indsatser pr. fokusområde',
    `${exported}. ${note}`,
    groupedColumns('Fokusområde'),
    groups(names.ofKind('focusArea'), initiatives, (i) => i.focusAreas, 'Uden fokusområde'),
    groupRow,
  );
  addGroupedSheet(
    workbook,
    OVERVIEW_SHEETS.district,
    'Indsatser pr. bydel',
    `${exported}. ${note}`,
    groupedColumns('Bydel'),
    groups(names.ofKind('district'), initiatives, (i) => i.districts, 'Uden bydel'),
    groupRow,
  );
  addGroupedSheet(
    workbook,
    OVERVIEW_SHEETS.targetGroup,
    'Indsatser pr. målgruppe (18+ markeret)',
    `${exported}. ${note}`,
    [...groupedColumns('Målgruppe'), { header: '18+', width: 7 }],
    groups(names.ofKind('targetGroup'), initiatives, (i) => i.targetGroups, 'Uden målgruppe').map((g) => ({
      ...g,
      name: names.adult.has(g.id) ? `${g.name} (18+)` : g.name,
      adult: names.adult.has(g.id),
    })),
    (group, i, g) => [...groupRow(group, i), YES_NO.da[g.adult ? 0 : 1]],
  );

  // Budget summary with live formulas over the "all" sheet.
  const budgetColumns: Column[] = [
    { header: 'Forvaltning', width: 40 },
    { header: 'Antal indsatser', width: 16 },
    { header: 'Årligt budget (kr.)', width: 20, kind: 'money' },
    { header: 'Andel af budget', width: 16 },
    { header: 'Heraf 18+ (kr.)', width: 18, kind: 'money' },
  ];
  const budget = addSheet(workbook, OVERVIEW_SHEETS.budget, 'Budgetoversigt', exported, budgetColumns);
  const ref = (col: string) =>
    `'${OVERVIEW_SHEETS.all}'!$${col}$${OVERVIEW_HEADER_ROW + 1}:$${col}$${Math.max(allLast, OVERVIEW_HEADER_ROW + 1)}`;
  const departments = names.ofKind('department');
  const first = OVERVIEW_HEADER_ROW + 1;
  const totalRowNumber = first + departments.length;
  departments.forEach((department, index) => {
    const r = first + index;
    const mine = initiatives.filter((i) => i.department === department.id);
    const sum = mine.reduce((s, i) => s + (i.annualBudgetDkk ?? 0), 0);
    const adultSum = mine
      .filter((i) => i.targetGroups.some((g) => names.adult.has(g)))
      .reduce((s, i) => s + (i.annualBudgetDkk ?? 0), 0);
    const total = initiatives.reduce((s, i) => s + (i.annualBudgetDkk ?? 0), 0);
    budget.addRow([
      department.name,
      { formula: `COUNTIF(${ref('B')},A${r})`, result: mine.length },
      { formula: `SUMIF(${ref('B')},A${r},${ref('L')})`, result: sum },
      { formula: `IF(C$${totalRowNumber}=0,0,C${r}/C$${totalRowNumber})`, result: total ? sum / total : 0 },
      { formula: `SUMIFS(${ref('L')},${ref('B')},A${r},${ref('E')},"Ja")`, result: adultSum },
    ]);
  });
  const totals = budget.addRow([
    'I alt',
    { formula: `SUM(B${first}:B${totalRowNumber - 1})`, result: initiatives.length },
    {
      formula: `SUM(C${first}:C${totalRowNumber - 1})`,
      result: initiatives.reduce((s, i) => s + (i.annualBudgetDkk ?? 0), 0),
    },
    { formula: `IF(C${totalRowNumber}=0,0,1)`, result: 1 },
    { formula: `SUM(E${first}:E${totalRowNumber - 1})`, result: 0 },
  ]);
  styleTotal(totals, budgetColumns.length);
  budget.getColumn(4).numFmt = '0.0%';
  finishTable(budget, budgetColumns.length, totalRowNumber - 1);

  if (input.followup) {
    const followupColumns: Column[] = [
      { header: 'Titel', width: 40 },
      { header: 'Forvaltning', width: 30 },
      { header: 'Periode', width: 14 },
      { header: 'Status', width: 18 },
      { header: 'Kommentar', width: 60 },
    ];
    const sheet = addSheet(workbook, OVERVIEW_SHEETS.followup, 'Opfølgning pr. indsats', exported, followupColumns);
    const byId = new Map(initiatives.map((i) => [i.id, i]));
    for (const entry of input.followup) {
      const initiative = byId.get(entry.initiativeId);
      if (!initiative) continue;
      sheet.addRow([
        cellText(initiative.title),
        names.name('department', initiative.department),
        cellText(entry.period),
        cellText(entry.status),
        cellText(entry.comment),
      ]);
    }
    finishTable(sheet, followupColumns.length);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function addSheet(workbook: ExcelJS.Workbook, name: string, title: string, subtitle: string, columns: Column[]) {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: OVERVIEW_HEADER_ROW }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.getCell(1, 1).value = title;
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.getCell(2, 1).value = subtitle;
  sheet.getCell(2, 1).font = { italic: true, color: { argb: 'FF595959' } };
  const header = sheet.getRow(OVERVIEW_HEADER_ROW);
  columns.forEach((column, index) => {
    const sheetColumn = sheet.getColumn(index + 1);
    sheetColumn.width = column.width;
    if (column.kind === 'money') sheetColumn.numFmt = DKK_FORMAT;
    if (column.kind === 'date') sheetColumn.numFmt = DATE_FORMAT;
    const cell = header.getCell(index + 1);
    cell.value = column.header;
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle', wrapText: true };
  });
  header.height = 30;
  return sheet;
}

function finishTable(sheet: ExcelJS.Worksheet, columnCount: number, lastRow = sheet.rowCount): void {
  sheet.autoFilter = {
    from: { row: OVERVIEW_HEADER_ROW, column: 1 },
    to: { row: Math.max(lastRow, OVERVIEW_HEADER_ROW), column: columnCount },
  };
}

function styleTotal(row: ExcelJS.Row, columnCount: number): void {
  for (let c = 1; c <= columnCount; c++) {
    const cell = row.getCell(c);
    cell.font = { bold: true };
    cell.fill = TOTAL_FILL;
  }
}

interface Group {
  id: string;
  name: string;
  adult?: boolean;
  members: Initiative[];
}

function groups(
  items: readonly ReferenceItem[],
  initiatives: readonly Initiative[],
  keys: (i: Initiative) => readonly string[],
  otherName: string,
): Group[] {
  const byId = new Map<string, Group>(items.map((item) => [item.id, { id: item.id, name: item.name, members: [] }]));
  const other: Group = { id: '', name: otherName, members: [] };
  for (const initiative of initiatives) {
    const ids = keys(initiative);
    if (ids.length === 0) other.members.push(initiative);
    for (const id of ids) (byId.get(id) ?? other).members.push(initiative);
  }
  return [...byId.values(), other].filter((g) => g.members.length > 0);
}

function addGroupedSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  title: string,
  subtitle: string,
  columns: Column[],
  list: Group[],
  row: (group: string, initiative: Initiative, g: Group) => ExcelJS.CellValue[],
): void {
  const sheet = addSheet(workbook, name, title, subtitle, columns);
  const money = columns.findIndex((c) => c.kind === 'money') + 1;
  const moneyLetter = sheet.getColumn(money).letter;
  let firstData = OVERVIEW_HEADER_ROW + 1;
  for (const group of list) {
    const start = sheet.rowCount + 1;
    for (const initiative of group.members) sheet.addRow(row(cellText(group.name), initiative, group));
    const end = sheet.rowCount;
    const sum = group.members.reduce((s, i) => s + (i.annualBudgetDkk ?? 0), 0);
    const subtotal = sheet.addRow([`I alt ${cellText(group.name)}`, `${group.members.length} indsatser`]);
    // SUBTOTAL skips other SUBTOTALs, so the grand total below counts every row once.
    subtotal.getCell(money).value = { formula: `SUBTOTAL(9,${moneyLetter}${start}:${moneyLetter}${end})`, result: sum };
    styleTotal(subtotal, columns.length);
    firstData = Math.min(firstData, start);
  }
  const last = sheet.rowCount;
  const grand = sheet.addRow(['I alt']);
  const grandSum = list.reduce((s, g) => s + g.members.reduce((t, i) => t + (i.annualBudgetDkk ?? 0), 0), 0);
  grand.getCell(money).value = {
    formula: `SUBTOTAL(9,${moneyLetter}${firstData}:${moneyLetter}${Math.max(last, firstData)})`,
    result: grandSum,
  };
  styleTotal(grand, columns.length);
  finishTable(sheet, columns.length, last);
}

function latestStatusByInitiative(entries: readonly FollowupEntry[]): Map<string, FollowupEntry> {
  const latest = new Map<string, FollowupEntry>();
  for (const entry of entries) {
    const current = latest.get(entry.initiativeId);
    if (!current || entry.period > current.period) latest.set(entry.initiativeId, entry);
  }
  return latest;
}
