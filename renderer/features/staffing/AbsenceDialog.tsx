import { Field, Input, Select, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ABSENCE_KINDS, type Absence, type AbsenceKind, type StaffMember } from '../../../shared/domain/staff';
import { useServices } from '../../app-services';
import { FormDialog } from '../../ui/FormDialog';
import { useStaffingRepositories } from './data';
import { useFormStyles } from './form-styles';

/** Record an absence or exception for one day (from = to) or a period. */
export function AbsenceDialog(props: { absence?: Absence; staff: StaffMember[]; onClose(): void }) {
  const { t } = useTranslation('staffing');
  const styles = useFormStyles();
  const { actor } = useServices();
  const repos = useStaffingRepositories();
  const [draft, setDraft] = useState({
    staffId: props.absence?.staffId ?? '',
    kind: props.absence?.kind ?? ('holiday' as AbsenceKind),
    from: props.absence?.from ?? '',
    to: props.absence?.to ?? '',
    swapTo: props.absence?.swapTo ?? '',
    note: props.absence?.note ?? '',
  });
  const set = (key: keyof typeof draft, value: string) => setDraft((d) => ({ ...d, [key]: value }));

  async function save(): Promise<string> {
    // A single day needs only "from".
    const values = { ...draft, to: draft.to || draft.from, swapTo: draft.kind === 'swap' ? draft.swapTo : '' };
    if (props.absence) await repos.absences.update(props.absence.id, values, actor);
    else await repos.absences.create(values, actor);
    return t('absences.saved');
  }

  return (
    <FormDialog
      namespace="staffing"
      title={props.absence ? t('absences.editTitle') : t('absences.addTitle')}
      onClose={props.onClose}
      save={save}
    >
      {(error) => (
        <>
          <Field label={t('absences.person')} required validationMessage={error('staffId')}>
            <Select value={draft.staffId} onChange={(_, d) => set('staffId', d.value)}>
              <option value="">{t('absences.choosePerson')}</option>
              {props.staff.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('absences.kind')} required>
            <Select value={draft.kind} onChange={(_, d) => set('kind', d.value)}>
              {ABSENCE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`absenceKinds.${kind}`)}
                </option>
              ))}
            </Select>
          </Field>
          <div className={styles.row}>
            <Field label={t('absences.from')} required validationMessage={error('from')}>
              <Input type="date" value={draft.from} onChange={(_, d) => set('from', d.value)} />
            </Field>
            <Field label={t('absences.to')} hint={t('absences.toHint')} validationMessage={error('to')}>
              <Input type="date" value={draft.to} onChange={(_, d) => set('to', d.value)} />
            </Field>
          </div>
          {draft.kind === 'swap' && (
            <Field label={t('absences.swapTo')} required validationMessage={error('swapTo')}>
              <Input type="date" value={draft.swapTo} onChange={(_, d) => set('swapTo', d.value)} />
            </Field>
          )}
          <Field label={t('absences.note')} validationMessage={error('note')}>
            <Textarea value={draft.note} onChange={(_, d) => set('note', d.value)} />
          </Field>
        </>
      )}
    </FormDialog>
  );
}
