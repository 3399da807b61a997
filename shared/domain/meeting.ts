import { z } from 'zod';
import { IsoDateSchema } from './initiative';

/** Meetings, follow-up actions and stakeholders; messages are keys in the "meetings" namespace. */

const TimeSchema = z.union([z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'validation.timeInvalid'), z.literal('')]);
const idList = z.array(z.string().min(1).max(80)).max(200).default([]);
const text = (max: number) => z.string().max(max, 'validation.tooLong').default('');

export const ORGANISATION_KINDS = [
  'police',
  'ssp',
  'housing',
  'municipality',
  'fireService',
  'department',
  'project',
  'other',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const OrganisationFieldsSchema = z.object({
  name: z.string().trim().min(1, 'validation.nameRequired').max(300, 'validation.tooLong'),
  kind: z.enum(ORGANISATION_KINDS).default('other'),
  notes: text(5000),
});
export type OrganisationFields = z.output<typeof OrganisationFieldsSchema>;
export type Organisation = OrganisationFields & { id: string };

export const ContactFieldsSchema = z.object({
  name: z.string().trim().min(1, 'validation.nameRequired').max(200, 'validation.tooLong'),
  organisationId: z.string().min(1, 'validation.organisationRequired').max(80),
  /** The contact's role, e.g. "SSP-konsulent", "politikommissær". */
  role: text(200),
  email: z.union([z.email('validation.emailInvalid'), z.literal('')]).default(''),
  phone: text(40),
});
export type ContactFields = z.output<typeof ContactFieldsSchema>;
export type Contact = ContactFields & { id: string };

export const MeetingFieldsSchema = z
  .object({
    title: z.string().trim().min(1, 'validation.titleRequired').max(300, 'validation.tooLong'),
    date: IsoDateSchema,
    startTime: TimeSchema.default(''),
    endTime: TimeSchema.default(''),
    place: text(300),
    staffIds: idList,
    contactIds: idList,
    agenda: text(20_000),
    notes: text(50_000),
    decisions: text(20_000),
    initiativeIds: idList,
    milestoneIds: idList,
  })
  .refine((m) => !m.startTime || !m.endTime || m.startTime <= m.endTime, {
    message: 'validation.timeOrder',
    path: ['endTime'],
  });
export type MeetingFields = z.output<typeof MeetingFieldsSchema>;
export type Meeting = MeetingFields & { id: string };

export const ACTION_STATUSES = ['open', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const MeetingActionFieldsSchema = z.object({
  meetingId: z.string().min(1).max(80),
  title: z.string().trim().min(1, 'validation.actionRequired').max(500, 'validation.tooLong'),
  /** Responsible person: "staff:<id>" or "contact:<id>", or free text. */
  owner: text(200),
  dueDate: z.union([IsoDateSchema, z.literal('')]).default(''),
  status: z.enum(ACTION_STATUSES).default('open'),
});
export type MeetingActionFields = z.output<typeof MeetingActionFieldsSchema>;
export type MeetingAction = MeetingActionFields & { id: string };

/** Open actions across all meetings, the overdue ones first, then by due date (undated last). */
export function openActions<A extends Pick<MeetingAction, 'status' | 'dueDate'>>(actions: A[]): A[] {
  return actions
    .filter((a) => a.status === 'open')
    .sort((a, b) => (a.dueDate || '9999').localeCompare(b.dueDate || '9999'));
}
