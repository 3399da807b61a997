import {
  Button,
  Checkbox,
  Field,
  Input,
  Link,
  mergeClasses,
  Select,
  Subtitle1,
  Subtitle2,
  Textarea,
} from '@fluentui/react-components';
import { AddRegular, ArrowLeftRegular, DeleteRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay, formatDayWithWeekday } from '../../../shared/calendar/format';
import { ACTION_STATUSES, type ActionStatus, type Meeting, openActions } from '../../../shared/domain/meeting';
import type { Language } from '../../../shared/settings';
import type { SyncedRecord } from '../../../shared/sync/apply';
import { useServices } from '../../app-services';
import { fieldErrorsOf, fieldsOf } from '../../db/repository';
import { navigate } from '../../navigation';
import { EmptyState } from '../../ui/EmptyState';
import { useNotify } from '../../ui/notify';
import { type MeetingData, ownerName, useMeetingRepositories } from './data';
import { useMeetingStyles } from './styles';

type Draft = Omit<Meeting, 'id'>;

function toggle(list: string[], id: string, on: boolean): string[] {
  return on ? [...list, id] : list.filter((x) => x !== id);
}

/** One meeting: its details, participants, agenda, notes, decisions, links and follow-up actions. */
export function MeetingDetail(props: { meetingId: string; data: MeetingData; language: Language; today: string }) {
  const { t } = useTranslation('meetings');
  const meeting = props.data.meetings.find((m) => m.id === props.meetingId);
  if (!meeting) {
    return (
      <EmptyState
        title={t('meeting.notFound')}
        body={t('meeting.notFoundBody')}
        actions={<Button onClick={() => navigate('meetings')}>{t('meeting.back')}</Button>}
      />
    );
  }
  return <MeetingEditor key={meeting.id} meeting={meeting} {...props} />;
}

