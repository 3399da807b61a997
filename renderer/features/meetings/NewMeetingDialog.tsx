import { Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app-services';
import { navigate } from '../../navigation';
import { FormDialog } from '../../ui/FormDialog';
import { useMeetingRepositories } from './data';
import { useMeetingStyles } from './styles';

/** The few fields a meeting needs to exist; the rest is filled in on the meeting's page. */
export function NewMeetingDialog(props: { onClose(): void }) {
  const { t } = useTranslation('meetings');
  const styles = useMeetingStyles();
  const { actor } = useServices();
  const repos = useMeetingRepositories();
  const [draft, setDraft] = useState({ title: '', date: '', startTime: '', endTime: '', place: '' });
  const set = (key: keyof typeof draft, value: string) => setDraft((d) => ({ ...d, [key]: value }));

  async function save(): Promise<string> {
    const id = await repos.meetings.create(draft, actor);
    navigate('meetings', `meeting/${id}`);
    return t('meeting.created', { title: draft.title.trim() });
  }

  return (
    <FormDialog
      namespace="meetings"
      title={t('meeting.addTitle')}
      submitLabel={t('meeting.createButton')}
      onClose={props.onClose}
      save={save}
    >
      {(error) => (
        <>
          <Field label={t('meeting.title')} required validationMessage={error('title')}>
            <Input value={draft.title} onChange={(_, d) => set('title', d.value)} />
          </Field>
          <div className={styles.row}>
            <Field label={t('meeting.date')} required validationMessage={error('date')}>
              <Input type="date" value={draft.date} onChange={(_, d) => set('date', d.value)} />
            </Field>
            <Field label={t('meeting.startTime')} validationMessage={error('startTime')}>
              <Input type="time" value={draft.startTime} onChange={(_, d) => set('startTime', d.value)} />
            </Field>
            <Field label={t('meeting.endTime')} validationMessage={error('endTime')}>
              <Input type="time" value={draft.endTime} onChange={(_, d) => set('endTime', d.value)} />
            </Field>
          </div>
          <Field label={t('meeting.place')} validationMessage={error('place')}>
            <Input value={draft.place} onChange={(_, d) => set('place', d.value)} />
          </Field>
        </>
      )}
    </FormDialog>
  );
}
