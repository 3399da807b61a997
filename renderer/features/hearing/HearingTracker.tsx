import {
  Badge,
  Button,
  Input,
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
import { ArrowDownloadRegular, ArrowUploadRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ReferenceItem, referenceLabel } from '../../../shared/domain/reference-lists';
import { formatLongDate } from '../../../shared/format/danish';
import { parseDanishDate } from '../../../shared/spreadsheet/danish-values';
import { useServices } from '../../app-services';
import { saveBytes } from '../../file-bridge';
import { navigate } from '../../navigation';
import { EmptyState } from '../../ui/EmptyState';
import { useNotify } from '../../ui/notify';
import { HEARING_END, type HearingRound, saveRound, today } from './hearing-records';
import { useHearingRounds, useInitiatives } from './use-hearing-data';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    marginBottom: tokens.spacingVerticalXXL,
  },
  table: { minWidth: '900px' },
  scroll: { overflowX: 'auto' },
  dateInput: { width: '120px' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'nowrap' },
  status: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXXS },
});

/** Per department: when the sheet went out, the deadline, when it came back and was imported. */
export function HearingTracker(props: { referenceItems: readonly ReferenceItem[] }) {
  const { t } = useTranslation('hearing');
  const styles = useStyles();
  const rounds = useHearingRounds();
  const initiatives = useInitiatives();
  const departments = props.referenceItems.filter((i) => i.kind === 'department' && !i.archived);
  if (departments.length === 0) return <EmptyState title={t('tracker.title')} body={t('tracker.noDepartments')} />;
  return (
    <section className={styles.section} aria-labelledby="hearing-tracker-heading">
      <Subtitle1 as="h2" id="hearing-tracker-heading">
        {t('tracker.title')}
      </Subtitle1>
      <div className={styles.scroll}>
        <Table className={styles.table} aria-labelledby="hearing-tracker-heading" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell style={{ width: '22%' }}>{t('tracker.department')}</TableHeaderCell>
              <TableHeaderCell style={{ width: '8%' }}>{t('tracker.initiatives')}</TableHeaderCell>
              <TableHeaderCell style={{ width: '11%' }}>{t('tracker.sent')}</TableHeaderCell>
              <TableHeaderCell style={{ width: '13%' }}>{t('tracker.deadline')}</TableHeaderCell>
              <TableHeaderCell style={{ width: '11%' }}>{t('tracker.returned')}</TableHeaderCell>
              <TableHeaderCell style={{ width: '12%' }}>{t('tracker.imported')}</TableHeaderCell>
              <TableHeaderCell style={{ width: '23%' }}>{t('tracker.actions')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {departments.map((department) => (
              <DepartmentRow
                key={department.id}
                department={department}
                round={rounds?.get(department.id)}
                count={initiatives?.filter((i) => i.department === department.id && !i.archived).length ?? 0}
                referenceItems={props.referenceItems}
              />
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}

function DepartmentRow(props: {
  department: ReferenceItem;
  round: HearingRound | undefined;
  count: number;
  referenceItems: readonly ReferenceItem[];
}) {
  const { t } = useTranslation('hearing');
  const styles = useStyles();
  const { recorder, actor, settings, db } = useServices();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const { department, round } = props;
  const name = referenceLabel(department, settings.language);
  const deadline = round?.deadline ?? HEARING_END;
  const overdue = !round?.returnedAt && today() > deadline;

  async function saveDate(field: 'sentAt' | 'deadline' | 'returnedAt', text: string) {
    const parsed = text.trim() ? parseDanishDate(text) : { value: null };
    if ('error' in parsed) {
      notify.failure(t('tracker.dateInvalid'));
      return;
    }
    try {
      const value = parsed.value ?? (field === 'deadline' ? HEARING_END : null);
      await saveRound(recorder, department.id, { [field]: value }, actor);
    } catch (error) {
      notify.failure(t('tracker.saveFailed'), error);
    }
  }

  async function exportSheet() {
    setBusy(true);
    try {
      const { buildHearingWorkbook } = await import('../../../shared/spreadsheet/index');
      const initiatives = (await db.initiatives.toArray()).filter(
        (i) => !i._deleted && !i.archived && i.department === department.id,
      );
      const bytes = await buildHearingWorkbook({
        department: department.id,
        initiatives,
        referenceItems: props.referenceItems,
        deadline,
        language: settings.language,
      });
      const saved = await saveBytes(bytes, t('tracker.sheetName', { code: department.code || department.id }), 'excel');
      if (!saved) return;
      if (!round?.sentAt) await saveRound(recorder, department.id, { sentAt: today() }, actor);
      notify.success(t('tracker.sheetSaved', { department: name }));
    } catch (error) {
      notify.failure(t('tracker.sheetFailed'), error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <TableRow data-testid={`hearing-row-${department.id}`}>
      <TableCell>{name}</TableCell>
      <TableCell>{props.count}</TableCell>
      <TableCell>
        <DateCell
          label={t('tracker.sentLabel', { department: name })}
          value={round?.sentAt ?? ''}
          onCommit={(v) => saveDate('sentAt', v)}
        />
      </TableCell>
      <TableCell>
        <div className={styles.status}>
          <DateCell
            label={t('tracker.deadlineLabel', { department: name })}
            value={deadline}
            onCommit={(v) => saveDate('deadline', v)}
          />
          {overdue && (
            <Badge appearance="tint" color="warning">
              {t('tracker.overdue')}
            </Badge>
          )}
        </div>
      </TableCell>
      <TableCell>
        <DateCell
          label={t('tracker.returnedLabel', { department: name })}
          value={round?.returnedAt ?? ''}
          onCommit={(v) => saveDate('returnedAt', v)}
        />
      </TableCell>
      <TableCell>
        {round?.importedAt ? formatLongDate(round.importedAt, settings.language) : t('tracker.notYet')}
      </TableCell>
      <TableCell>
        <div className={styles.actions}>
          <Button
            size="small"
            icon={<ArrowDownloadRegular />}
            disabled={busy}
            onClick={exportSheet}
            aria-label={t('tracker.exportSheetLabel', { department: name })}
          >
            {t('tracker.exportSheet')}
          </Button>
          <Button
            size="small"
            icon={<ArrowUploadRegular />}
            onClick={() => navigate('hearing', `import/${department.id}`)}
            aria-label={t('tracker.importReplyLabel', { department: name })}
          >
            {t('tracker.importReply')}
          </Button>
        </div>
      </TableCell>
    </TableRow>
  );
}

/** A date typed the Danish way (01-03-2010, 1. marts 2010); shown as dd-mm-åååå whatever the browser's locale. */
function DateCell(props: { label: string; value: string; onCommit(value: string): void }) {
  const styles = useStyles();
  const { t } = useTranslation('hearing');
  const [draft, setDraft] = useState<string | null>(null);
  const shown = props.value ? props.value.split('-').reverse().join('-') : '';
  return (
    <Input
      size="small"
      className={styles.dateInput}
      aria-label={props.label}
      placeholder={t('tracker.datePlaceholder')}
      value={draft ?? shown}
      onChange={(_, data) => setDraft(data.value)}
      onBlur={() => {
        if (draft !== null && draft !== shown) props.onCommit(draft);
        setDraft(null);
      }}
    />
  );
}
