import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../../shared/calendar/format';
import type { Absence, StaffMember } from '../../../shared/domain/staff';
import type { Language } from '../../../shared/settings';
import { useServices } from '../../app-services';
import { EmptyState } from '../../ui/EmptyState';
import { useNotify } from '../../ui/notify';
import { AbsenceDialog } from './AbsenceDialog';
import { useStaffingRepositories } from './data';
import { RowActions } from './RowActions';
import { useCalendarStyles } from './WeekView';

const useStyles = makeStyles({
  bar: { marginBottom: tokens.spacingVerticalM },
});

export function AbsencesView(props: { staff: StaffMember[]; absences: Absence[]; language: Language }) {
  const { t } = useTranslation('staffing');
  const styles = useStyles();
  const table = useCalendarStyles();
  const { actor } = useServices();
  const repos = useStaffingRepositories();
  const notify = useNotify();
  const [editing, setEditing] = useState<Absence | 'new' | null>(null);
  const name = (id: string) => props.staff.find((s) => s.id === id)?.name ?? t('absences.unknownPerson');
  const day = (d: string) => (d ? formatDay(d, props.language) : '');

  const addButton = (
    <Button
      appearance="primary"
      icon={<AddRegular />}
      onClick={() => setEditing('new')}
      disabled={props.staff.length === 0}
    >
      {t('absences.add')}
    </Button>
  );
  return (
    <>
      {props.absences.length === 0 ? (
        <EmptyState title={t('absences.emptyTitle')} body={t('absences.emptyBody')} actions={addButton} />
      ) : (
        <>
          <div className={styles.bar}>{addButton}</div>
          <table className={table.table} aria-label={t('absences.tableLabel')}>
            <thead>
              <tr>
                {['person', 'kind', 'from', 'to', 'swapTo', 'note', 'actions'].map((key) => (
                  <th key={key} scope="col" className={table.columnHead}>
                    {t(`absences.${key}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {props.absences.map((a) => (
                <tr key={a.id}>
                  <th scope="row" className={table.rowHead}>
                    {name(a.staffId)}
                  </th>
                  <td>{t(`absenceKinds.${a.kind}`)}</td>
                  <td>{day(a.from)}</td>
                  <td>{a.to !== a.from ? day(a.to) : ''}</td>
                  <td>{day(a.swapTo)}</td>
                  <td>{a.note}</td>
                  <td>
                    <RowActions
                      editLabel={t('absences.editNamed', { name: name(a.staffId), date: day(a.from) })}
                      removeLabel={t('absences.removeNamed', { name: name(a.staffId), date: day(a.from) })}
                      onEdit={() => setEditing(a)}
                      onRemove={() =>
                        void repos.absences.remove(a.id, actor).then(() => notify.success(t('absences.removed')))
                      }
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {editing && (
        <AbsenceDialog
          absence={editing === 'new' ? undefined : editing}
          staff={props.staff}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
