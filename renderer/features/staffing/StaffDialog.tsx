import { Checkbox, Field, Input, Select } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_FIXED_DAYS, type StaffMember } from '../../../shared/domain/staff';
import { useServices } from '../../app-services';
import { FormDialog } from '../../ui/FormDialog';
import { type DepartmentOption, useStaffingRepositories } from './data';
import { useFormStyles } from './form-styles';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

interface Draft {
  name: string;
  department: string;
  role: string;
  hoursPerWeek: string;
  fixedDays: number[];
  secondmentStart: string;
  secondmentEnd: string;
  email: string;
  phone: string;
}

function draftOf(member: StaffMember | undefined): Draft {
  return {
    name: member?.name ?? '',
    department: member?.department ?? '',
    role: member?.role ?? '',
    hoursPerWeek: member ? String(member.hoursPerWeek).replace('.', ',') : '',
    fixedDays: member?.fixedDays ?? [...DEFAULT_FIXED_DAYS],
    secondmentStart: member?.secondmentStart ?? '',
    secondmentEnd: member?.secondmentEnd ?? '',
    email: member?.email ?? '',
    phone: member?.phone ?? '',
  };
}

/** Add or edit a seconded staff member; a refused value is explained and nothing is saved. */
export function StaffDialog(props: { member?: StaffMember; departments: DepartmentOption[]; onClose(): void }) {
  const { t } = useTranslation('staffing');
  const styles = useFormStyles();
  const { actor } = useServices();
  const repos = useStaffingRepositories();
  const [draft, setDraft] = useState(() => draftOf(props.member));
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  async function save(): Promise<string> {
    const hours = Number(draft.hoursPerWeek.replace(',', '.'));
    const values = {
      ...draft,
      hoursPerWeek: draft.hoursPerWeek.trim() === '' || Number.isNaN(hours) ? Number.NaN : hours,
      fixedDays: [...draft.fixedDays].sort(),
    };
    if (props.member) await repos.staff.update(props.member.id, values, actor);
    else await repos.staff.create(values, actor);
    return t('roster.saved', { name: draft.name.trim() });
  }

  return (
    <FormDialog
      namespace="staffing"
      title={props.member ? t('roster.editTitle') : t('roster.addTitle')}
      onClose={props.onClose}
      save={save}
    >
      {(error) => (
        <>
          <Field label={t('roster.name')} required validationMessage={error('name')}>
            <Input value={draft.name} onChange={(_, d) => set('name', d.value)} />
          </Field>
          <div className={styles.row}>
            <Field label={t('roster.department')} required validationMessage={error('department')}>
              <Select value={draft.department} onChange={(_, d) => set('department', d.value)}>
                <option value="">{t('roster.chooseDepartment')}</option>
                {props.departments.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name} ({d.code})
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t('roster.role')} validationMessage={error('role')}>
              <Input value={draft.role} onChange={(_, d) => set('role', d.value)} />
            </Field>
          </div>
          <Field label={t('roster.hoursPerWeek')} required validationMessage={error('hoursPerWeek')}>
            <Input inputMode="decimal" value={draft.hoursPerWeek} onChange={(_, d) => set('hoursPerWeek', d.value)} />
          </Field>
          <fieldset className={styles.days}>
            <legend>{t('roster.fixedDays')}</legend>
            {WEEKDAYS.map((day) => (
              <Checkbox
                key={day}
                label={t(`weekdays.${day}`)}
                checked={draft.fixedDays.includes(day)}
                onChange={(_, d) =>
                  set('fixedDays', d.checked ? [...draft.fixedDays, day] : draft.fixedDays.filter((x) => x !== day))
                }
              />
            ))}
          </fieldset>
          <div className={styles.row}>
            <Field label={t('roster.secondmentStart')} validationMessage={error('secondmentStart')}>
              <Input type="date" value={draft.secondmentStart} onChange={(_, d) => set('secondmentStart', d.value)} />
            </Field>
            <Field label={t('roster.secondmentEnd')} validationMessage={error('secondmentEnd')}>
              <Input type="date" value={draft.secondmentEnd} onChange={(_, d) => set('secondmentEnd', d.value)} />
            </Field>
          </div>
          <div className={styles.row}>
            <Field label={t('roster.email')} validationMessage={error('email')}>
              <Input type="email" value={draft.email} onChange={(_, d) => set('email', d.value)} />
            </Field>
            <Field label={t('roster.phone')} validationMessage={error('phone')}>
              <Input type="tel" value={draft.phone} onChange={(_, d) => set('phone', d.value)} />
            </Field>
          </div>
        </>
      )}
    </FormDialog>
  );
}
