import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  Subtitle1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { ArrowUndoRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ReferenceItem, referenceLabel } from '../../../shared/domain/reference-lists';
import { formatLongDate } from '../../../shared/format/danish';
import { useServices } from '../../app-services';
import { useNotify } from '../../ui/notify';
import { undoImport } from './apply-import';
import type { ImportBatch } from './hearing-records';
import { useImportBatches } from './use-hearing-data';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** The imports made so far; the latest of each can be undone as a whole. */
export function ImportBatches(props: { referenceItems: readonly ReferenceItem[] }) {
  const { t } = useTranslation('hearing');
  const styles = useStyles();
  const { settings, recorder, actor } = useServices();
  const notify = useNotify();
  const batches = useImportBatches();
  const [confirming, setConfirming] = useState<(ImportBatch & { id: string }) | null>(null);
  const departmentName = (id: string) => {
    const item = props.referenceItems.find((i) => i.kind === 'department' && i.id === id);
    return item ? referenceLabel(item, settings.language) : id;
  };

  async function undo(batch: ImportBatch & { id: string }) {
    setConfirming(null);
    try {
      const result = await undoImport(recorder, batch.id, actor);
      notify.success(t('batches.undoDone', { count: result.reverted }));
      if (result.kept > 0) notify.success(t('batches.undoKept', { count: result.kept }));
    } catch (error) {
      notify.failure(t('batches.undoFailed'), error);
    }
  }

  return (
    <section className={styles.section} aria-labelledby="hearing-batches-heading">
      <Subtitle1 as="h2" id="hearing-batches-heading">
        {t('batches.title')}
      </Subtitle1>
      {batches && batches.length === 0 && <Body1>{t('batches.empty')}</Body1>}
      {batches && batches.length > 0 && (
        <Table aria-labelledby="hearing-batches-heading" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('batches.file')}</TableHeaderCell>
              <TableHeaderCell>{t('batches.department')}</TableHeaderCell>
              <TableHeaderCell>{t('batches.appliedAt')}</TableHeaderCell>
              <TableHeaderCell>{t('batches.by')}</TableHeaderCell>
              <TableHeaderCell>{t('batches.changes')}</TableHeaderCell>
              <TableHeaderCell>{t('batches.status')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {batches.map((batch) => (
              <TableRow key={batch.id}>
                <TableCell>{batch.fileName}</TableCell>
                <TableCell>{departmentName(batch.department)}</TableCell>
                <TableCell>{formatLongDate(batch.appliedAt, settings.language)}</TableCell>
                <TableCell>{batch.actor}</TableCell>
                <TableCell>{batch.operations.length}</TableCell>
                <TableCell>
                  {batch.undoneAt ? (
                    t('batches.undone', { date: formatLongDate(batch.undoneAt, settings.language) })
                  ) : (
                    <Button
                      size="small"
                      icon={<ArrowUndoRegular />}
                      aria-label={t('batches.undoLabel', { file: batch.fileName })}
                      onClick={() => setConfirming(batch)}
                    >
                      {t('batches.undo')}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Dialog open={confirming !== null} onOpenChange={(_, data) => !data.open && setConfirming(null)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t('batches.confirmTitle', { file: confirming?.fileName ?? '' })}</DialogTitle>
            <DialogContent>{t('batches.confirmBody')}</DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => setConfirming(null)}>
                {t('common:actions.cancel')}
              </Button>
              <Button appearance="primary" onClick={() => confirming && undo(confirming)}>
                {t('batches.confirm')}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
