import { eachDay } from '../../shared/calendar/days';
import { hoursInRange, planDays } from '../../shared/calendar/staffing-plan';
import { EXPORT_LABELS } from '../../shared/calendar-export/labels';
import { staffingWorkbook } from '../../shared/calendar-export/staffing-workbook';
import { staffingCalendar } from '../../shared/calendar-export/timeline-export';
import type { Absence, StaffMember } from '../../shared/domain/staff';

/** A large centre: 60 seconded staff over a year with 600 absences; what a month view, a year plan and the exports cost. */
export default async function (report: (line: string) => void): Promise<void> {
  const departments = ['ØKF', 'BUF', 'KFF', 'SUF', 'SOF', 'TMF', 'BIF'];
  const staff: StaffMember[] = Array.from({ length: 60 }, (_, i) => ({
    id: `s${i}`,
    name: `Medarbejder ${i}`,
    department: departments[i % departments.length] ?? 'ØKF',
    role: '',
    hoursPerWeek: i === 0 ? 10 : 14.8,
    fixedDays: i % 5 === 0 ? [1, 2, 3, 4, 5] : [2, 3],
    secondmentStart: '2010-01-01',
    secondmentEnd: '',
    email: '',
    phone: '',
  }));
  const year = eachDay('2010-01-01', '2010-12-31');
  const absences: Absence[] = Array.from({ length: 600 }, (_, i) => {
    const from = year[(i * 37) % 350] ?? '2010-01-04';
    return { id: `a${i}`, staffId: `s${i % 60}`, kind: 'holiday', from, to: from, swapTo: '', note: '' };
  });

  const time = async (label: string, run: () => unknown | Promise<unknown>) => {
    await run();
    const started = performance.now();
    const rounds = 5;
    for (let i = 0; i < rounds; i++) await run();
    report(`${label}: ${((performance.now() - started) / rounds).toFixed(1)} ms`);
  };
  await time('month view (35 days)', () => planDays(year.slice(0, 35), staff, absences, 12));
  await time('year plan (365 days)', () => planDays(year, staff, absences, 12));
  await time('hours for a year', () => hoursInRange('2010-01-01', '2010-12-31', staff, absences));
  const labels = EXPORT_LABELS.da;
  await time('Excel, 12 month sheets', () =>
    staffingWorkbook({
      from: '2010-01-01',
      to: '2010-12-31',
      staff,
      absences,
      deskCount: 12,
      departmentName: (d) => d,
      labels,
    }),
  );
  await time('.ics for the centre, a year', () =>
    staffingCalendar({ from: '2010-01-01', to: '2010-12-31', staff, absences, deskCount: 12, labels }),
  );
}