function MeetingEditor(props: { meeting: Meeting; data: MeetingData; language: Language; today: string }) {
  const { t } = useTranslation('meetings');
  const styles = useMeetingStyles();
  const { actor } = useServices();
  const repos = useMeetingRepositories();
  const notify = useNotify();
  const id = props.meeting.id;
  // Only the editable fields: sync bookkeeping (_stamps, updatedAt) must never be written back as edits.
  const initial = fieldsOf(props.meeting as unknown as SyncedRecord) as Draft;
  const [draft, setDraft] = useState<Draft>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const error = (field: string) =>
    errors[field] ? t(errors[field], { defaultValue: t('validation.invalid') }) : undefined;
  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);

  async function save() {
    try {
      await repos.meetings.update(id, draft, actor);
      setErrors({});
      notify.success(t('meeting.saved', { title: draft.title.trim() }));
    } catch (e) {
      const fieldErrors = fieldErrorsOf(e);
      if (fieldErrors) setErrors(fieldErrors);
      else notify.failure(t('saveFailed'), e);
    }
  }

  async function remove() {
    await repos.meetings.remove(id, actor);
    notify.success(t('meeting.removed', { title: props.meeting.title }));
    navigate('meetings');
  }

  const contactsByOrg = props.data.organisations
    .map((o) => ({ org: o, contacts: props.data.contacts.filter((c) => c.organisationId === o.id) }))
    .filter((g) => g.contacts.length > 0);

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className={styles.bar}>
        <Button icon={<ArrowLeftRegular />} onClick={() => navigate('meetings')}>
          {t('meeting.back')}
        </Button>
        <Button appearance="primary" type="submit" disabled={!dirty}>
          {t('meeting.save')}
        </Button>
        <Button icon={<DeleteRegular />} onClick={() => void remove()}>
          {t('meeting.remove')}
        </Button>
      </div>
      <section className={styles.section} aria-labelledby="meeting-heading">
        <Subtitle1 as="h2" id="meeting-heading" className={styles.heading}>
          {props.meeting.title}
          {' – '}
          {formatDayWithWeekday(props.meeting.date, props.language)}
        </Subtitle1>
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
          <Field label={t('meeting.place')} validationMessage={error('place')}>
            <Input value={draft.place} onChange={(_, d) => set('place', d.value)} />
          </Field>
        </div>
      </section>

      <section className={styles.section} aria-labelledby="participants-heading">
        <Subtitle2 as="h3" id="participants-heading" className={styles.heading}>
          {t('meeting.participants')}
        </Subtitle2>
        <fieldset className={styles.group}>
          <legend>{t('meeting.staff')}</legend>
          {props.data.staff.length === 0 && <span className={styles.muted}>{t('meeting.noStaff')}</span>}
          {props.data.staff.map((s) => (
            <Checkbox
              key={s.id}
              label={s.name}
              checked={draft.staffIds.includes(s.id)}
              onChange={(_, d) => set('staffIds', toggle(draft.staffIds, s.id, d.checked === true))}
            />
          ))}
        </fieldset>
        {contactsByOrg.length === 0 && <span className={styles.muted}>{t('meeting.noContacts')}</span>}
        {contactsByOrg.map(({ org, contacts }) => (
          <fieldset key={org.id} className={styles.group}>
            <legend>{org.name}</legend>
            {contacts.map((c) => (
              <Checkbox
                key={c.id}
                label={c.role ? `${c.name} (${c.role})` : c.name}
                checked={draft.contactIds.includes(c.id)}
                onChange={(_, d) => set('contactIds', toggle(draft.contactIds, c.id, d.checked === true))}
              />
            ))}
          </fieldset>
        ))}
      </section>

      <section className={styles.section} aria-labelledby="content-heading">
        <Subtitle2 as="h3" id="content-heading" className={styles.heading}>
          {t('meeting.content')}
        </Subtitle2>
        <Field label={t('meeting.agenda')} validationMessage={error('agenda')}>
          <Textarea resize="vertical" rows={4} value={draft.agenda} onChange={(_, d) => set('agenda', d.value)} />
        </Field>
        <Field label={t('meeting.notes')} validationMessage={error('notes')}>
          <Textarea resize="vertical" rows={5} value={draft.notes} onChange={(_, d) => set('notes', d.value)} />
        </Field>
        <Field label={t('meeting.decisions')} validationMessage={error('decisions')}>
          <Textarea resize="vertical" rows={3} value={draft.decisions} onChange={(_, d) => set('decisions', d.value)} />
        </Field>
      </section>

      <section className={styles.section} aria-labelledby="links-heading">
        <Subtitle2 as="h3" id="links-heading" className={styles.heading}>
          {t('meeting.links')}
        </Subtitle2>
        <InitiativePicker
          initiatives={props.data.initiatives}
          selected={draft.initiativeIds}
          onChange={(ids) => set('initiativeIds', ids)}
        />
        <fieldset className={styles.group}>
          <legend>{t('meeting.milestones')}</legend>
          {props.data.milestones.length === 0 && <span className={styles.muted}>{t('meeting.noMilestones')}</span>}
          {props.data.milestones.map((m) => (
            <Checkbox
              key={m.id}
              label={`${m.title} (${formatDay(m.date, props.language, 'short')})`}
              checked={draft.milestoneIds.includes(m.id)}
              onChange={(_, d) => set('milestoneIds', toggle(draft.milestoneIds, m.id, d.checked === true))}
            />
          ))}
        </fieldset>
      </section>
      <ActionsSection meetingId={id} data={props.data} language={props.language} today={props.today} draft={draft} />
    </form>
  );
}

/** Above this many initiatives the list gets a filter box, so the inventory's hundreds stay usable. */
const FILTER_FROM = 8;

function InitiativePicker(props: {
  initiatives: MeetingData['initiatives'];
  selected: string[];
  onChange(ids: string[]): void;
}) {
  const { t } = useTranslation('meetings');
  const styles = useMeetingStyles();
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLocaleLowerCase('da');
  const shown = props.initiatives.filter(
    (i) => !needle || props.selected.includes(i.id) || i.title.toLocaleLowerCase('da').includes(needle),
  );
  return (
    <fieldset className={styles.group}>
      <legend>{t('meeting.initiatives')}</legend>
      {props.initiatives.length === 0 && <span className={styles.muted}>{t('meeting.noInitiatives')}</span>}
      {props.initiatives.length > FILTER_FROM && (
        <Field label={t('meeting.findInitiative')} className={styles.filter}>
          <Input type="search" value={filter} onChange={(_, d) => setFilter(d.value)} />
        </Field>
      )}
      {shown.map((i) => (
        <Checkbox
          key={i.id}
          label={i.title}
          checked={props.selected.includes(i.id)}
          onChange={(_, d) => props.onChange(toggle(props.selected, i.id, d.checked === true))}
        />
      ))}
    </fieldset>
  );
}

