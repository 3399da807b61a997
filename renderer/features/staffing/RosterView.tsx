import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../../shared/calendar/format';
import type { StaffMember } from '../../../shared/domain/staff';
import type { Language } from '../../../shared/settings';
import { useServices } from '../../app-services';
import { EmptyState } from '../../ui/EmptyState';
import { useNotify } from '../../ui/notify';
import { type DepartmentOption, useStaffingRepositories } from './data';
import { RowActions } from './RowActions';
import { StaffDialog } from './StaffDialog';
import { useCalendarStyles } from './WeekView';

const useStyles = makeStyles({
  bar: { marginBottom: tokens.spacingVerticalM },
});

export function RosterView(props: { staff: StaffMember[]; departments: DepartmentOption[]; language: Language }) {
  const { t } = useTranslation('staffing');
  const styles = useStyles();
  const table = useCalendarStyles();
  const { actor } = useServices();
  const repos = useStaffingRepositories();
  const notify = useNotify();
  const [editing, setEditing] = useState<StaffMember | 'new' | null>(null);
  const department = (id: string) => props.departments.find((d) => d.id === id);
  const period = (m: StaffMember) =>
    m.secondmentStart || m.secondmentEnd
      ? `${m.secondmentStart ? formatDay(m.secondmentStart, props.language, 'short') : '…'} – ${
          m.secondmentEnd ? formatDay(m.secondmentEnd, props.language, 'short') : '…'
        }`
      : '';

  async function remove(member: StaffMember) {
    await repos.staff.remove(member.id, actor);
    notify.success(t('roster.removed', { name: member.name }));
  }

  const addButton = (
    <Button appearance="primary" icon={<AddRegular />} onClick={() => setEditing('new')}>
      {t('roster.add')}
    </Button>
  );
  return (
    <>
      {props.staff.length === 0 ? (
        <EmptyState title={t('empty.title')} body={t('empty.body')} actions={addButton} />
      ) : (
        <>
          <div className={styles.bar}>{addButton}</div>
          <div className={table.wrap}>
            <table className={table.table} aria-label={t('roster.tableLabel')}>
              <thead>
                <tr>
                  {['name', 'department', 'role', 'hoursPerWeek', 'fixedDays', 'secondment', 'contact'].map((key) => (
                    <th key={key} scope="col" className={table.columnHead}>
                      {t(`roster.${key}`)}
                    </th>
                  ))}
                  <th scope="col" className={table.columnHead}>
                    {t('roster.actions')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {props.staff.map((m) => (
                  <tr key={m.id}>
                    <th scope="row" className={table.rowHead}>
                      {m.name}
                    </th>
                    <td>{department(m.department)?.name ?? m.department}</td>
                    <td>{m.role}</td>
                    <td>{m.hoursPerWeek.toLocaleString('da-DK')}</td>
                    <td>{m.fixedDays.map((d) => t(`weekdays.${d}`)).join(', ')}</td>
                    <td>{period(m)}</td>
                    <td>
                      <Text block>{m.email}</Text>
                      <Text block>{m.phone}</Text>
                    </td>
                    <td>
                      <RowActions
                        editLabel={t('roster.editNamed', { name: m.name })}
                        removeLabel={t('roster.removeNamed', { name: m.name })}
                        onEdit={() => setEditing(m)}
                        onRemove={() => void remove(m)}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {editing && (
        <StaffDialog
          member={editing === 'new' ? undefined : editing}
          departments={props.departments}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
