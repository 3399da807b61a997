import type { Contact, Meeting, MeetingAction, Organisation } from './meeting';

export interface MeetingSearchData {
  meetings: Meeting[];
  actions: MeetingAction[];
  organisations: Organisation[];
  contacts: Contact[];
  staff: { id: string; name: string }[];
}

/**
 * Meetings whose title, place, agenda, notes, decisions, participants, their
 * organisations or follow-up actions contain every word searched for
 * (case-insensitive, Danish letters included).
 */
export function searchMeetings(query: string, data: MeetingSearchData): Meeting[] {
  const words = query.toLocaleLowerCase('da').split(/\s+/).filter(Boolean);
  if (words.length === 0) return data.meetings;
  return data.meetings.filter((m) => {
    const contacts = data.contacts.filter((c) => m.contactIds.includes(c.id));
    const text = [
      m.title,
      m.place,
      m.agenda,
      m.notes,
      m.decisions,
      ...data.staff.filter((s) => m.staffIds.includes(s.id)).map((s) => s.name),
      ...contacts.map((c) => c.name),
      ...contacts.map((c) => data.organisations.find((o) => o.id === c.organisationId)?.name ?? ''),
      ...data.actions.filter((a) => a.meetingId === m.id).map((a) => a.title),
    ]
      .join(' ')
      .toLocaleLowerCase('da');
    return words.every((w) => text.includes(w));
  });
}