/** Follow-up actions: added and changed at once (they are separate records, so no meeting save is needed). */
function ActionsSection(props: {
  meetingId: string;
  data: MeetingData;
  language: Language;
  today: string;
  draft: Draft;
}) {
  const { t } = useTranslation('meetings');
  const styles = useMeetingStyles();
  const { actor } = useServices();
  const repos = useMeetingRepositories();
  const notify = useNotify();
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [error, setError] = useState<string | undefined>();
  const actions = props.data.actions
    .filter((a) => a.meetingId === props.meetingId)
    .sort((a, b) => (a.dueDate || '9999').localeCompare(b.dueDate || '9999'));
  const open = new Set(openActions(actions).map((a) => a.id));
  const people = [
    ...props.data.staff
      .filter((s) => props.draft.staffIds.includes(s.id))
      .map((s) => ({ value: `staff:${s.id}`, label: s.name })),
    ...props.data.contacts
      .filter((c) => props.draft.contactIds.includes(c.id))
      .map((c) => ({ value: `contact:${c.id}`, label: c.name })),
  ];

  async function add() {
    try {
      await repos.actions.create({ meetingId: props.meetingId, title, owner, dueDate }, actor);
      setTitle('');
      setOwner('');
      setDueDate('');
      setError(undefined);
      notify.success(t('actions.added'));
    } catch (e) {
      const fieldErrors = fieldErrorsOf(e);
      if (fieldErrors) setError(t(Object.values(fieldErrors)[0] ?? 'validation.invalid'));
      else notify.failure(t('saveFailed'), e);
    }
  }

  return (
    <section className={styles.section} aria-labelledby="actions-heading">
      <Subtitle2 as="h3" id="actions-heading" className={styles.heading}>
        {t('actions.title')}
      </Subtitle2>
      {actions.length > 0 && (
        <table className={styles.table} aria-labelledby="actions-heading">
          <thead>
            <tr>
              {['action', 'owner', 'dueDate', 'status', 'remove'].map((key) => (
                <th key={key} scope="col" className={styles.columnHead}>
                  {t(`actions.columns.${key}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {actions.map((a) => (
              <tr key={a.id}>
                <th scope="row" className={styles.rowHead}>
                  {a.title}
                </th>
                <td>{ownerName(a.owner, props.data)}</td>
                <td>
                  {a.dueDate && formatDay(a.dueDate, props.language)}
                  {open.has(a.id) && a.dueDate && a.dueDate < props.today && (
                    <span className={styles.late}> {t('actions.overdue')}</span>
                  )}
                </td>
                <td>
                  <Select
                    aria-label={t('actions.statusOf', { title: a.title })}
                    value={a.status}
                    onChange={(_, d) => void repos.actions.update(a.id, { status: d.value as ActionStatus }, actor)}
                  >
                    {ACTION_STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {t(`actions.statuses.${s}`)}
                      </option>
                    ))}
                  </Select>
                </td>
                <td>
                  <Button
                    size="small"
                    icon={<DeleteRegular />}
                    aria-label={t('actions.removeNamed', { title: a.title })}
                    onClick={() => void repos.actions.remove(a.id, actor)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <fieldset className={mergeClasses(styles.group, styles.stack)}>
        <legend>{t('actions.new')}</legend>
        <div className={styles.row}>
          <Field label={t('actions.columns.action')} validationMessage={error}>
            <Input value={title} onChange={(_, d) => setTitle(d.value)} />
          </Field>
          <Field label={t('actions.columns.owner')} hint={people.length === 0 ? t('actions.ownerHint') : undefined}>
            <Select value={owner} onChange={(_, d) => setOwner(d.value)}>
              <option value="">{t('actions.noOwner')}</option>
              {people.map((p) => (
                <option key={p.value} value={p.value}>
                  {p.label}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('actions.columns.dueDate')}>
            <Input type="date" value={dueDate} onChange={(_, d) => setDueDate(d.value)} />
          </Field>
        </div>
        <Button icon={<AddRegular />} className={styles.start} onClick={() => void add()}>
          {t('actions.add')}
        </Button>
      </fieldset>
      <Link as="button" onClick={() => navigate('meetings', 'actions')}>
        {t('actions.allOpen')}
      </Link>
    </section>
  );
}
