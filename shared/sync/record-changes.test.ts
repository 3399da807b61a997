import { describe, expect, it } from 'vitest';
import { HybridClock } from './hlc';
import { recordChanges } from './record-changes';

const where = { table: 'initiatives', recordId: 'i1' };

describe('recordChanges', () => {
  it('makes one operation per changed field, remembering the replaced value, and applies them', () => {
    const clock = new HybridClock('laptop_a', () => Date.UTC(2010, 2, 1));
    const created = recordChanges(undefined, where, { title: 'Natteravne', budget: 100 }, clock, 'Anne');
    expect(created.ops.map((op) => [op.field, op.value, op.old, op.actor])).toEqual([
      ['title', 'Natteravne', null, 'Anne'],
      ['budget', 100, null, 'Anne'],
    ]);
    expect(created.record).toMatchObject({ id: 'i1', title: 'Natteravne', budget: 100 });

    const edited = recordChanges(created.record, where, { title: 'Natteravne', budget: 250 }, clock, 'Bo');
    expect(edited.ops.map((op) => [op.field, op.value, op.old])).toEqual([['budget', 250, 100]]);
    expect(edited.record).toMatchObject({ title: 'Natteravne', budget: 250 });
    expect(edited.record?._stamps.budget).toBe(edited.ops[0]?.hlc);
    expect((edited.ops[0]?.hlc ?? '') > (created.ops[1]?.hlc ?? '')).toBe(true);
  });

  it('changes nothing when every value is the same', () => {
    const clock = new HybridClock('laptop_a', () => Date.UTC(2010, 2, 1));
    const { record } = recordChanges(undefined, where, { tags: ['a', 'b'] }, clock, 'Anne');
    const again = recordChanges(record, where, { tags: ['a', 'b'] }, clock, 'Anne');
    expect(again.ops).toEqual([]);
    expect(again.record).toBe(record);
  });
});
