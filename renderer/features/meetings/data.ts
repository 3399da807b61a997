import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import {
  type Contact,
  ContactFieldsSchema,
  type Meeting,
  type MeetingAction,
  MeetingActionFieldsSchema,
  MeetingFieldsSchema,
  type Organisation,
  OrganisationFieldsSchema,
} from '../../../shared/domain/meeting';
import type { SyncedRecord } from '../../../shared/sync/apply';
import { DELETED_FIELD } from '../../../shared/sync/operation';
import { useServices } from '../../app-services';
import { createRepository } from '../../db/repository';

/** The meeting tables, each written through its repository so every change is recorded and synced. */
export function useMeetingRepositories() {
  const { recorder } = useServices();
  return useMemo(
    () => ({
      meetings: createRepository('meetings', MeetingFieldsSchema, recorder),
      actions: createRepository('meetingActions', MeetingActionFieldsSchema, recorder),
      organisations: createRepository('organisations', OrganisationFieldsSchema, recorder),
      contacts: createRepository('contacts', ContactFieldsSchema, recorder),
    }),
    [recorder],
  );
}

const alive = <T extends SyncedRecord>(rows: T[]) => rows.filter((r) => !r[DELETED_FIELD]);
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'da');

export interface MeetingData {
  meetings: Meeting[];
  actions: MeetingAction[];
  organisations: Organisation[];
  contacts: Contact[];
  /** People and things a meeting can point to, read from the other features' tables. */
  staff: { id: string; name: string }[];
  initiatives: { id: string; title: string }[];
  milestones: { id: string; title: string; date: string }[];
}

export function useMeetingData(): MeetingData | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const [meetings, actions, organisations, contacts, staff, initiatives, milestones] = await Promise.all([
      db.meetings.toArray(),
      db.meetingActions.toArray(),
      db.organisations.toArray(),
      db.contacts.toArray(),
      db.staff.toArray(),
      db.initiatives.toArray(),
      db.milestones.toArray(),
    ]);
    return {
      meetings: (alive(meetings) as unknown as Meeting[]).sort(
        (a, b) => b.date.localeCompare(a.date) || (b.startTime ?? '').localeCompare(a.startTime ?? ''),
      ),
      actions: alive(actions) as unknown as MeetingAction[],
      organisations: (alive(organisations) as unknown as Organisation[]).sort(byName),
      contacts: (alive(contacts) as unknown as Contact[]).sort(byName),
      staff: (alive(staff) as unknown as { id: string; name: string }[]).sort(byName),
      initiatives: alive(initiatives as unknown as (SyncedRecord & { title: string; archived?: boolean })[])
        .filter((i) => !i.archived)
        .map((i) => ({ id: i.id, title: i.title }))
        .sort((a, b) => a.title.localeCompare(b.title, 'da')),
      milestones: (alive(milestones) as unknown as { id: string; title: string; date: string }[]).sort((a, b) =>
        a.date.localeCompare(b.date),
      ),
    };
  }, [db]);
}

/** "staff:<id>" or "contact:<id>" → the person's name; anything else is free text. */
export function ownerName(owner: string, data: Pick<MeetingData, 'staff' | 'contacts'>): string {
  const [kind, id] = owner.split(':');
  if (kind === 'staff') return data.staff.find((s) => s.id === id)?.name ?? '';
  if (kind === 'contact') return data.contacts.find((c) => c.id === id)?.name ?? '';
  return owner;
}
