import { Button, Field, Input, Select, Subtitle2, Textarea } from '@fluentui/react-components';
import { AddRegular, DeleteRegular, EditRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type Contact,
  ORGANISATION_KINDS,
  type Organisation,
  type OrganisationKind,
} from '../../../shared/domain/meeting';
import { useServices } from '../../app-services';
import { EmptyState } from '../../ui/EmptyState';
import { FormDialog } from '../../ui/FormDialog';
import { useNotify } from '../../ui/notify';
import { type MeetingData, useMeetingRepositories } from './data';
import { useMeetingStyles } from './styles';

/** The usual partners of the centre, offered when the list is empty (names as the domain reference gives them). */
const TYPICAL_ORGANISATIONS: { name: string; kind: OrganisationKind }[] = [
  { name: 'Københavns Politi', kind: 'police' },
  { name: 'Rigspolitiet', kind: 'police' },
  { name: 'SSP København', kind: 'ssp' },
  { name: 'Københavns Brandvæsen', kind: 'fireService' },
  { name: 'Aarhus Kommune', kind: 'municipality' },
];

export function ContactsView(props: { data: MeetingData }) {
  const { t } = useTranslation('meetings');
  const styles = useMeetingStyles();
  const { actor } = useServices();
  const repos = useMeetingRepositories();
  const notify = useNotify();
  const [org, setOrg] = useState<Organisation | 'new' | null>(null);
  const [contact, setContact] = useState<Contact | 'new' | null>(null);
  const orgName = (id: string) => props.data.organisations.find((o) => o.id === id)?.name ?? '';

  /** An organisation with contacts stays: removing it would hide them from every meeting. */
  async function removeOrganisation(o: Organisation) {
    const count = props.data.contacts.filter((c) => c.organisationId === o.id).length;
    if (count > 0) return notify.failure(t('contacts.hasContacts', { name: o.name, count }));
    await repos.organisations.remove(o.id, actor);
    notify.success(t('contacts.removed', { name: o.name }));
  }

  async function addTypical() {
    for (const o of TYPICAL_ORGANISATIONS) await repos.organisations.create(o, actor);
    notify.success(t('contacts.typicalAdded', { count: TYPICAL_ORGANISATIONS.length }));
  }

  return (
    <>
      <section className={styles.section} aria-labelledby="orgs-heading">
        <Subtitle2 as="h2" id="orgs-heading" className={styles.heading}>
          {t('contacts.organisations')}
        </Subtitle2>
        <div className={styles.bar}>
          <Button appearance="primary" icon={<AddRegular />} onClick={() => setOrg('new')}>
            {t('contacts.addOrganisation')}
          </Button>
          {props.data.organisations.length === 0 && (
            <Button onClick={() => void addTypical()}>{t('contacts.addTypical')}</Button>
          )}
        </div>
        {props.data.organisations.length === 0 ? (
          <EmptyState title={t('contacts.noOrganisations')} body={t('contacts.noOrganisationsBody')} />
        ) : (
          <table className={styles.table} aria-labelledby="orgs-heading">
            <thead>
              <tr>
                {['name', 'kind', 'contacts', 'notes', 'actions'].map((key) => (
                  <th key={key} scope="col" className={styles.columnHead}>
                    {t(`contacts.orgColumns.${key}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {props.data.organisations.map((o) => (
                <tr key={o.id}>
                  <th scope="row" className={styles.rowHead}>
                    {o.name}
                  </th>
                  <td>{t(`contacts.kinds.${o.kind}`)}</td>
                  <td>{props.data.contacts.filter((c) => c.organisationId === o.id).length}</td>
                  <td>{o.notes}</td>
                  <td>
                    <RowActions name={o.name} onEdit={() => setOrg(o)} onRemove={() => void removeOrganisation(o)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className={styles.section} aria-labelledby="contacts-heading">
        <Subtitle2 as="h2" id="contacts-heading" className={styles.heading}>
          {t('contacts.people')}
        </Subtitle2>
        <div className={styles.bar}>
          <Button
            appearance="primary"
            icon={<AddRegular />}
            disabled={props.data.organisations.length === 0}
            onClick={() => setContact('new')}
          >
            {t('contacts.addContact')}
          </Button>
        </div>
        {props.data.contacts.length > 0 && (
          <table className={styles.table} aria-labelledby="contacts-heading">
            <thead>
              <tr>
                {['name', 'organisation', 'role', 'email', 'phone', 'actions'].map((key) => (
                  <th key={key} scope="col" className={styles.columnHead}>
                    {t(`contacts.contactColumns.${key}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {props.data.contacts.map((c) => (
                <tr key={c.id}>
                  <th scope="row" className={styles.rowHead}>
                    {c.name}
                  </th>
                  <td>{orgName(c.organisationId)}</td>
                  <td>{c.role}</td>
                  <td>{c.email}</td>
                  <td>{c.phone}</td>
                  <td>
                    <RowActions
                      name={c.name}
                      onEdit={() => setContact(c)}
                      onRemove={() => void repos.contacts.remove(c.id, actor)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {org && <OrganisationDialog organisation={org === 'new' ? undefined : org} onClose={() => setOrg(null)} />}
      {contact && (
        <ContactDialog
          contact={contact === 'new' ? undefined : contact}
          organisations={props.data.organisations}
          onClose={() => setContact(null)}
        />
      )}
    </>
  );
}

/** Edit and remove for one row, named after it for screen readers. */
function RowActions(props: { name: string; onEdit(): void; onRemove(): void }) {
  const { t } = useTranslation('meetings');
  const styles = useMeetingStyles();
  return (
    <div className={styles.actions}>
      <Button
        size="small"
        icon={<EditRegular />}
        aria-label={t('contacts.editNamed', { name: props.name })}
        onClick={props.onEdit}
      />
      <Button
        size="small"
        icon={<DeleteRegular />}
        aria-label={t('contacts.removeNamed', { name: props.name })}
        onClick={props.onRemove}
      />
    </div>
  );
}

function OrganisationDialog(props: { organisation?: Organisation; onClose(): void }) {
  const { t } = useTranslation('meetings');
  const _styles = useMeetingStyles();
  const { actor } = useServices();
  const repos = useMeetingRepositories();
  const [draft, setDraft] = useState({
    name: props.organisation?.name ?? '',
    kind: props.organisation?.kind ?? ('other' as OrganisationKind),
    notes: props.organisation?.notes ?? '',
  });
  const set = (key: keyof typeof draft, value: string) => setDraft((d) => ({ ...d, [key]: value }));

  async function save(): Promise<string> {
    if (props.organisation) await repos.organisations.update(props.organisation.id, draft, actor);
    else await repos.organisations.create(draft, actor);
    return t('contacts.saved', { name: draft.name.trim() });
  }

  return (
    <FormDialog
      namespace="meetings"
      title={props.organisation ? t('contacts.editOrganisation') : t('contacts.addOrganisation')}
      onClose={props.onClose}
      save={save}
    >
      {(error) => (
        <>
          <Field label={t('contacts.orgColumns.name')} required validationMessage={error('name')}>
            <Input value={draft.name} onChange={(_, d) => set('name', d.value)} />
          </Field>
          <Field label={t('contacts.orgColumns.kind')}>
            <Select value={draft.kind} onChange={(_, d) => set('kind', d.value)}>
              {ORGANISATION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`contacts.kinds.${k}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('contacts.orgColumns.notes')}>
            <Textarea value={draft.notes} onChange={(_, d) => set('notes', d.value)} />
          </Field>
        </>
      )}
    </FormDialog>
  );
}

function ContactDialog(props: { contact?: Contact; organisations: Organisation[]; onClose(): void }) {
  const { t } = useTranslation('meetings');
  const styles = useMeetingStyles();
  const { actor } = useServices();
  const repos = useMeetingRepositories();
  const c = props.contact;
  const [draft, setDraft] = useState({
    name: c?.name ?? '',
    organisationId: c?.organisationId ?? '',
    role: c?.role ?? '',
    email: c?.email ?? '',
    phone: c?.phone ?? '',
  });
  const set = (key: keyof typeof draft, value: string) => setDraft((d) => ({ ...d, [key]: value }));

  async function save(): Promise<string> {
    if (c) await repos.contacts.update(c.id, draft, actor);
    else await repos.contacts.create(draft, actor);
    return t('contacts.saved', { name: draft.name.trim() });
  }

  return (
    <FormDialog
      namespace="meetings"
      title={c ? t('contacts.editContact') : t('contacts.addContact')}
      onClose={props.onClose}
      save={save}
    >
      {(error) => (
        <>
          <Field label={t('contacts.contactColumns.name')} required validationMessage={error('name')}>
            <Input value={draft.name} onChange={(_, d) => set('name', d.value)} />
          </Field>
          <Field label={t('contacts.contactColumns.organisation')} required validationMessage={error('organisationId')}>
            <Select value={draft.organisationId} onChange={(_, d) => set('organisationId', d.value)}>
              <option value="">{t('contacts.chooseOrganisation')}</option>
              {props.organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('contacts.contactColumns.role')} validationMessage={error('role')}>
            <Input value={draft.role} onChange={(_, d) => set('role', d.value)} />
          </Field>
          <div className={styles.row}>
            <Field label={t('contacts.contactColumns.email')} validationMessage={error('email')}>
              <Input type="email" value={draft.email} onChange={(_, d) => set('email', d.value)} />
            </Field>
            <Field label={t('contacts.contactColumns.phone')} validationMessage={error('phone')}>
              <Input type="tel" value={draft.phone} onChange={(_, d) => set('phone', d.value)} />
            </Field>
          </div>
        </>
      )}
    </FormDialog>
  );
}
