import { describe, expect, it } from 'vitest';
import { ContactFieldsSchema, MeetingActionFieldsSchema, MeetingFieldsSchema } from './meeting';
import { searchMeetings } from './meeting-search';

const police = { id: 'kp', name: 'Københavns Politi', kind: 'police' as const, notes: '' };
const jens = {
  id: 'jens',
  ...ContactFieldsSchema.parse({ name: 'Jens Hansen', organisationId: 'kp', role: 'Kommissær' }),
};
const hotspot = {
  id: 'm1',
  ...MeetingFieldsSchema.parse({
    title: 'Hotspot på Nørrebro',
    date: '2010-02-09',
    contactIds: ['jens'],
    staffIds: ['per'],
    notes: 'Uro i bydelene',
  }),
};
const aarhus = { id: 'm2', ...MeetingFieldsSchema.parse({ title: 'Erfaringer fra Aarhus', date: '2010-02-10' }) };
const data = {
  meetings: [hotspot, aarhus],
  actions: [{ id: 'a1', ...MeetingActionFieldsSchema.parse({ meetingId: 'm2', title: 'Send exit-program' }) }],
  organisations: [police],
  contacts: [jens],
  staff: [{ id: 'per', name: 'Per Larsen' }],
};
const titles = (q: string) => searchMeetings(q, data).map((m) => m.title);

describe('meeting search', () => {
  it('finds by text, participant, organisation and action, every word required', () => {
    expect(titles('')).toEqual(['Hotspot på Nørrebro', 'Erfaringer fra Aarhus']);
    expect(titles('NØRREBRO')).toEqual(['Hotspot på Nørrebro']);
    expect(titles('uro bydelene')).toEqual(['Hotspot på Nørrebro']);
    expect(titles('politi larsen')).toEqual(['Hotspot på Nørrebro']);
    expect(titles('exit')).toEqual(['Erfaringer fra Aarhus']);
    expect(titles('hotspot aarhus')).toEqual([]);
  });
});
