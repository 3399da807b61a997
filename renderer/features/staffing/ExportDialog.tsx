import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Select,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isDay } from '../../../shared/calendar/days';
import { EXPORT_LABELS } from '../../../shared/calendar-export/labels';
import { staffingWorkbook } from '../../../shared/calendar-export/staffing-workbook';
import { staffingCalendar } from '../../../shared/calendar-export/timeline-export';
import type { Absence, StaffMember } from '../../../shared/domain/staff';
import type { Language } from '../../../shared/settings';
import { useServices } from '../../app-services';
import { saveBytes } from '../../file-bridge';
import { useNotify } from '../../ui/notify';
import type { DepartmentOption } from './data';
import { useFormStyles } from './form-styles';

/** Export the plan for a chosen period: Excel (one sheet per month) or a calendar file for Outlook. */
export function ExportDialog(props: {
  from: string;
  to: string;
  staff: StaffMember[];
  absences: Absence[];
  departments: DepartmentOption[];
  language: Language;
  onClose(): void;
}) {
  const { t } = useTranslation('staffing');
  const styles = useFormStyles();
  const { settings } = useServices();
  const notify = useNotify();
  const [from, setFrom] = useState(props.from);
  const [to, setTo] = useState(props.to);
  const [person, setPerson] = useState('');
  const valid = isDay(from) && isDay(to) && from <= to;
  const labels = EXPORT_LABELS[props.language];

  async function save(kind: 'excel' | 'calendar') {
    try {
      const base = { from, to, staff: props.staff, absences: props.absences, deskCount: settings.deskCount, labels };
      const bytes =
        kind === 'excel'
          ? await staffingWorkbook({
              ...base,
              departmentName: (id) => props.departments.find((d) => d.id === id)?.name ?? id,
            })
          : new TextEncoder().encode(staffingCalendar(person ? { ...base, staffId: person } : base));
      const who = person ? (props.staff.find((s) => s.id === person)?.name ?? '') : t('export.centre');
      const suggestedName =
        kind === 'excel'
          ? `${t('export.fileName')} ${from} ${to}.xlsx`
          : `${t('export.fileName')} ${who} ${from} ${to}.ics`;
      const saved = await saveBytes(bytes, suggestedName, kind);
      if (saved) {
        notify.success(t('export.saved', { path: saved }));
        props.onClose();
      }
    } catch (error) {
      notify.failure(t('export.failed'), error);
    }
  }

  return (
    <Dialog open onOpenChange={(_, data) => !data.open && props.onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('export.title')}</DialogTitle>
          <DialogContent className={styles.form}>
            <div className={styles.row}>
              <Field label={t('export.from')} required>
                <Input type="date" value={from} onChange={(_, d) => setFrom(d.value)} />
              </Field>
              <Field
                label={t('export.to')}
                required
                validationMessage={valid ? undefined : t('validation.periodOrder')}
              >
                <Input type="date" value={to} onChange={(_, d) => setTo(d.value)} />
              </Field>
            </div>
            <Field label={t('export.calendarFor')} hint={t('export.calendarHint')}>
              <Select value={person} onChange={(_, d) => setPerson(d.value)}>
                <option value="">{t('export.centre')}</option>
                {props.staff.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </Select>
            </Field>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={!valid} onClick={() => void save('excel')}>
              {t('export.excel')}
            </Button>
            <Button disabled={!valid} onClick={() => void save('calendar')}>
              {t('export.ics')}
            </Button>
            <Button onClick={props.onClose}>{t('common:actions.cancel')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
