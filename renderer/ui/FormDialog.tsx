import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../db/repository';
import { useNotify } from './notify';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/**
 * A modal form that saves a record: a refused value is shown beside its field
 * (in the user's language) and nothing is saved; any other failure is notified.
 */
export function FormDialog(props: {
  /** The feature's translation namespace, holding its `validation.*` keys and `saveFailed`. */
  namespace: string;
  title: string;
  /** The submit button's text; "Gem" when not given. */
  submitLabel?: string;
  onClose(): void;
  /** Validates and writes; returns the confirmation to show. */
  save(): Promise<string>;
  children(error: (field: string) => string | undefined): ReactNode;
}) {
  const { t } = useTranslation(props.namespace);
  const styles = useStyles();
  const notify = useNotify();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const error = (field: string) =>
    errors[field] ? t(errors[field], { defaultValue: t('validation.invalid') }) : undefined;

  async function submit() {
    try {
      notify.success(await props.save());
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
            void submit();
          }}
        >
          <DialogBody>
            <DialogTitle>{props.title}</DialogTitle>
            <DialogContent className={styles.form}>{props.children(error)}</DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit">
                {props.submitLabel ?? t('common:actions.save')}
              </Button>
              <Button onClick={props.onClose}>{t('common:actions.cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
