import { describe, expect, it } from 'vitest';
import { MeetingActionFieldsSchema, MeetingFieldsSchema, openActions } from './meeting';

describe('meeting schemas', () => {
  it('accepts a meeting with the police and fills defaults', () => {
    const meeting = MeetingFieldsSchema.parse({
      title: 'Møde med Københavns Politi',
      date: '2010-02-09',
      startTime: '10:00',
    });
    expect(meeting).toMatchObject({ endTime: '', staffIds: [], contactIds: [], decisions: '' });
  });

  it('rejects an end before the start and a bad time, with translation keys', () => {
    const result = MeetingFieldsSchema.safeParse({
      title: 'x',
      date: '2010-02-09',
      startTime: '11:00',
      endTime: '10:00',
    });
    expect(result.error?.issues[0]?.message).toBe('validation.timeOrder');
    const bad = MeetingFieldsSchema.safeParse({ title: 'x', date: '2010-02-09', startTime: '25:00' });
    expect(bad.success).toBe(false);
  });

  it('lists open actions by due date, undated last', () => {
    const make = (title: string, dueDate: string, status: 'open' | 'done' = 'open') =>
      MeetingActionFieldsSchema.parse({ meetingId: 'm', title, dueDate, status });
    const list = openActions([
      make('c', ''),
      make('b', '2010-03-01'),
      make('a', '2010-02-15'),
      make('d', '2010-01-01', 'done'),
    ]);
    expect(list.map((a) => a.title)).toEqual(['a', 'b', 'c']);
  });
});
