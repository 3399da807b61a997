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
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app-services';
import { navigate } from '../../navigation';
import { useNotify } from '../../ui/notify';
import { fieldErrorsOf, useMeetingRepositories } from './data';
import { useMeetingStyles } from './styles';

/** The few fields a meeting needs to exist; the rest is filled in on the meeting's page. */
export function NewMeetingDialog(props: { onClose(): void }) {
  const { t } = useTranslation('meetings');
  const styles = useMeetingStyles();
  const { actor } = useServices();
  const repos = useMeetingRepositories();
  const notify = useNotify();
  const [draft, setDraft] = useState({ title: '', date: '', startTime: '', endTime: '', place: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (key: keyof typeof draft, value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const error = (field: string) =>
    errors[field] ? t(errors[field], { defaultValue: t('validation.invalid') }) : undefined;

  async function save() {
    try {
      const id = await repos.meetings.create(draft, actor);
      notify.success(t('meeting.created', { title: draft.title.trim() }));
      props.onClose();
      navigate('meetings', `meeting/${id}`);
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
            <DialogTitle>{t('meeting.addTitle')}</DialogTitle>
            <DialogContent className={styles.form}>
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
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit">
                {t('meeting.createButton')}
              </Button>
              <Button onClick={props.onClose}>{t('common:actions.cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
