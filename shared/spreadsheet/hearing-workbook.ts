import ExcelJS from 'exceljs';
import { INITIATIVE_FIELDS, type Initiative, type InitiativeField, type IsoDate } from '../domain/initiative';
import type { ReferenceItem } from '../domain/reference-lists';
import {
  cellText,
  DATE_FORMAT,
  DKK_FORMAT,
  EVIDENCE_LABELS,
  excelDate,
  FIELD_HEADERS,
  longDate,
  PREVENTION_LABELS,
  ReferenceNames,
  type SheetLanguage,
  YES_NO,
} from './labels';

/** ExcelJS validates ranges ("B4:B200") but its type declarations omit the collection. */
type ValidatedSheet = ExcelJS.Worksheet & {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
};

export interface HearingWorkbookInput {
  /** Department code (reference id). */
  department: string;
  initiatives: readonly Initiative[];
  referenceItems: readonly ReferenceItem[];
  deadline: IsoDate;
  language: SheetLanguage;
}

export const HEARING_SHEET = { da: 'Indsatser', en: 'Initiatives' } as const;
const INSTRUCTIONS_SHEET = { da: 'Vejledning', en: 'Instructions' } as const;
const LISTS_SHEET = 'Lister';
/** Rows prepared (formats, drop-downs) below the pre-filled ones for new initiatives. */
export const HEARING_SPARE_ROWS = 200;
export const HEARING_HEADER_ROW = 3;

const COLUMNS: readonly (InitiativeField | 'id')[] = ['id', ...INITIATIVE_FIELDS];
const WIDTHS: Partial<Record<InitiativeField | 'id', number>> = {
  id: 12,
  title: 40,
  department: 16,
  description: 50,
  focusAreas: 30,
  targetGroups: 30,
  districts: 28,
  hotspot: 10,
  preventionLevel: 18,
  partners: 30,
  startDate: 13,
  endDate: 13,
  annualBudgetDkk: 18,
  status: 14,
  successCriteria: 40,
  evaluation: 30,
  notes: 40,
};

/** Reference list behind each drop-down; `multi` lists allow several values separated by comma. */
const LISTS: { field: InitiativeField; kind?: ReferenceItem['kind']; multi: boolean }[] = [
  { field: 'department', kind: 'department', multi: false },
  { field: 'focusAreas', kind: 'focusArea', multi: true },
  { field: 'targetGroups', kind: 'targetGroup', multi: true },
  { field: 'districts', kind: 'district', multi: true },
  { field: 'partners', kind: 'partner', multi: true },
  { field: 'status', kind: 'status', multi: false },
  { field: 'hotspot', multi: false },
  { field: 'preventionLevel', multi: false },
  { field: 'evidenceLevel', multi: false },
];

const INSTRUCTIONS: Record<SheetLanguage, (department: string, deadline: string, sheet: string) => string[]> = {
  da: (department, deadline, sheet) => [
    `Forvaltning: ${department}`,
    `Frist for svar: ${deadline}`,
    '',
    `1. Gå til fanen "${sheet}". Her står forvaltningens indsatser, som Center for Sikker By kender dem.`,
    '2. Ret oplysningerne, hvor de ikke passer, og udfyld de tomme felter.',
    '3. Tilføj nye indsatser i de tomme rækker under de udfyldte.',
    '4. Vælg værdier i rullemenuerne. Flere værdier i samme celle adskilles med komma, fx "Nørrebro, Valby".',
    '5. Datoer skrives som dd-mm-åååå (fx 01-03-2010). Budgettet er det årlige beløb i hele kroner.',
    '6. Slet ikke rækker for indsatser, der er stoppet: sæt Status til "Afsluttet" og skriv en bemærkning.',
    '7. Kolonne A er skjult og låst. Den bruges til at genkende indsatserne, når arket kommer retur.',
    `8. Send arket retur til Center for Sikker By senest ${deadline}.`,
  ],
  en: (department, deadline, sheet) => [
    `Department: ${department}`,
    `Reply by: ${deadline}`,
    '',
    `1. Open the "${sheet}" sheet. It lists the department's initiatives as the Center for Safe City knows them.`,
    '2. Correct what is wrong and fill in the empty cells.',
    '3. Add new initiatives in the empty rows below the filled ones.',
    '4. Choose values from the drop-downs. Separate several values in one cell with commas, e.g. "Nørrebro, Valby".',
    '5. Write dates as dd-mm-yyyy (e.g. 01-03-2010). The budget is the annual amount in whole kroner.',
    '6. Do not delete rows of initiatives that have stopped: set Status to "Completed" and add a note.',
    '7. Column A is hidden and locked. It identifies the initiatives when the sheet comes back.',
    `8. Return the sheet to the Center for Safe City by ${deadline}.`,
  ],
};

