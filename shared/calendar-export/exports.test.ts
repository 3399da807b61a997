import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Milestone } from '../domain/milestone';
import type { Absence, StaffMember } from '../domain/staff';
import { EXPORT_LABELS } from './labels';
import { staffingWorkbook } from './staffing-workbook';
import { staffingCalendar, timelineCalendar, timelineWorkbook } from './timeline-export';

const labels = EXPORT_LABELS.da;
const staff: StaffMember[] = [
  {
    id: 'per',
    name: 'Per Larsen',
    department: 'ØKF',
    role: 'Centerchef',
    hoursPerWeek: 10,
    fixedDays: [1, 2, 3, 4, 5],
    secondmentStart: '',
    secondmentEnd: '',
    email: '',
    phone: '',
  },
  {
    id: 'anne',
    name: 'Anne Holm',
    department: 'SOF',
    role: '',
    hoursPerWeek: 14.8,
    fixedDays: [2, 3],
    secondmentStart: '',
    secondmentEnd: '',
    email: '',
    phone: '',
  },
];
const absences: Absence[] = [
  { id: 'a1', staffId: 'anne', kind: 'holiday', from: '2010-04-06', to: '2010-04-07', swapTo: '', note: '' },
];

async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
  return workbook;
}

function row(sheet: ExcelJS.Worksheet, label: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((r) => {
    if (r.getCell(1).value === label) found = r;
  });
  if (!found) throw new Error(`No row ${label}`);
  return found;
}

describe('staffing workbook', () => {
  it('writes one sheet per month with weeks, holidays, codes and hours', async () => {
    const bytes = await staffingWorkbook({
      from: '2010-03-29',
      to: '2010-04-11',
      staff,
      absences,
      deskCount: 1,
      departmentName: (id) => ({ ØKF: 'Økonomiforvaltningen', SOF: 'Socialforvaltningen' })[id] ?? id,
      labels,
    });
    const workbook = await readWorkbook(bytes);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Marts 2010', 'April 2010']);
    const april = workbook.getWorksheet('April 2010');
    if (!april) throw new Error('no April');
    expect(april.getCell(2, 3).value).toBe('Uge 13'); // 1 April, a Thursday
    expect(april.getCell(3, 3).value).toBe('Skærtorsdag');
    expect(april.getCell(4, 3).value).toBe('to 1.');
    const anne = row(april, 'Anne Holm');
    // 6 and 7 April (columns of Tue/Wed after Easter) are holiday.
    expect(anne.getCell(8).value).toBe('F');
    expect(anne.getCell(2).value).toBe('Socialforvaltningen');
    const per = row(april, 'Per Larsen');
    expect([3, 4, 5, 6, 7, 8].map((c) => per.getCell(c).value)).toEqual(['H', 'H', null, null, 'H', 'X']);
    // Hours: Per is in 6–9 April, 2 hours a day, against 11 days × 10/7.
    expect(per.getCell(3 + 11).value).toBe(8);
    expect(per.getCell(3 + 12).value).toBeCloseTo(15.71, 2);
    const march = workbook.getWorksheet('Marts 2010');
    if (!march) throw new Error('no March');
    const total = row(march, 'I alt på centret');
    expect(total.getCell(4).value).toBe(2); // Tuesday 30 March: both, one desk
    const fill = total.getCell(4).fill;
    expect(fill?.type === 'pattern' && fill.fgColor?.argb).toBe('FFFFC7CE');
  });
});

const milestones: Milestone[] = [
  {
    id: 'm1',
    title: 'Indstilling til ØU',
    kind: 'deadline',
    date: '2010-04-01',
    endDate: '',
    status: 'planned',
    ownerId: 'per',
    notes: '',
    documents: [{ title: 'Indstilling', reference: 'J.nr. 2010-123' }],
    processId: '',
  },
  {
    id: 'm2',
    title: 'Høring af forvaltningerne',
    kind: 'hearing',
    date: '2010-02-08',
    endDate: '2010-03-01',
    status: 'done',
    ownerId: '',
    notes: 'Alle syv forvaltninger',
    documents: [],
    processId: '',
  },
];

describe('timeline exports', () => {
  it('writes the timeline with the Maundy Thursday warning and the suggested day', async () => {
    const workbook = await readWorkbook(await timelineWorkbook(milestones, () => 'Per Larsen', labels));
    const sheet = workbook.getWorksheet('Procesplan');
    if (!sheet) throw new Error('no sheet');
    expect(sheet.getRow(2).getCell(1).value).toBe('Høring af forvaltningerne');
    const deadline = sheet.getRow(3);
    expect(deadline.getCell(1).value).toBe('Indstilling til ØU');
    expect(deadline.getCell(2).value).toBe('Frist');
    expect(deadline.getCell(5).value).toBe(13);
    expect(deadline.getCell(7).value).toBe('Per Larsen');
    expect(deadline.getCell(8).value).toBe('Skærtorsdag, påskeferie');
    expect(deadline.getCell(9).value).toBe('06-04-2010');
    expect(deadline.getCell(11).value).toBe('Indstilling (J.nr. 2010-123)');
  });

  it('writes an iCalendar file a real parser reads, periods as all-day spans', () => {
    const text = timelineCalendar(milestones, labels);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toEqual([
      'Frist: Indstilling til ØU',
      'Høringsperiode: Høring af forvaltningerne',
    ]);
    const [deadline, hearing] = events;
    expect(deadline?.startDate.toString()).toBe('2010-04-01');
    expect(deadline?.startDate.isDate).toBe(true);
    expect(deadline?.description).toContain('Skærtorsdag');
    expect(hearing?.endDate.toString()).toBe('2010-03-02');
    expect(deadline?.uid).toBe('milestone-m1@sikker-by-desk');
  });

  it('writes the days at the centre per person and for the whole centre', () => {
    const base = { from: '2010-03-29', to: '2010-04-11', staff, absences, deskCount: 8, labels };
    const parse = (text: string) =>
      new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const anne = parse(staffingCalendar({ ...base, staffId: 'anne' }));
    expect(anne.map((e) => e.startDate.toString())).toEqual(['2010-03-30', '2010-03-31']);
    const centre = parse(staffingCalendar(base));
    expect(centre.map((e) => e.startDate.toString())).toEqual([
      '2010-03-29',
      '2010-03-30',
      '2010-03-31',
      '2010-04-06',
      '2010-04-07',
      '2010-04-08',
      '2010-04-09',
    ]);
    expect(centre[1]?.summary).toBe('På Center for Sikker By (2/8 borde)');
    expect(centre[1]?.description).toBe('Anne Holm\nPer Larsen');
  });
});
