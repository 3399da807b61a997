import { describe, expect, it } from 'vitest';
import { exampleFollowup } from './example-data';
import { roundCompleteness } from './progress';
import { DistrictIndicatorSchema, FollowupStatusSchema, IndicatorSchema, MeasurementSchema } from './schemas';

const initiatives = [
  { id: 'eksempel-001', title: 'SSP-samarbejdet på skolerne', department: 'BUF' },
  { id: 'eksempel-002', title: 'Exitprogram for bandemedlemmer', department: 'SOF' },
  { id: 'eksempel-003', title: 'Idræt om natten', department: 'KFF' },
  { id: 'eksempel-004', title: 'Hurtig fjernelse af graffiti og hærværk', department: 'TMF' },
];

describe('example follow-up data', () => {
  it('is valid by the schemas and the same every time', () => {
    const data = exampleFollowup(initiatives);
    for (const s of data.statuses) expect(FollowupStatusSchema.safeParse(s.values).success).toBe(true);
    for (const k of data.indicators) expect(IndicatorSchema.safeParse(k.values).success).toBe(true);
    for (const m of data.measurements) expect(MeasurementSchema.safeParse(m.values).success).toBe(true);
    for (const d of data.districtIndicators) expect(DistrictIndicatorSchema.safeParse(d.values).success).toBe(true);
    expect(exampleFollowup(initiatives)).toEqual(data);
    expect(data.indicators.map((k) => k.values.initiativeId)).toEqual(['eksempel-002', 'eksempel-004']);
    expect(data.districtIndicators).toHaveLength(20);
  });

  it('leaves a late department incomplete in the latest quarter', () => {
    const data = exampleFollowup(initiatives);
    const round = roundCompleteness(
      ['BUF', 'SOF', 'KFF', 'TMF'],
      initiatives,
      data.statuses.map((s) => s.values),
      '2010-Q2',
    );
    expect(round.departments.find((d) => d.department === 'KFF')?.complete).toBe(false);
    expect(round.departments.find((d) => d.department === 'BUF')?.complete).toBe(true);
  });
});