/**
 * The spreadsheet a department fills in during the hearing: instructions,
 * its initiatives pre-filled, a hidden locked id column for matching the
 * reply, drop-downs from the reference lists and room for new rows.
 */
export async function buildHearingWorkbook(input: HearingWorkbookInput): Promise<Uint8Array> {
  const { language } = input;
  const names = new ReferenceNames(input.referenceItems, language);
  const headers = FIELD_HEADERS[language];
  const departmentName = names.name('department', input.department);
  const deadline = longDate(input.deadline, language);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sikker By Desk';
  workbook.created = new Date();

  const instructions = workbook.addWorksheet(INSTRUCTIONS_SHEET[language], {
    properties: { tabColor: { argb: 'FF1F4E79' } },
  });
  instructions.getColumn(1).width = 110;
  const heading = instructions.addRow([
    language === 'da'
      ? 'Høring om kriminalitetsforebyggende indsatser 2010'
      : 'Hearing on crime prevention initiatives 2010',
  ]);
  heading.font = { bold: true, size: 16 };
  instructions.addRow([]);
  for (const line of INSTRUCTIONS[language](cellText(departmentName), deadline, HEARING_SHEET[language])) {
    instructions.addRow([line]).alignment = { wrapText: true, vertical: 'top' };
  }
  instructions.addRow([]);
  instructions.addRow([language === 'da' ? 'Kolonnerne' : 'The columns']).font = { bold: true };
  for (const field of INITIATIVE_FIELDS) instructions.addRow([`${headers[field]}: ${COLUMN_HELP[language][field]}`]);

  const lists = workbook.addWorksheet(LISTS_SHEET, { state: 'veryHidden' });
  const listRanges = new Map<InitiativeField, string>();
  LISTS.forEach((list, index) => {
    const values = listValues(list.field, list.kind, names, language);
    const column = index + 1;
    lists.getCell(1, column).value = headers[list.field];
    values.forEach((value, row) => {
      lists.getCell(row + 2, column).value = cellText(value);
    });
    const letter = lists.getColumn(column).letter;
    listRanges.set(list.field, `${LISTS_SHEET}!$${letter}$2:$${letter}$${Math.max(2, values.length + 1)}`);
  });

  const sheet = workbook.addWorksheet(HEARING_SHEET[language], {
    views: [{ state: 'frozen', xSplit: 2, ySplit: HEARING_HEADER_ROW, activeCell: 'B4' }],
  }) as ValidatedSheet;
  const title = sheet.getCell(1, 2);
  title.value = `${cellText(departmentName)} – ${language === 'da' ? 'svarfrist' : 'reply by'} ${deadline}`;
  title.font = { bold: true, size: 14 };
  const header = sheet.getRow(HEARING_HEADER_ROW);
  COLUMNS.forEach((field, index) => {
    const column = sheet.getColumn(index + 1);
    column.width = WIDTHS[field] ?? 22;
    if (field !== 'id') column.protection = { locked: false };
    if (field === 'annualBudgetDkk') column.numFmt = DKK_FORMAT;
    if (field === 'startDate' || field === 'endDate') column.numFmt = DATE_FORMAT;
    if (field === 'description' || field === 'successCriteria' || field === 'notes') {
      column.alignment = { wrapText: true, vertical: 'top' };
    }
    const cell = header.getCell(index + 1);
    cell.value = headers[field];
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
    cell.alignment = { vertical: 'middle', wrapText: true };
  });
  header.height = 30;
  sheet.getColumn(1).hidden = true;

  const rows = input.initiatives.filter((i) => !i._deleted && i.department === input.department);
  rows.forEach((initiative, index) => {
    const row = sheet.getRow(HEARING_HEADER_ROW + 1 + index);
    COLUMNS.forEach((field, c) => {
      const cell = row.getCell(c + 1);
      cell.value = field === 'id' ? initiative.id : hearingValue(initiative, field, names, language);
      if (field !== 'id') cell.protection = { locked: false };
    });
  });

  const lastRow = HEARING_HEADER_ROW + rows.length + HEARING_SPARE_ROWS;
  const first = HEARING_HEADER_ROW + 1;
  for (const list of LISTS) {
    const letter = sheet.getColumn(COLUMNS.indexOf(list.field) + 1).letter;
    const range = listRanges.get(list.field);
    if (!range) continue;
    sheet.dataValidations.add(`${letter}${first}:${letter}${lastRow}`, {
      type: 'list',
      allowBlank: true,
      formulae: [range],
      showErrorMessage: true,
      // Several values in one cell cannot pass a list check: warn, but let them through.
      errorStyle: list.multi ? 'warning' : 'stop',
      errorTitle: language === 'da' ? 'Ukendt værdi' : 'Unknown value',
      error:
        language === 'da'
          ? 'Vælg en værdi fra listen. Flere værdier adskilles med komma.'
          : 'Choose a value from the list. Separate several values with commas.',
    });
  }
  for (const field of ['startDate', 'endDate'] as const) {
    const letter = sheet.getColumn(COLUMNS.indexOf(field) + 1).letter;
    sheet.dataValidations.add(`${letter}${first}:${letter}${lastRow}`, {
      type: 'date',
      operator: 'between',
      allowBlank: true,
      formulae: [new Date(Date.UTC(1990, 0, 1)), new Date(Date.UTC(2100, 11, 31))],
      showErrorMessage: true,
      errorStyle: 'warning',
      error: language === 'da' ? 'Skriv datoen som dd-mm-åååå.' : 'Write the date as dd-mm-yyyy.',
    });
  }
  const budget = sheet.getColumn(COLUMNS.indexOf('annualBudgetDkk') + 1).letter;
  sheet.dataValidations.add(`${budget}${first}:${budget}${lastRow}`, {
    type: 'decimal',
    operator: 'greaterThanOrEqual',
    allowBlank: true,
    formulae: [0],
    showErrorMessage: true,
    errorStyle: 'warning',
    error: language === 'da' ? 'Skriv det årlige beløb i kroner.' : 'Write the annual amount in kroner.',
  });
  sheet.autoFilter = {
    from: { row: HEARING_HEADER_ROW, column: 2 },
    to: { row: HEARING_HEADER_ROW, column: COLUMNS.length },
  };
  // No password: the lock guards against accidents, not against a determined colleague.
  await sheet.protect('', {
    selectLockedCells: false,
    selectUnlockedCells: true,
    formatCells: true,
    formatRows: true,
    formatColumns: false,
    insertRows: true,
    insertColumns: false,
    deleteRows: true,
    sort: true,
    autoFilter: true,
  });
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 2, visibility: 'visible' }];
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function listValues(
  field: InitiativeField,
  kind: ReferenceItem['kind'] | undefined,
  names: ReferenceNames,
  language: SheetLanguage,
): string[] {
  if (kind) return names.ofKind(kind).map((item) => names.name(kind, item.id));
  if (field === 'hotspot') return [...YES_NO[language]];
  if (field === 'preventionLevel') return Object.values(PREVENTION_LABELS[language]);
  return Object.values(EVIDENCE_LABELS[language]);
}

