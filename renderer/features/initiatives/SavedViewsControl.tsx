import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  tokens,
} from '@fluentui/react-components';
import { DeleteRegular, SaveRegular } from '@fluentui/react-icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app-services';
import { useNotify } from '../../ui/notify';
import { deleteInventoryView, type InventoryViewState, listInventoryViews, saveInventoryView } from './saved-views';

const useStyles = makeStyles({
  root: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', flexWrap: 'wrap' },
  dropdown: { minWidth: '200px' },
});

/** Choose, save and delete named views (filter + columns + sort) of the inventory. */
export const SavedViewsControl = memo(function SavedViewsControl(props: {
  getCurrent: () => InventoryViewState;
  onApply: (state: InventoryViewState) => void;
}) {
  const { t } = useTranslation('initiatives');
  const { t: tc } = useTranslation('common');
  const styles = useStyles();
  const { db } = useServices();
  const notify = useNotify();
  const views = useLiveQuery(() => listInventoryViews(db), [db]) ?? [];
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState('');
  const selected = views.find((v) => v.id === selectedId);

  async function save() {
    const trimmed = name.trim();
    if (!trimmed) return setNameError(t('views.nameRequired'));
    try {
      const id = await saveInventoryView(db, trimmed, props.getCurrent());
      setSelectedId(id);
      setOpen(false);
      notify.success(t('views.saved', { name: trimmed }));
    } catch (error) {
      notify.failure(t('views.saveFailed'), error);
    }
  }

  return (
    <div className={styles.root}>
      <Field label={t('views.label')}>
        <Dropdown
          className={styles.dropdown}
          placeholder={views.length ? t('views.choose') : t('views.none')}
          disabled={views.length === 0}
          value={selected?.name ?? ''}
          selectedOptions={selectedId ? [selectedId] : []}
          onOptionSelect={(_, data) => {
            const view = views.find((v) => v.id === data.optionValue);
            if (!view) return;
            setSelectedId(view.id);
            props.onApply(view.state);
          }}
          data-testid="saved-views"
        >
          {views.map((view) => (
            <Option key={view.id} value={view.id}>
              {view.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Dialog
        open={open}
        onOpenChange={(_, data) => {
          setOpen(data.open);
          if (data.open) {
            setName(selected?.name ?? '');
            setNameError('');
          }
        }}
      >
        <DialogTrigger disableButtonEnhancement>
          <Button icon={<SaveRegular />}>{t('views.save')}</Button>
        </DialogTrigger>
        <DialogSurface>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void save();
            }}
          >
            <DialogBody>
              <DialogTitle>{t('views.dialogTitle')}</DialogTitle>
              <DialogContent>
                <Field
                  label={t('views.nameLabel')}
                  hint={t('views.nameHint')}
                  validationMessage={nameError || undefined}
                  required
                >
                  <Input value={name} onChange={(_, data) => setName(data.value)} />
                </Field>
              </DialogContent>
              <DialogActions>
                <DialogTrigger disableButtonEnhancement>
                  <Button>{tc('actions.cancel')}</Button>
                </DialogTrigger>
                <Button appearance="primary" type="submit">
                  {tc('actions.save')}
                </Button>
              </DialogActions>
            </DialogBody>
          </form>
        </DialogSurface>
      </Dialog>
      {selected && (
        <Button
          icon={<DeleteRegular />}
          appearance="subtle"
          onClick={() =>
            void deleteInventoryView(db, selected.id).then(() => {
              setSelectedId(null);
              notify.success(t('views.deleted', { name: selected.name }));
            })
          }
        >
          {t('views.delete')}
        </Button>
      )}
    </div>
  );
});
