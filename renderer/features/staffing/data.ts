import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Milestone } from '../../../shared/domain/milestone';
import { MilestoneFieldsSchema } from '../../../shared/domain/milestone';
import { referenceLabel } from '../../../shared/domain/reference-lists';
import type { Absence, StaffMember } from '../../../shared/domain/staff';
import { AbsenceFieldsSchema, StaffFieldsSchema } from '../../../shared/domain/staff';
import type { Language } from '../../../shared/settings';
import { DELETED_FIELD } from '../../../shared/sync/operation';
import { useServices } from '../../app-services';
import { createRepository } from '../../db/repository';

/** The staffing tables, each written through its repository so every change is recorded and synced. */
export function useStaffingRepositories() {
  const { recorder } = useServices();
  return useMemo(
    () => ({
      staff: createRepository('staff', StaffFieldsSchema, recorder),
      absences: createRepository('absences', AbsenceFieldsSchema, recorder),
      milestones: createRepository('milestones', MilestoneFieldsSchema, recorder),
    }),
    [recorder],
  );
}

export function useStaff(): StaffMember[] | undefined {
  const repos = useStaffingRepositories();
  return useLiveQuery(
    async () =>
      ((await repos.staff.list()) as StaffMember[]).sort(
        (a, b) => a.department.localeCompare(b.department) || a.name.localeCompare(b.name, 'da'),
      ),
    [repos],
  );
}

export function useAbsences(): Absence[] | undefined {
  const repos = useStaffingRepositories();
  return useLiveQuery(
    async () => ((await repos.absences.list()) as Absence[]).sort((a, b) => a.from.localeCompare(b.from)),
    [repos],
  );
}

export function useMilestones(): Milestone[] | undefined {
  const repos = useStaffingRepositories();
  return useLiveQuery(
    async () =>
      ((await repos.milestones.list()) as Milestone[]).sort(
        (a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title, 'da'),
      ),
    [repos],
  );
}

/** Meetings linked to milestones (written by the meetings feature), for the timeline. */
export function useMeetingsByMilestone(): Map<string, { id: string; title: string; date: string }[]> {
  const { db } = useServices();
  const meetings = useLiveQuery(() => db.meetings.toArray(), [db]) ?? [];
  const byMilestone = new Map<string, { id: string; title: string; date: string }[]>();
  for (const m of meetings) {
    if (m[DELETED_FIELD] || !Array.isArray(m.milestoneIds)) continue;
    for (const milestoneId of m.milestoneIds) {
      if (typeof milestoneId !== 'string') continue;
      const list = byMilestone.get(milestoneId) ?? [];
      list.push({ id: m.id, title: String(m.title ?? ''), date: String(m.date ?? '') });
      byMilestone.set(milestoneId, list);
    }
  }
  return byMilestone;
}

export interface DepartmentOption {
  id: string;
  code: string;
  name: string;
}

export function useDepartments(language: Language): DepartmentOption[] {
  const { db } = useServices();
  const items =
    useLiveQuery(() => db.referenceItems.where('kind').equals('department').sortBy('sortOrder'), [db]) ?? [];
  return items
    .filter((d) => !d.archived && !(d as Record<string, unknown>)[DELETED_FIELD])
    .map((d) => ({ id: d.id, code: d.code || d.id, name: referenceLabel(d, language) }));
}
