import { Button, Field, Input, Select, Textarea } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isDay } from '../../../shared/calendar/days';
import {
  flaggedDayOf,
  type LinkedDocument,
  MILESTONE_KINDS,
  MILESTONE_STATUSES,
  type Milestone,
  type MilestoneKind,
  type MilestoneStatus,
} from '../../../shared/domain/milestone';
import type { StaffMember } from '../../../shared/domain/staff';
import type { Language } from '../../../shared/settings';
import { useServices } from '../../app-services';
import { FormDialog } from '../../ui/FormDialog';
import { DateFlagNote } from './DateFlagNote';
import { useStaffingRepositories } from './data';
import { useFormStyles } from './form-styles';

export function MilestoneDialog(props: {
  milestone?: Milestone;
  staff: StaffMember[];
  language: Language;
  onClose(): void;
}) {
  const { t } = useTranslation('staffing');
  const styles = useFormStyles();
  const { actor } = useServices();
  const repos = useStaffingRepositories();
  const m = props.milestone;
  const [draft, setDraft] = useState({
    title: m?.title ?? '',
    kind: m?.kind ?? ('deadline' as MilestoneKind),
    date: m?.date ?? '',
    endDate: m?.endDate ?? '',
    status: m?.status ?? ('planned' as MilestoneStatus),
    ownerId: m?.ownerId ?? '',
    notes: m?.notes ?? '',
  });
  const [documents, setDocuments] = useState<LinkedDocument[]>(m?.documents ?? []);
  const set = (key: keyof typeof draft, value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const flagged = flaggedDayOf(draft);

  async function save(): Promise<string> {
    const values = { ...draft, documents: documents.filter((d) => d.title.trim() || d.reference.trim()) };
    if (m) await repos.milestones.update(m.id, values, actor);
    else await repos.milestones.create(values, actor);
    return t('process.saved', { title: draft.title.trim() });
  }

  return (
    <FormDialog
      namespace="staffing"
      title={m ? t('process.editTitle') : t('process.addTitle')}
      onClose={props.onClose}
      save={save}
    >
      {(error) => (
        <>
          <Field label={t('process.titleField')} required validationMessage={error('title')}>
            <Input value={draft.title} onChange={(_, d) => set('title', d.value)} />
          </Field>
          <div className={styles.row}>
            <Field label={t('process.kind')} required>
              <Select value={draft.kind} onChange={(_, d) => set('kind', d.value)}>
                {MILESTONE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`kinds.${k}`)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t('process.status')}>
              <Select value={draft.status} onChange={(_, d) => set('status', d.value)}>
                {MILESTONE_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`statuses.${s}`)}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <div className={styles.row}>
            <Field label={t('process.date')} required validationMessage={error('date')}>
              <Input type="date" value={draft.date} onChange={(_, d) => set('date', d.value)} />
            </Field>
            <Field label={t('process.endDate')} hint={t('process.endDateHint')} validationMessage={error('endDate')}>
              <Input type="date" value={draft.endDate} onChange={(_, d) => set('endDate', d.value)} />
            </Field>
          </div>
          {isDay(flagged) && (
            <DateFlagNote
              day={flagged}
              language={props.language}
              onUseSuggestion={(day) => set(draft.endDate ? 'endDate' : 'date', day)}
            />
          )}
          <Field label={t('process.owner')}>
            <Select value={draft.ownerId} onChange={(_, d) => set('ownerId', d.value)}>
              <option value="">{t('process.noOwner')}</option>
              {props.staff.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('process.notes')} validationMessage={error('notes')}>
            <Textarea value={draft.notes} onChange={(_, d) => set('notes', d.value)} />
          </Field>
          <fieldset className={styles.group}>
            <legend>{t('process.documents')}</legend>
            {documents.map((doc, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity before they are saved
              <div key={i} className={styles.row}>
                <Field label={t('process.documentTitle', { n: i + 1 })}>
                  <Input
                    value={doc.title}
                    onChange={(_, d) => setDocuments(documents.map((x, j) => (j === i ? { ...x, title: d.value } : x)))}
                  />
                </Field>
                <Field label={t('process.documentReference', { n: i + 1 })}>
                  <Input
                    value={doc.reference}
                    onChange={(_, d) =>
                      setDocuments(documents.map((x, j) => (j === i ? { ...x, reference: d.value } : x)))
                    }
                  />
                </Field>
                <Button
                  icon={<DeleteRegular />}
                  aria-label={t('process.removeDocument', { n: i + 1 })}
                  onClick={() => setDocuments(documents.filter((_, j) => j !== i))}
                  className={styles.rowButton}
                />
              </div>
            ))}
            {error('documents') && <span role="alert">{error('documents')}</span>}
            <Button
              icon={<AddRegular />}
              onClick={() => setDocuments([...documents, { title: '', reference: '' }])}
              className={styles.start}
            >
              {t('process.addDocument')}
            </Button>
          </fieldset>
        </>
      )}
    </FormDialog>
  );
}
