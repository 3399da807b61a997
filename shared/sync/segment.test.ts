import { describe, expect, it } from 'vitest';
import type { Operation } from './operation';
import { decodeSegment, encodeSegment, FileFaultError, parseLogName, type SegmentName } from './segment';

const op = (n: number, value: Operation['value'] = n): Operation => ({
  hlc: `2010-03-01T10:15:00.00${n}Z-0000-dev_anne`,
  table: 'initiatives',
  recordId: 'i1',
  field: 'annualBudgetDkk',
  value,
  old: null,
  actor: 'Anne',
});
const header = {
  device: 'dev_anne',
  seq: 7,
  user: 'Anne',
  department: 'BUF',
  app: '0.1.0',
  writtenAt: '2010-03-01T10:16:00.000Z',
};

describe('segment files', () => {
  it('names a segment so the listing tells writer, number, range, size and checksum', async () => {
    const file = await encodeSegment(header, [op(2), op(1)]);
    const name = parseLogName(file.name) as SegmentName;
    expect(name).toMatchObject({ kind: 'segment', device: 'dev_anne', seq: 7, count: 2, bytes: file.bytes.byteLength });
    expect(name.first).toBe(op(1).hlc);
    expect(name.last).toBe(op(2).hlc);
    expect(file.name).not.toMatch(/[:\\/]/);
    const decoded = await decodeSegment(name, file.bytes);
    expect(decoded.ops.map((o) => o.hlc)).toEqual([op(1).hlc, op(2).hlc]);
    expect(decoded.header).toMatchObject({ user: 'Anne', department: 'BUF', version: 1 });
  });

  it('tells a file cut short (retry later) from a corrupt one', async () => {
    const file = await encodeSegment(header, [op(1, 'æøå')]);
    const name = parseLogName(file.name) as SegmentName;
    const short = decodeSegment(name, file.bytes.subarray(0, file.bytes.length - 3));
    await expect(short).rejects.toMatchObject({ fault: 'incomplete' });
    const zeroed = new Uint8Array(file.bytes.length);
    await expect(decodeSegment(name, zeroed)).rejects.toMatchObject({ fault: 'incomplete' });
    const longer = new Uint8Array([...file.bytes, 10]);
    await expect(decodeSegment(name, longer)).rejects.toBeInstanceOf(FileFaultError);
  });

  it('classifies copies, temporary files, newer formats and strangers by name alone', () => {
    const name = 's1.dev_anne.000007.1267438500001-0000.1267438500002-0000.2.400.0123456789abcdef.seg';
    expect(parseLogName(name).kind).toBe('segment');
    expect(parseLogName(name.replace('.seg', ' (1).seg')).kind).toBe('duplicate-copy');
    expect(parseLogName(name.replace('.seg', '-LAPTOP-7.seg')).kind).toBe('duplicate-copy');
    expect(parseLogName(`.tmp-abc-${name}`).kind).toBe('temporary');
    expect(parseLogName(name.replace(/^s1/, 's2'))).toMatchObject({ kind: 'newer-format', version: 2 });
    expect(parseLogName('s9.whatever.seg')).toMatchObject({ kind: 'newer-format', version: 9 });
    expect(parseLogName('desktop.ini').kind).toBe('ignored');
    expect(parseLogName('notes.txt').kind).toBe('unexpected');
  });

  it('refuses an empty segment and a bad device id', async () => {
    await expect(encodeSegment(header, [])).rejects.toThrow();
    await expect(encodeSegment({ ...header, device: 'dev/../x' }, [op(1)])).rejects.toThrow();
  });
});
