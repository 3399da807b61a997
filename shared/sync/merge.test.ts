import { describe, expect, it } from 'vitest';
import { applyOperation, mergeOperation, type SyncedRecord } from './apply';
import type { Operation } from './operation';

const stamp = (ms: number, device: string) => `${new Date(ms).toISOString()}-0000-${device}`;
const op = (ms: number, device: string, value: Operation['value'], old?: Operation['value']): Operation => ({
  hlc: stamp(ms, device),
  table: 'initiatives',
  recordId: 'i1',
  field: 'title',
  value,
  ...(old === undefined ? {} : { old }),
  actor: '',
});

function replay(ops: Operation[]): SyncedRecord | undefined {
  let record: SyncedRecord | undefined;
  for (const o of ops) record = applyOperation(record, o).record;
  return record;
}

describe('field merge', () => {
  it('ends the same whatever the order, and applying twice changes nothing', () => {
    const ops = [op(1, 'dev_a', 'A', null), op(3, 'dev_b', 'B', 'A'), op(2, 'dev_c', 'C', 'A')];
    const forward = replay(ops);
    expect(replay([...ops].reverse())).toEqual(forward);
    expect(replay([...ops, ...ops])).toEqual(forward);
    expect(forward?.title).toBe('B');
  });

  it('reports a concurrent edit with both values, from either side', () => {
    const base = replay([op(1, 'dev_a', 'Natteravne', null)]);
    const anne = op(2, 'dev_a', 'Natteravne (Anne)', 'Natteravne');
    const bo = op(3, 'dev_b', 'Natteravne (Bo)', 'Natteravne');
    const saw = new Map([
      [anne.hlc, anne.old],
      [bo.hlc, bo.old],
    ]);
    const atAnne = mergeOperation(applyOperation(base, anne).record, bo, (h) => saw.get(h) ?? undefined);
    expect(atAnne.conflict).toMatchObject({ keptValue: 'Natteravne (Bo)', lostValue: 'Natteravne (Anne)' });
    const atBo = mergeOperation(applyOperation(base, bo).record, anne, (h) => saw.get(h) ?? undefined);
    expect(atBo.conflict).toMatchObject({ keptValue: 'Natteravne (Bo)', lostValue: 'Natteravne (Anne)' });
  });

  it('does not call a sequential edit a conflict, nor one from a snapshot', () => {
    const base = replay([op(1, 'dev_a', 'A', null)]);
    expect(mergeOperation(base, op(2, 'dev_b', 'B', 'A'), () => undefined).conflict).toBeUndefined();
    expect(mergeOperation(base, op(2, 'dev_b', 'B'), () => undefined).conflict).toBeUndefined();
  });

  it('settles two different values under one stamp (a cloned laptop) the same way everywhere', () => {
    const x = op(5, 'dev_same', 'x');
    const y = op(5, 'dev_same', 'y');
    expect(replay([x, y])?.title).toBe(replay([y, x])?.title);
  });

  it('never applies an operation on a reserved field', () => {
    expect(() => applyOperation(undefined, { ...op(1, 'dev_a', 1), field: '__proto__' })).toThrow();
    expect(() => applyOperation(undefined, { ...op(1, 'dev_a', 1), field: '_stamps' })).toThrow();
  });
});
