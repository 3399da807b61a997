import { format } from 'date-fns';
import ExcelJS from 'exceljs';
import { type Day, eachDay, isoWeek, monthOf, monthRange, noonOf, yearOf } from '../calendar/days';
import { type DayPlan, hoursInRange, planDays } from '../calendar/staffing-plan';
import type { Absence, StaffMember } from '../domain/staff';
import type { ExportLabels } from './labels';

export interface StaffingExportInput {
  from: Day;
  to: Day;
  staff: StaffMember[];
  absences: Absence[];
  deskCount: number;
  departmentName: (id: string) => string;
  labels: ExportLabels;
}

const FILL = {
  header: 'FFD9E2F3',
  off: 'FFD9D9D9',
  present: 'FFC6EFCE',
  away: 'FFFFEB9C',
  over: 'FFFFC7CE',
} as const;

function fill(cell: ExcelJS.Cell, argb: string): void {
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

/** The month names as sheet names ("Marts 2010"); Excel allows 31 characters and no "/". */
function sheetName(day: Day, labels: ExportLabels): string {
  const name = format(noonOf(day), 'LLLL yyyy', { locale: labels.locale });
  return (name.charAt(0).toUpperCase() + name.slice(1)).slice(0, 31);
}

function cellCode(plan: DayPlan, staffId: string, labels: ExportLabels): { code: string; present: boolean } | null {
  const expected = plan.expected.find((e) => e.staffId === staffId);
  if (expected) return { code: labels.codes[expected.reason], present: true };
  const away = plan.away.find((a) => a.staffId === staffId);
  if (!away) return null;
  const key = away.kind === 'holiday-closed' ? 'closed' : away.kind === 'swap' ? 'swapAway' : away.kind;
  return key === 'extraDay' ? null : { code: labels.codes[key], present: false };
}

/** The staffing plan as a formatted workbook, one sheet per month, each day a column. */
export async function staffingWorkbook(input: StaffingExportInput): Promise<Uint8Array> {
  const { labels } = input;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sikker By Desk';
  const staff = [...input.staff].sort(
    (a, b) => a.department.localeCompare(b.department) || a.name.localeCompare(b.name, 'da'),
  );
  let monthStart = monthRange(yearOf(input.from), monthOf(input.from)).from;
  while (monthStart <= input.to) {
    const month = monthRange(yearOf(monthStart), monthOf(monthStart));
    // ISO day strings order as dates: the later of the two starts, the earlier of the two ends.
    const from = [month.from, input.from].sort()[1] ?? month.from;
    const to = [month.to, input.to].sort()[0] ?? month.to;
    writeMonth(workbook, sheetName(month.from, labels), from, to, staff, input);
    monthStart = monthRange(yearOf(monthStart), monthOf(monthStart) + 1).from;
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function writeMonth(
  workbook: ExcelJS.Workbook,
  name: string,
  from: Day,
  to: Day,
  staff: StaffMember[],
  input: StaffingExportInput,
): void {
  const { labels } = input;
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 2, ySplit: 4 }] });
  const days = eachDay(from, to);
  const plans = planDays(days, staff, input.absences, input.deskCount);
  const hours = hoursInRange(from, to, staff, input.absences);
  const firstDayCol = 3;
  const hoursCol = firstDayCol + days.length;

  sheet.getCell(1, 1).value = `${labels.staffingTitle} – ${name}`;
  sheet.getCell(1, 1).font = { bold: true, size: 14 };

  const weekRow = sheet.getRow(2);
  const holidayRow = sheet.getRow(3);
  const header = sheet.getRow(4);
  weekRow.getCell(1).value = labels.week;
  header.getCell(1).value = labels.staff;
  header.getCell(2).value = labels.department;
  header.getCell(hoursCol).value = labels.plannedHours;
  header.getCell(hoursCol + 1).value = labels.agreedHours;
  plans.forEach((plan, i) => {
    const col = firstDayCol + i;
    if (plan.weekday === 1 || i === 0) weekRow.getCell(col).value = `${labels.week} ${isoWeek(plan.date).week}`;
    if (plan.holiday) holidayRow.getCell(col).value = plan.holiday.name;
    holidayRow.getCell(col).alignment = { textRotation: 90, vertical: 'bottom' };
    header.getCell(col).value = format(noonOf(plan.date), 'EEEEEE d.', { locale: labels.locale });
    header.getCell(col).alignment = { horizontal: 'center' };
  });
  header.font = { bold: true };
  weekRow.font = { bold: true };
  for (let col = 1; col <= hoursCol + 1; col++) fill(header.getCell(col), FILL.header);
  holidayRow.height = 70;

  staff.forEach((person, index) => {
    const row = sheet.getRow(5 + index);
    row.getCell(1).value = person.name;
    row.getCell(2).value = input.departmentName(person.department);
    plans.forEach((plan, i) => {
      const cell = row.getCell(firstDayCol + i);
      const code = cellCode(plan, person.id, labels);
      if (code) cell.value = code.code;
      cell.alignment = { horizontal: 'center' };
      if (code?.present) fill(cell, FILL.present);
      else if (code) fill(cell, FILL.away);
      else if (plan.dayOff) fill(cell, FILL.off);
    });
    const summary = hours.find((h) => h.staffId === person.id);
    row.getCell(hoursCol).value = summary?.planned ?? 0;
    row.getCell(hoursCol + 1).value = summary?.agreed ?? 0;
    row.getCell(hoursCol).numFmt = '0.0';
    row.getCell(hoursCol + 1).numFmt = '0.0';
  });

  const totalRow = sheet.getRow(5 + staff.length);
  const deskRow = sheet.getRow(6 + staff.length);
  const emptyRow = sheet.getRow(7 + staff.length);
  totalRow.getCell(1).value = labels.total;
  deskRow.getCell(1).value = labels.desks;
  emptyRow.getCell(1).value = labels.departmentsWithNobody;
  totalRow.font = { bold: true };
  plans.forEach((plan, i) => {
    const col = firstDayCol + i;
    const total = totalRow.getCell(col);
    total.value = plan.expected.length;
    total.alignment = { horizontal: 'center' };
    if (plan.overCapacity) fill(total, FILL.over);
    else if (plan.dayOff) fill(total, FILL.off);
    deskRow.getCell(col).value = input.deskCount;
    deskRow.getCell(col).alignment = { horizontal: 'center' };
    if (plan.departmentsWithNobody.length > 0) {
      emptyRow.getCell(col).value = plan.departmentsWithNobody.join(', ');
      emptyRow.getCell(col).alignment = { textRotation: 90 };
    }
  });

  const legendRow = 9 + staff.length;
  sheet.getCell(legendRow, 1).value = labels.legend;
  sheet.getCell(legendRow, 1).font = { bold: true };
  Object.entries(labels.codes).forEach(([key, code], i) => {
    sheet.getCell(legendRow + 1 + i, 1).value = code;
    sheet.getCell(legendRow + 1 + i, 2).value = labels.codeNames[key as keyof ExportLabels['codes']];
  });

  sheet.getColumn(1).width = 28;
  sheet.getColumn(2).width = 30;
  for (let i = 0; i < days.length; i++) sheet.getColumn(firstDayCol + i).width = 6;
  sheet.getColumn(hoursCol).width = 15;
  sheet.getColumn(hoursCol + 1).width = 15;
  sheet.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}
