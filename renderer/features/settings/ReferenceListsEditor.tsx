import {
  Body1,
  Button,
  Checkbox,
  Field,
  Input,
  makeStyles,
  Subtitle2,
  Tab,
  TabList,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, ArchiveRegular, ArrowUndoRegular } from '@fluentui/react-icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  REFERENCE_KINDS,
  type ReferenceItem,
  ReferenceItemSchema,
  type ReferenceKind,
} from '../../../shared/domain/reference-lists';
import { useServices } from '../../app-services';
import { createRepository } from '../../db/repository';
import { useNotify } from '../../ui/notify';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    marginTop: tokens.spacingVerticalXXL,
  },
  tableWrap: { overflowX: 'auto' },
  table: { borderCollapse: 'collapse', width: '100%', minWidth: '760px' },
  th: {
    textAlign: 'left',
    padding: tokens.spacingVerticalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    fontWeight: tokens.fontWeightSemibold,
  },
  td: {
    padding: tokens.spacingVerticalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    verticalAlign: 'middle',
  },
  archived: { color: tokens.colorNeutralForeground3 },
  input: { width: '100%', minWidth: '120px' },
  hidden: { position: 'absolute', left: '-10000px', width: '1px', height: '1px', overflow: 'hidden' },
  add: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'flex-end', flexWrap: 'wrap' },
});

/** The item's editable fields; the id is the record key and never changes. */
const ReferenceFieldsSchema = ReferenceItemSchema.omit({ id: true });
type Patch = Partial<Omit<ReferenceItem, 'id' | 'kind'>>;

/** A readable, stable id from a Danish name: "Amager Øst" → "amager-oest". */
export function referenceIdFromName(name: string): string {
  return name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/**
 * Indstillinger → reference lists: departments, districts, target groups and
 * the rest are data; users add, rename and archive items, and keep the
 * aliases that returned spreadsheets use. Every change is a synced operation.
 */
export function ReferenceListsEditor() {
  const { t } = useTranslation('settings');
  const styles = useStyles();
  const { db, recorder, actor } = useServices();
  const notify = useNotify();
  const [kind, setKind] = useState<ReferenceKind>('department');
  const repository = useMemo(() => createRepository('referenceItems', ReferenceFieldsSchema, recorder), [recorder]);
  const all = useLiveQuery(async () => (await db.referenceItems.toArray()).filter((i) => !i._deleted), [db]);
  const items = (all ?? []).filter((i) => i.kind === kind).sort((a, b) => a.sortOrder - b.sortOrder);

  async function update(item: ReferenceItem, patch: Patch) {
    try {
      await repository.update(item.id, patch, actor);
    } catch (error) {
      notify.failure(t('referenceLists.saveFailed'), error);
    }
  }

  return (
    <section className={styles.root} aria-labelledby="reference-lists-heading">
      <Subtitle2 as="h2" id="reference-lists-heading">
        {t('referenceLists.heading')}
      </Subtitle2>
      <Body1>{t('referenceLists.intro')}</Body1>
      <TabList
        selectedValue={kind}
        onTabSelect={(_, data) => setKind(data.value as ReferenceKind)}
        aria-label={t('referenceLists.chooseList')}
      >
        {REFERENCE_KINDS.map((k) => (
          <Tab key={k} value={k} data-testid={`reference-kind-${k}`}>
            {t(`referenceLists.kinds.${k}`)}
          </Tab>
        ))}
      </TabList>
      <div className={styles.tableWrap}>
        <table className={styles.table} data-testid="reference-items">
          <caption className={styles.hidden}>{t(`referenceLists.kinds.${kind}`)}</caption>
          <thead>
            <tr>
              <th className={styles.th} scope="col">
                {t('referenceLists.name')}
              </th>
              <th className={styles.th} scope="col">
                {t('referenceLists.nameEn')}
              </th>
              {kind === 'department' && (
                <th className={styles.th} scope="col">
                  {t('referenceLists.code')}
                </th>
              )}
              <th className={styles.th} scope="col">
                {t('referenceLists.aliases')}
              </th>
              {kind === 'targetGroup' && (
                <th className={styles.th} scope="col">
                  {t('referenceLists.adult')}
                </th>
              )}
              <th className={styles.th} scope="col">
                {t('referenceLists.state')}
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <ReferenceRow key={item.id} item={item} onChange={(patch) => void update(item, patch)} />
            ))}
          </tbody>
        </table>
      </div>
      <AddReferenceItem
        kind={kind}
        existing={all ?? []}
        onAdd={async (id, fields) => {
          await repository.create(fields, actor, id);
          notify.success(t('referenceLists.added', { name: fields.name }));
        }}
      />
    </section>
  );
}

/** A text cell that saves when the user leaves it; an empty name is refused and the old one comes back. */
function CommitInput(props: { value: string; label: string; onCommit: (text: string) => void; required?: boolean }) {
  const styles = useStyles();
  const [draft, setDraft] = useState(props.value);
  useEffect(() => setDraft(props.value), [props.value]);
  return (
    <Input
      className={styles.input}
      value={draft}
      aria-label={props.label}
      onChange={(_, data) => setDraft(data.value)}
      onBlur={() => {
        const text = draft.trim();
        if (props.required && !text) return setDraft(props.value);
        if (text !== props.value) props.onCommit(text);
      }}
    />
  );
}

