import { da, enGB } from 'date-fns/locale';
import type { Language } from '../settings';

/** The words written into exported files, in the user's language. */
export interface ExportLabels {
  locale: typeof da;
  staffingTitle: string;
  week: string;
  staff: string;
  department: string;
  plannedHours: string;
  agreedHours: string;
  total: string;
  desks: string;
  departmentsWithNobody: string;
  legend: string;
  codes: Record<'fixed' | 'extraDay' | 'swap' | 'holiday' | 'illness' | 'course' | 'swapAway' | 'closed', string>;
  codeNames: Record<'fixed' | 'extraDay' | 'swap' | 'holiday' | 'illness' | 'course' | 'swapAway' | 'closed', string>;
  atCentre: string;
  atCentreOf: (name: string) => string;
  timelineTitle: string;
  title: string;
  kind: string;
  from: string;
  to: string;
  status: string;
  owner: string;
  flag: string;
  suggestion: string;
  notes: string;
  documents: string;
  kinds: Record<'meeting' | 'deadline' | 'hearing' | 'drafting' | 'committee', string>;
  statuses: Record<'planned' | 'inProgress' | 'done' | 'cancelled', string>;
  periods: Record<'easter' | 'summer' | 'christmas', string>;
  weekend: string;
}

export const EXPORT_LABELS: Record<Language, ExportLabels> = {
  da: {
    locale: da,
    staffingTitle: 'Bemanding',
    week: 'Uge',
    staff: 'Medarbejder',
    department: 'Afdeling',
    plannedHours: 'Timer planlagt',
    agreedHours: 'Timer aftalt',
    total: 'I alt på centret',
    desks: 'Borde',
    departmentsWithNobody: 'Forvaltninger uden nogen',
    legend: 'Forklaring',
    codes: {
      fixed: 'X',
      extraDay: 'E',
      swap: 'B',
      holiday: 'F',
      illness: 'S',
      course: 'K',
      swapAway: 'b',
      closed: 'H',
    },
    codeNames: {
      fixed: 'fast dag på centret',
      extraDay: 'ekstra dag',
      swap: 'byttet dag (møder ind)',
      holiday: 'ferie',
      illness: 'sygdom',
      course: 'kursus',
      swapAway: 'byttet dag (væk)',
      closed: 'helligdag',
    },
    atCentre: 'På Center for Sikker By',
    atCentreOf: (name) => `${name} på Center for Sikker By`,
    timelineTitle: 'Procesplan',
    title: 'Titel',
    kind: 'Type',
    from: 'Fra',
    to: 'Til',
    status: 'Status',
    owner: 'Ansvarlig',
    flag: 'Advarsel',
    suggestion: 'Foreslået arbejdsdag',
    notes: 'Noter',
    documents: 'Dokumenter',
    kinds: {
      meeting: 'Møde',
      deadline: 'Frist',
      hearing: 'Høringsperiode',
      drafting: 'Udarbejdelse',
      committee: 'Udvalgsmøde',
    },
    statuses: { planned: 'Planlagt', inProgress: 'I gang', done: 'Færdig', cancelled: 'Aflyst' },
    periods: { easter: 'påskeferie', summer: 'sommerferie', christmas: 'juleferie' },
    weekend: 'weekend',
  },
  en: {
    locale: enGB,
    staffingTitle: 'Staffing',
    week: 'Week',
    staff: 'Staff member',
    department: 'Department',
    plannedHours: 'Hours planned',
    agreedHours: 'Hours agreed',
    total: 'Total at the centre',
    desks: 'Desks',
    departmentsWithNobody: 'Departments with nobody',
    legend: 'Legend',
    codes: {
      fixed: 'X',
      extraDay: 'E',
      swap: 'S',
      holiday: 'H',
      illness: 'I',
      course: 'C',
      swapAway: 's',
      closed: 'P',
    },
    codeNames: {
      fixed: 'fixed day at the centre',
      extraDay: 'extra day',
      swap: 'swapped day (in)',
      holiday: 'holiday',
      illness: 'illness',
      course: 'course',
      swapAway: 'swapped day (away)',
      closed: 'public holiday',
    },
    atCentre: 'At Center for Sikker By',
    atCentreOf: (name) => `${name} at Center for Sikker By`,
    timelineTitle: 'Process timeline',
    title: 'Title',
    kind: 'Kind',
    from: 'From',
    to: 'To',
    status: 'Status',
    owner: 'Owner',
    flag: 'Warning',
    suggestion: 'Suggested working day',
    notes: 'Notes',
    documents: 'Documents',
    kinds: {
      meeting: 'Meeting',
      deadline: 'Deadline',
      hearing: 'Hearing period',
      drafting: 'Drafting',
      committee: 'Committee',
    },
    statuses: { planned: 'Planned', inProgress: 'In progress', done: 'Done', cancelled: 'Cancelled' },
    periods: { easter: 'Easter holiday', summer: 'summer holiday', christmas: 'Christmas holiday' },
    weekend: 'weekend',
  },
};
