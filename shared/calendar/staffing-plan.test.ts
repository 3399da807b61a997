import { describe, expect, it } from 'vitest';
import type { Absence, StaffMember } from '../domain/staff';
import { eachDay } from './days';
import { deskDays, hoursInRange, hoursPerDay, planDays } from './staffing-plan';

function member(id: string, department: string, patch: Partial<StaffMember> = {}): StaffMember {
  return {
    id,
    name: id,
    department,
    role: '',
    hoursPerWeek: 14.8,
    fixedDays: [2, 3],
    secondmentStart: '2010-02-01',
    secondmentEnd: '',
    email: '',
    phone: '',
    ...patch,
  };
}

const per = member('per', 'ØKF', { hoursPerWeek: 10, fixedDays: [1, 2, 3, 4, 5] });
const anne = member('anne', 'SOF');
const bo = member('bo', 'BUF');
const staff = [per, anne, bo];

function absence(patch: Partial<Absence> & Pick<Absence, 'staffId' | 'kind' | 'from' | 'to'>): Absence {
  return { id: crypto.randomUUID(), swapTo: '', note: '', ...patch };
}

describe('who is at the centre', () => {
  it('plans fixed days and closes on the Easter holidays of 2010', () => {
    const week13 = planDays(eachDay('2010-03-29', '2010-04-04'), staff, [], 8);
    const names = week13.map((d) => d.expected.map((e) => e.staffId).join(','));
    expect(names).toEqual(['per', 'per,anne,bo', 'per,anne,bo', '', '', '', '']);
    expect(week13[3]).toMatchObject({ date: '2010-04-01', dayOff: true, week: 13 });
    expect(week13[3]?.holiday?.name).toBe('Skærtorsdag');
    expect(week13[3]?.away).toEqual([{ staffId: 'per', kind: 'holiday-closed' }]);
    expect(week13.every((d) => d.period?.kind === 'easter')).toBe(true);
  });

  it('takes absences, extra days and swaps into account', () => {
    const absences = [
      absence({ staffId: 'anne', kind: 'illness', from: '2010-03-09', to: '2010-03-09' }),
      absence({ staffId: 'bo', kind: 'extraDay', from: '2010-03-11', to: '2010-03-11' }),
      absence({ staffId: 'bo', kind: 'swap', from: '2010-03-10', to: '2010-03-10', swapTo: '2010-03-12' }),
    ];
    const week = planDays(eachDay('2010-03-08', '2010-03-12'), staff, absences, 8);
    expect(week.map((d) => d.expected.map((e) => `${e.staffId}:${e.reason}`).join(','))).toEqual([
      'per:fixed',
      'per:fixed,bo:fixed',
      'per:fixed,anne:fixed',
      'per:fixed,bo:extraDay',
      'per:fixed,bo:swap',
    ]);
    expect(week[1]?.away).toEqual([{ staffId: 'anne', kind: 'illness' }]);
    expect(week[1]?.departmentsWithNobody).toEqual(['SOF']);
    expect(week[2]?.departmentsWithNobody).toEqual(['BUF']);
    // Thursday is no department's usual day apart from Per's.
    expect(week[3]?.departmentsWithNobody).toEqual([]);
  });

  it('reports days with more people than desks', () => {
    const crowd = Array.from({ length: 5 }, (_, i) => member(`m${i}`, 'TMF'));
    const [tuesday] = planDays(['2010-03-09'], [...staff, ...crowd], [], 7);
    expect(tuesday?.expected).toHaveLength(8);
    expect(tuesday?.overCapacity).toBe(true);
    expect(planDays(['2010-03-09'], staff, [], 3)[0]?.overCapacity).toBe(false);
  });

  it('ignores people outside their secondment', () => {
    const late = member('late', 'KFF', { secondmentStart: '2010-03-10', secondmentEnd: '2010-03-31' });
    const plans = planDays(['2010-03-09', '2010-03-10', '2010-04-06'], [late], [], 8);
    expect(plans.map((p) => p.expected.length)).toEqual([0, 1, 0]);
    expect(deskDays(plans)).toBe(1);
  });
});

describe('hours planned against hours agreed', () => {
  it('gives the 10-hour head two hours a day and counts Easter as lost hours', () => {
    expect(hoursPerDay(per)).toBe(2);
    expect(hoursPerDay(anne)).toBe(7.4);
    const ordinary = hoursInRange('2010-03-08', '2010-03-14', staff, []);
    expect(ordinary).toEqual([
      { staffId: 'per', planned: 10, agreed: 10 },
      { staffId: 'anne', planned: 14.8, agreed: 14.8 },
      { staffId: 'bo', planned: 14.8, agreed: 14.8 },
    ]);
    const easter = hoursInRange('2010-03-29', '2010-04-04', staff, []);
    expect(easter[0]).toEqual({ staffId: 'per', planned: 6, agreed: 10 });
  });

  it('subtracts a holiday and adds an extra day', () => {
    const absences = [
      absence({ staffId: 'anne', kind: 'holiday', from: '2010-03-01', to: '2010-03-07' }),
      absence({ staffId: 'bo', kind: 'extraDay', from: '2010-03-04', to: '2010-03-05' }),
    ];
    const [, anneHours, boHours] = hoursInRange('2010-03-01', '2010-03-07', staff, absences);
    expect(anneHours).toEqual({ staffId: 'anne', planned: 0, agreed: 14.8 });
    expect(boHours).toEqual({ staffId: 'bo', planned: 29.6, agreed: 14.8 });
  });

  it('pro-rates the agreed hours at the start of a secondment', () => {
    const starter = member('new', 'BIF', { hoursPerWeek: 14, secondmentStart: '2010-03-11' });
    expect(hoursInRange('2010-03-08', '2010-03-14', [starter], [])).toEqual([
      { staffId: 'new', planned: 0, agreed: 8 },
    ]);
  });
});
