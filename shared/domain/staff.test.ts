import { describe, expect, it } from 'vitest';
import { MilestoneFieldsSchema, timelineState } from './milestone';
import { AbsenceFieldsSchema, StaffFieldsSchema } from './staff';

describe('staff and milestone schemas', () => {
  it('gives a new staff member Tuesday and Wednesday at the centre', () => {
    const staff = StaffFieldsSchema.parse({ name: 'Anne Holm', department: 'SOF', hoursPerWeek: 14.8 });
    expect(staff.fixedDays).toEqual([2, 3]);
  });

  it('refuses an empty name, a negative week and a secondment that ends before it starts', () => {
    const result = StaffFieldsSchema.safeParse({
      name: ' ',
      department: 'SOF',
      hoursPerWeek: -1,
      secondmentStart: '2010-03-01',
      secondmentEnd: '2010-02-01',
    });
    expect(result.error?.issues.map((i) => i.message).sort()).toEqual([
      'validation.hoursInvalid',
      'validation.nameRequired',
      'validation.periodOrder',
    ]);
    const order = StaffFieldsSchema.safeParse({
      name: 'A',
      department: 'SOF',
      hoursPerWeek: 1,
      secondmentStart: '2010-03-01',
      secondmentEnd: '2010-02-01',
    });
    expect(order.error?.issues[0]?.message).toBe('validation.periodOrder');
  });

  it('needs the day worked instead for a swapped day', () => {
    const swap = AbsenceFieldsSchema.safeParse({ staffId: 's', kind: 'swap', from: '2010-03-09', to: '2010-03-09' });
    expect(swap.error?.issues[0]?.message).toBe('validation.swapToRequired');
  });

  it('keeps a period milestone in order', () => {
    const hearing = MilestoneFieldsSchema.safeParse({
      title: 'Høring',
      kind: 'hearing',
      date: '2010-03-01',
      endDate: '2010-02-08',
    });
    expect(hearing.error?.issues[0]?.message).toBe('validation.periodOrder');
  });

  it('tells what is late and what is next on the timeline', () => {
    const m = (id: string, date: string, endDate = '', status: 'planned' | 'done' = 'planned') => ({
      id,
      date,
      endDate,
      status,
    });
    const milestones = [
      m('briefing', '2010-02-02', '', 'done'),
      m('hearing', '2010-02-08', '2010-03-01'),
      m('drafting', '2010-03-01', '2010-03-19'),
      m('committee', '2010-04-13'),
    ];
    const state = timelineState(milestones, '2010-03-05');
    expect([...state.late]).toEqual(['hearing']);
    expect(state.next?.id).toBe('committee');
    expect(timelineState(milestones, '2010-05-01').next).toBeUndefined();
  });
});
