import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  Select,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_FIXED_DAYS, type StaffMember } from '../../../shared/domain/staff';
import { useServices } from '../../app-services';
import { useNotify } from '../../ui/notify';
import { type DepartmentOption, fieldErrorsOf, useStaffingRepositories } from './data';

export const useFormStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', '& > *': { flex: '1 1 180px' } },
  days: { display: 'flex', flexWrap: 'wrap', border: 'none', margin: 0, padding: 0 },
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    border: 'none',
    margin: 0,
    padding: 0,
  },
  rowButton: { flex: '0 0 auto', alignSelf: 'flex-end' },
  start: { alignSelf: 'flex-start' },
});

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
  const notify = useNotify();
  const [draft, setDraft] = useState(() => draftOf(props.member));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const error = (field: string) =>
    errors[field] ? t(errors[field], { defaultValue: t('validation.invalid') }) : undefined;

  async function save() {
    const hours = Number(draft.hoursPerWeek.replace(',', '.'));
    const values = {
      ...draft,
      hoursPerWeek: draft.hoursPerWeek.trim() === '' || Number.isNaN(hours) ? Number.NaN : hours,
      fixedDays: [...draft.fixedDays].sort(),
    };
    try {
      if (props.member) await repos.staff.update(props.member.id, values, actor);
      else await repos.staff.create(values, actor);
      notify.success(t('roster.saved', { name: draft.name.trim() }));
      props.onClose();
    } catch (e) {
      const fieldErrors = fieldErrorsOf(e);
      if (fieldErrors) setErrors(fieldErrors);
      else notify.failure(t('saveFailed'), e);
    }
  }

  return (
    <Dialog open onOpenChange={(_, data) => !data.open && props.onClose()}>
      <DialogSurface>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <DialogBody>
            <DialogTitle>{props.member ? t('roster.editTitle') : t('roster.addTitle')}</DialogTitle>
            <DialogContent className={styles.form}>
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
                <Input
                  inputMode="decimal"
                  value={draft.hoursPerWeek}
                  onChange={(_, d) => set('hoursPerWeek', d.value)}
                />
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
                  <Input
                    type="date"
                    value={draft.secondmentStart}
                    onChange={(_, d) => set('secondmentStart', d.value)}
                  />
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
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit">
                {t('common:actions.save')}
              </Button>
              <Button onClick={props.onClose}>{t('common:actions.cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