/** A field of an initiative as the hearing sheet shows it (reference names, Ja/Nej, dates, numbers). */
export function hearingValue(
  initiative: Initiative,
  field: InitiativeField,
  names: ReferenceNames,
  language: SheetLanguage,
): ExcelJS.CellValue {
  switch (field) {
    case 'department':
      return names.name('department', initiative.department);
    case 'status':
      return names.name('status', initiative.status);
    case 'focusAreas':
      return names.list('focusArea', initiative.focusAreas);
    case 'targetGroups':
      return names.list('targetGroup', initiative.targetGroups);
    case 'districts':
      return names.list('district', initiative.districts);
    case 'partners':
      return names.list('partner', initiative.partners);
    case 'hotspot':
      return YES_NO[language][initiative.hotspot ? 0 : 1];
    case 'preventionLevel':
      return initiative.preventionLevel ? PREVENTION_LABELS[language][initiative.preventionLevel] : null;
    case 'evidenceLevel':
      return initiative.evidenceLevel ? EVIDENCE_LABELS[language][initiative.evidenceLevel] : null;
    case 'startDate':
    case 'endDate':
      return excelDate(initiative[field]);
    case 'annualBudgetDkk':
      return initiative.annualBudgetDkk;
    default:
      return cellText(String(initiative[field] ?? ''));
  }
}

