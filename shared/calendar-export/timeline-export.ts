import { format } from 'date-fns';
import ExcelJS from 'exceljs';
import { createEvents, type EventAttributes } from 'ics';
import { addDays, type Day, isoWeek, noonOf } from '../calendar/days';
import { flagDate, isFlagged } from '../calendar/holidays';
import { type DayPlan, planDays } from '../calendar/staffing-plan';
import type { Milestone } from '../domain/milestone';
import type { Absence, StaffMember } from '../domain/staff';
import type { ExportLabels } from './labels';

const PRODUCT_ID = '-//Center for Sikker By//Sikker By Desk//DA';

/** Why a date needs another look, in words ("Skærtorsdag, påskeferie"); empty when fine. */
export function flagText(day: Day, labels: ExportLabels): string {
  const flags = flagDate(day);
  if (!isFlagged(flags)) return '';
  const parts: string[] = [];
  if (flags.weekend) parts.push(labels.weekend);
  if (flags.holiday) parts.push(labels.locale.code === 'da' ? flags.holiday.name : flags.holiday.nameEn);
  if (flags.period) parts.push(labels.periods[flags.period.kind]);
  return parts.join(', ');
}

function dateArray(day: Day): [number, number, number] {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

function danishDate(day: Day, labels: ExportLabels): string {
  return format(noonOf(day), 'dd-MM-yyyy', { locale: labels.locale });
}

/** The process timeline as one formatted sheet, flags and suggested working days included. */
export async function timelineWorkbook(
  milestones: Milestone[],
  ownerName: (id: string) => string,
  labels: ExportLabels,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sikker By Desk';
  const sheet = workbook.addWorksheet(labels.timelineTitle, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: labels.title, key: 'title', width: 40 },
    { header: labels.kind, key: 'kind', width: 16 },
    { header: labels.from, key: 'from', width: 12 },
    { header: labels.to, key: 'to', width: 12 },
    { header: labels.week, key: 'week', width: 8 },
    { header: labels.status, key: 'status', width: 12 },
    { header: labels.owner, key: 'owner', width: 22 },
    { header: labels.flag, key: 'flag', width: 30 },
    { header: labels.suggestion, key: 'suggestion', width: 20 },
    { header: labels.notes, key: 'notes', width: 40 },
    { header: labels.documents, key: 'documents', width: 40 },
  ];
  const sorted = [...milestones].sort((a, b) => a.date.localeCompare(b.date));
  for (const m of sorted) {
    const flagged = m.endDate ? m.endDate : m.date;
    const suggestion = flagDate(flagged).suggestion;
    const row = sheet.addRow({
      title: m.title,
      kind: labels.kinds[m.kind],
      from: danishDate(m.date, labels),
      to: m.endDate ? danishDate(m.endDate, labels) : '',
      week: isoWeek(m.date).week,
      status: labels.statuses[m.status],
      owner: m.ownerId ? ownerName(m.ownerId) : '',
      flag: flagText(flagged, labels),
      suggestion: suggestion ? danishDate(suggestion, labels) : '',
      notes: m.notes,
      documents: m.documents.map((d) => (d.reference ? `${d.title} (${d.reference})` : d.title)).join('\n'),
    });
    row.alignment = { vertical: 'top', wrapText: true };
    if (suggestion) {
      row.getCell('flag').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
    }
  }
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
  sheet.autoFilter = { from: 'A1', to: 'K1' };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function calendarText(events: EventAttributes[], calName: string): string {
  const { error, value } = createEvents(events, { productId: PRODUCT_ID, calName });
  if (error || !value) throw error ?? new Error('No calendar written');
  return value;
}

/** Milestones as all-day events (periods span their days); uids are stable so a re-import updates. */
export function timelineCalendar(milestones: Milestone[], labels: ExportLabels): string {
  const events = milestones.map(
    (m): EventAttributes => ({
      uid: `milestone-${m.id}@sikker-by-desk`,
      title: `${labels.kinds[m.kind]}: ${m.title}`,
      description: [m.notes, flagText(m.endDate || m.date, labels)].filter(Boolean).join('\n\n'),
      start: dateArray(m.date),
      end: dateArray(addDays(m.endDate || m.date, 1)),
      categories: [labels.kinds[m.kind]],
      status: m.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
      busyStatus: 'FREE',
    }),
  );
  return calendarText(events, labels.timelineTitle);
}

export interface StaffingCalendarInput {
  from: Day;
  to: Day;
  staff: StaffMember[];
  absences: Absence[];
  deskCount: number;
  /** One person's days at the centre; the whole centre when omitted. */
  staffId?: string;
  labels: ExportLabels;
}

/**
 * Days at the centre as all-day events: for one person, each day they are
 * expected; for the centre, each day with the names of who is there.
 */
export function staffingCalendar(input: StaffingCalendarInput): string {
  const { labels } = input;
  const days: Day[] = [];
  for (let d = input.from; d <= input.to; d = addDays(d, 1)) days.push(d);
  const plans: DayPlan[] = planDays(days, input.staff, input.absences, input.deskCount);
  const nameOf = (id: string) => input.staff.find((s) => s.id === id)?.name ?? '';
  const person = input.staffId ? input.staff.find((s) => s.id === input.staffId) : undefined;
  const events: EventAttributes[] = [];
  for (const plan of plans) {
    if (person) {
      if (!plan.expected.some((e) => e.staffId === person.id)) continue;
      events.push({
        uid: `staffing-${person.id}-${plan.date}@sikker-by-desk`,
        title: labels.atCentre,
        start: dateArray(plan.date),
        end: dateArray(addDays(plan.date, 1)),
        busyStatus: 'FREE',
      });
    } else if (plan.expected.length > 0) {
      const names = plan.expected.map((e) => nameOf(e.staffId)).sort((a, b) => a.localeCompare(b, 'da'));
      events.push({
        uid: `staffing-centre-${plan.date}@sikker-by-desk`,
        title: `${labels.atCentre} (${plan.expected.length}/${input.deskCount} ${labels.desks.toLowerCase()})`,
        description: names.join('\n'),
        start: dateArray(plan.date),
        end: dateArray(addDays(plan.date, 1)),
        busyStatus: 'FREE',
      });
    }
  }
  return calendarText(events, person ? labels.atCentreOf(person.name) : labels.atCentre);
}
