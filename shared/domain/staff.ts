import { z } from 'zod';
import { IsoDateSchema } from './initiative';

/**
 * Seconded staff and their absences. Messages are translation keys in the
 * "staffing" namespace (validation.*).
 */

/** ISO weekdays, 1 = Monday … 7 = Sunday. */
const WeekdaySchema = z.number().int().min(1).max(7);
const optionalDay = z.union([IsoDateSchema, z.literal('')]).default('');

/** As a rule the seconded staff sit at the centre on Tuesday and Wednesday. */
export const DEFAULT_FIXED_DAYS: readonly number[] = [2, 3];

export const StaffFieldsSchema = z
  .object({
    name: z.string().trim().min(1, 'validation.nameRequired').max(200, 'validation.tooLong'),
    /** Department reference id (e.g. "SOF"). */
    department: z.string().min(1, 'validation.departmentRequired').max(80),
    role: z.string().trim().max(200, 'validation.tooLong').default(''),
    /** Agreed hours per week at the centre (the head works 10). */
    hoursPerWeek: z
      .number({ message: 'validation.hoursInvalid' })
      .min(0, 'validation.hoursInvalid')
      .max(60, 'validation.hoursInvalid'),
    fixedDays: z
      .array(WeekdaySchema)
      .max(7)
      .default([...DEFAULT_FIXED_DAYS]),
    secondmentStart: optionalDay,
    secondmentEnd: optionalDay,
    email: z.union([z.email('validation.emailInvalid'), z.literal('')]).default(''),
    phone: z.string().trim().max(40, 'validation.tooLong').default(''),
  })
  .refine((s) => !s.secondmentStart || !s.secondmentEnd || s.secondmentStart <= s.secondmentEnd, {
    message: 'validation.periodOrder',
    path: ['secondmentEnd'],
  });
export type StaffFields = z.output<typeof StaffFieldsSchema>;
export type StaffMember = StaffFields & { id: string };

/** Away on a fixed day (holiday, illness, course), an extra day in, or a fixed day swapped for another. */
export const ABSENCE_KINDS = ['holiday', 'illness', 'course', 'extraDay', 'swap'] as const;
export type AbsenceKind = (typeof ABSENCE_KINDS)[number];
/** Kinds that take the person away; the others bring them in. */
export const AWAY_KINDS: readonly AbsenceKind[] = ['holiday', 'illness', 'course'];

export const AbsenceFieldsSchema = z
  .object({
    staffId: z.string().min(1, 'validation.staffRequired').max(80),
    kind: z.enum(ABSENCE_KINDS),
    from: IsoDateSchema,
    to: IsoDateSchema,
    /** For a swap: the day worked at the centre instead of the fixed day(s) given up. */
    swapTo: optionalDay,
    note: z.string().max(2000, 'validation.tooLong').default(''),
  })
  .refine((a) => a.from <= a.to, { message: 'validation.periodOrder', path: ['to'] })
  .refine((a) => a.kind !== 'swap' || a.swapTo !== '', { message: 'validation.swapToRequired', path: ['swapTo'] });
export type AbsenceFields = z.output<typeof AbsenceFieldsSchema>;
export type Absence = AbsenceFields & { id: string };