const COLUMN_HELP: Record<SheetLanguage, Record<InitiativeField, string>> = {
  da: {
    title: 'indsatsens navn (skal udfyldes)',
    department: 'den ansvarlige forvaltning',
    description: 'kort beskrivelse af indsatsen',
    focusAreas: 'et eller flere fokusområder fra listen',
    targetGroups: 'en eller flere målgrupper; 18+ er unge voksne, voksne, bandemedlemmer m.fl.',
    districts: 'en eller flere bydele, eller "Hele kommunen"',
    hotspot: 'Ja, hvis indsatsen er en del af Hotspot',
    preventionLevel: 'primær (alle), sekundær (risikogrupper) eller tertiær (allerede kriminelle)',
    partners: 'samarbejdspartnere fra listen',
    startDate: 'hvornår indsatsen startede',
    endDate: 'hvornår indsatsen slutter (tom, hvis den er varig)',
    annualBudgetDkk: 'årligt budget i kroner',
    fundingSource: 'hvor pengene kommer fra, fx egen ramme eller satspulje',
    status: 'Planlagt, I gang, Sat i bero eller Afsluttet',
    successCriteria: 'hvad der skal til, før indsatsen er en succes',
    evidenceLevel: 'Dokumenteret, Lovende eller Ikke evalueret',
    evaluation: 'evalueringer, der er lavet eller planlagt',
    contact: 'kontaktperson med navn og telefon eller e-mail',
    notes: 'andet, Center for Sikker By bør vide',
  },
  en: {
    title: 'name of the initiative (required)',
    department: 'the responsible department',
    description: 'a short description',
    focusAreas: 'one or more focus areas from the list',
    targetGroups: 'one or more target groups; 18+ are young adults, adults, gang members etc.',
    districts: 'one or more districts, or "Whole municipality"',
    hotspot: 'Yes if the initiative is part of Hotspot',
    preventionLevel: 'primary (everyone), secondary (groups at risk) or tertiary (already involved)',
    partners: 'partners from the list',
    startDate: 'when the initiative started',
    endDate: 'when it ends (empty if permanent)',
    annualBudgetDkk: 'annual budget in kroner',
    fundingSource: 'where the money comes from',
    status: 'Planned, Active, Paused or Completed',
    successCriteria: 'what makes the initiative a success',
    evidenceLevel: 'Documented, Promising or Not evaluated',
    evaluation: 'evaluations made or planned',
    contact: 'contact person with phone or e-mail',
    notes: 'anything else the Center should know',
  },
};