function ReferenceRow(props: { item: ReferenceItem; onChange: (patch: Patch) => void }) {
  const { t } = useTranslation('settings');
  const styles = useStyles();
  const { item, onChange } = props;
  const name = item.name;
  return (
    <tr className={item.archived ? styles.archived : undefined} data-testid="reference-item">
      <td className={styles.td}>
        <CommitInput
          required
          value={item.name}
          label={t('referenceLists.nameOf', { name })}
          onCommit={(text) => onChange({ name: text })}
        />
      </td>
      <td className={styles.td}>
        <CommitInput
          value={item.nameEn}
          label={t('referenceLists.nameEnOf', { name })}
          onCommit={(text) => onChange({ nameEn: text })}
        />
      </td>
      {item.kind === 'department' && (
        <td className={styles.td}>
          <CommitInput
            value={item.code}
            label={t('referenceLists.codeOf', { name })}
            onCommit={(text) => onChange({ code: text.slice(0, 20) })}
          />
        </td>
      )}
      <td className={styles.td}>
        <CommitInput
          value={item.aliases.join(', ')}
          label={t('referenceLists.aliasesOf', { name })}
          onCommit={(text) =>
            onChange({
              aliases: text
                .split(/[,;]/)
                .map((a) => a.trim())
                .filter(Boolean),
            })
          }
        />
      </td>
      {item.kind === 'targetGroup' && (
        <td className={styles.td}>
          <Checkbox
            checked={item.adult}
            aria-label={t('referenceLists.adultOf', { name })}
            onChange={(_, data) => onChange({ adult: data.checked === true })}
          />
        </td>
      )}
      <td className={styles.td}>
        {item.archived ? (
          <Button
            size="small"
            icon={<ArrowUndoRegular />}
            onClick={() => onChange({ archived: false })}
            aria-label={t('referenceLists.restoreOf', { name })}
          >
            {t('referenceLists.restore')}
          </Button>
        ) : (
          <Button
            size="small"
            icon={<ArchiveRegular />}
            onClick={() => onChange({ archived: true })}
            aria-label={t('referenceLists.archiveOf', { name })}
          >
            {t('referenceLists.archive')}
          </Button>
        )}
      </td>
    </tr>
  );
}

function AddReferenceItem(props: {
  kind: ReferenceKind;
  existing: readonly ReferenceItem[];
  onAdd: (id: string, fields: Omit<ReferenceItem, 'id'>) => Promise<void>;
}) {
  const { t } = useTranslation('settings');
  const styles = useStyles();
  const notify = useNotify();
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [error, setError] = useState<{ name?: string; code?: string }>({});
  const isDepartment = props.kind === 'department';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    const abbreviation = code.trim().toUpperCase();
    const sameKind = props.existing.filter((i) => i.kind === props.kind);
    const problems: { name?: string; code?: string } = {};
    if (!trimmed) problems.name = t('referenceLists.nameRequired');
    else if (sameKind.some((i) => i.name.toLowerCase() === trimmed.toLowerCase())) {
      problems.name = t('referenceLists.nameTaken');
    }
    if (isDepartment && !abbreviation) problems.code = t('referenceLists.codeRequired');
    // Departments are known by their abbreviation, which is also their id in every record and sheet.
    let id = isDepartment ? abbreviation : referenceIdFromName(trimmed);
    if (isDepartment && props.existing.some((i) => i.id === id)) problems.code = t('referenceLists.codeTaken');
    setError(problems);
    if (problems.name || problems.code) return;
    if (!id) id = `punkt-${Date.now().toString(36)}`;
    for (let n = 2; props.existing.some((i) => i.id === id); n++) id = `${referenceIdFromName(trimmed)}-${n}`;
    try {
      await props.onAdd(id, {
        ...ReferenceFieldsSchema.parse({ kind: props.kind, name: trimmed, code: abbreviation }),
        sortOrder: Math.max(-1, ...sameKind.map((i) => i.sortOrder)) + 1,
      });
      setName('');
      setCode('');
    } catch (failure) {
      notify.failure(t('referenceLists.saveFailed'), failure);
    }
  }

  return (
    <form className={styles.add} onSubmit={(event) => void submit(event)} aria-label={t('referenceLists.addLabel')}>
      <Field
        label={t('referenceLists.newName')}
        validationMessage={error.name}
        validationState={error.name ? 'error' : 'none'}
      >
        <Input value={name} onChange={(_, data) => setName(data.value)} data-testid="reference-new-name" />
      </Field>
      {isDepartment && (
        <Field
          label={t('referenceLists.newCode')}
          validationMessage={error.code}
          validationState={error.code ? 'error' : 'none'}
        >
          <Input value={code} onChange={(_, data) => setCode(data.value)} />
        </Field>
      )}
      <Button type="submit" icon={<AddRegular />}>
        {t('referenceLists.add')}
      </Button>
    </form>
  );
}
