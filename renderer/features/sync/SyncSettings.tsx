import {
  Body1,
  Button,
  Caption1,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  OverlayDrawer,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { ArrowSyncRegular, DismissRegular } from '@fluentui/react-icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { SyncProblem } from '../../../shared/sync/local-store';
import type { FieldValue } from '../../../shared/sync/operation';
import { useServices } from '../../app-services';
import type { ConflictRecord } from '../../db/database';
import { navigate, useRoute } from '../../navigation';
import { useNotify } from '../../ui/notify';
import { useSync, useWhen } from './use-sync';

const useStyles = makeStyles({
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    border: 'none',
    margin: 0,
    padding: 0,
  },
  body: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXL,
    paddingBottom: tokens.spacingVerticalXXL,
  },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  mono: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all' },
  deviceId: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, whiteSpace: 'nowrap' },
  list: {
    margin: 0,
    paddingLeft: 0,
    listStyle: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  conflict: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingVerticalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  full: { gridColumn: '1 / 3' },
  value: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, wordBreak: 'break-word' },
});

/**
 * The "Synkronisering" entry of the settings page; at #/settings/sync it
 * opens the view of devices, problems and concurrent edits.
 */
export function SyncSettings() {
  const { t } = useTranslation('sync');
  const styles = useStyles();
  const route = useRoute();
  const open = route.section === 'settings' && route.rest === 'sync';
  return (
    <fieldset className={styles.group}>
      <Subtitle2 as="h2">{t('view.entryHeading')}</Subtitle2>
      <Body1>{t('view.entryBody')}</Body1>
      <div className={styles.row}>
        <Button onClick={() => navigate('settings', 'sync')}>{t('view.open')}</Button>
      </div>
      <OverlayDrawer
        open={open}
        position="end"
        size="large"
        onOpenChange={(_, data) => !data.open && navigate('settings')}
        aria-labelledby="sync-view-title"
      >
        <DrawerHeader>
          <DrawerHeaderTitle
            heading={{ as: 'h2', id: 'sync-view-title' }}
            action={
              <Button
                appearance="subtle"
                aria-label={t('view.close')}
                icon={<DismissRegular />}
                onClick={() => navigate('settings')}
              />
            }
          >
            {t('view.title')}
          </DrawerHeaderTitle>
        </DrawerHeader>
        <DrawerBody>{open && <SyncDetails />}</DrawerBody>
      </OverlayDrawer>
    </fieldset>
  );
}

function SyncDetails() {
  const { t } = useTranslation('sync');
  const styles = useStyles();
  const { controller, view } = useSync();
  const when = useWhen();
  const statusKey = {
    'not-configured': 'notConfigured',
    offline: 'offline',
    syncing: 'syncing',
    'up-to-date': 'upToDate',
    problem: 'problem',
  }[view.status];
  const devices = [...view.devices].sort((a, b) => (a.lastActivity < b.lastActivity ? 1 : -1));
  const clock = view.problems.find((p) => p.code === 'clock-off');
  return (
    <div className={styles.body}>
      <section className={styles.section} aria-labelledby="sync-status-heading">
        <Subtitle2 as="h3" id="sync-status-heading">
          {t('view.status')}
        </Subtitle2>
        <Body1 data-testid="sync-view-status">{t(statusKey)}</Body1>
        <Caption1>
          {view.lastSuccessAt ? t('indicator.lastSync', { when: when(view.lastSuccessAt) }) : t('indicator.never')}
          {' · '}
          {view.pending > 0 ? t('indicator.pending', { count: view.pending }) : t('indicator.allShared')}
        </Caption1>
        <Caption1>
          {t('view.thisDevice')}: <span className={styles.mono}>{view.deviceId}</span>
        </Caption1>
        {clock && (
          <MessageBar intent="warning">
            <MessageBarBody>{t('view.clockOff', { minutes: Math.abs(Number(clock.detail ?? 0)) })}</MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.row}>
          <Button
            appearance="primary"
            icon={<ArrowSyncRegular />}
            disabled={view.status === 'syncing' || view.status === 'not-configured'}
            onClick={() => void controller.syncNow()}
          >
            {t('indicator.syncNow')}
          </Button>
        </div>
      </section>

      <section className={styles.section} aria-labelledby="sync-devices-heading">
        <Subtitle2 as="h3" id="sync-devices-heading">
          {t('view.devices')}
        </Subtitle2>
        {devices.length === 0 ? (
          <Body1>{t('view.noDevices')}</Body1>
        ) : (
          <Table size="small" aria-labelledby="sync-devices-heading">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('view.user')}</TableHeaderCell>
                <TableHeaderCell>{t('view.department')}</TableHeaderCell>
                <TableHeaderCell>{t('view.lastActivity')}</TableHeaderCell>
                <TableHeaderCell>{t('view.operations')}</TableHeaderCell>
                <TableHeaderCell>{t('view.device')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {devices.map((d) => (
                <TableRow key={d.device}>
                  <TableCell>
                    {d.user || '–'} {d.device === view.deviceId && t('view.thisComputer')}
                  </TableCell>
                  <TableCell>{d.department || '–'}</TableCell>
                  <TableCell>{when(d.lastActivity)}</TableCell>
                  <TableCell>{d.operations.toLocaleString('da-DK')}</TableCell>
                  <TableCell className={styles.deviceId}>{d.device}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>

      <section className={styles.section} aria-labelledby="sync-problems-heading">
        <Subtitle2 as="h3" id="sync-problems-heading">
          {t('view.problems')}
        </Subtitle2>
        {view.problems.length === 0 ? (
          <Body1>{t('view.noProblems')}</Body1>
        ) : (
          <ul className={styles.list} data-testid="sync-problems">
            {view.problems.map((p) => (
              <li key={`${p.code}:${p.file ?? ''}:${p.detail ?? ''}`}>
                <ProblemItem problem={p} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <Conflicts />
    </div>
  );
}

function ProblemItem({ problem }: { problem: SyncProblem }) {
  const { t } = useTranslation('sync');
  const styles = useStyles();
  const minor = ['duplicate-copy', 'unexpected-file', 'missing-segment', 'clock-corrected'].includes(problem.code);
  const detail = problem.code === 'clock-off' ? String(Math.abs(Number(problem.detail ?? 0))) : (problem.detail ?? '');
  return (
    <MessageBar intent={minor ? 'info' : 'warning'} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t(`problems.${problem.code}.title`)}</MessageBarTitle>
        {t(`problems.${problem.code}.action`, { detail })}
        {problem.file && (
          <div className={styles.mono}>
            <Caption1>{t('view.file', { file: problem.file })}</Caption1>
          </div>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

function Conflicts() {
  const { t, i18n } = useTranslation('sync');
  const styles = useStyles();
  const { db, recorder, actor } = useServices();
  // A feature's own field names live in its namespace ("initiatives:fields.title"); other tables show the raw name.
  const fieldLabel = (table: string, field: string) =>
    i18n.t(`${table}:fields.${field}`, { defaultValue: field }) as string;
  const notify = useNotify();
  const open = useLiveQuery(() => db.conflicts.where('resolved').equals(0).toArray(), [db]) ?? [];
  const labels =
    useLiveQuery(async () => {
      const out: Record<string, string> = {};
      for (const c of open) {
        const record = await db.synced(c.table).get(c.recordId);
        const label = record?.title ?? record?.name ?? record?.label;
        out[`${c.table}/${c.recordId}`] = typeof label === 'string' && label ? label : c.recordId;
      }
      return out;
    }, [db, open.length]) ?? {};

  async function keepOther(conflict: ConflictRecord) {
    try {
      await recorder.write(
        conflict.table,
        conflict.recordId,
        { [conflict.field]: conflict.lostValue as FieldValue },
        actor,
      );
      await db.conflicts.update(conflict.id as number, { resolved: 1 });
      notify.success(t('view.resolved'));
    } catch (error) {
      notify.failure(t('problem'), error);
    }
  }

  async function keepCurrent(conflict: ConflictRecord) {
    await db.conflicts.update(conflict.id as number, { resolved: 1 });
    notify.success(t('view.dismissed'));
  }

  return (
    <section className={styles.section} aria-labelledby="sync-conflicts-heading">
      <Subtitle2 as="h3" id="sync-conflicts-heading">
        {t('view.conflicts')}
      </Subtitle2>
      {open.length === 0 ? (
        <Body1>{t('view.noConflicts')}</Body1>
      ) : (
        <>
          <Body1>{t('view.conflictIntro')}</Body1>
          <ul className={styles.list} data-testid="sync-conflicts">
            {open.map((c) => (
              <li
                key={c.id}
                className={styles.conflict}
                aria-label={`${labels[`${c.table}/${c.recordId}`] ?? c.recordId}: ${c.field}`}
              >
                <div className={styles.full}>
                  <Body1>
                    <strong>{labels[`${c.table}/${c.recordId}`] ?? c.recordId}</strong> · {t('view.field')}:{' '}
                    {fieldLabel(c.table, c.field)}
                  </Body1>
                </div>
                <div className={styles.value}>
                  <Caption1>{t('view.kept')}</Caption1>
                  <Body1 data-testid="conflict-kept">{showValue(c.keptValue, t)}</Body1>
                  <Button onClick={() => void keepCurrent(c)}>{t('view.keepCurrent')}</Button>
                </div>
                <div className={styles.value}>
                  <Caption1>{t('view.lost')}</Caption1>
                  <Body1 data-testid="conflict-lost">{showValue(c.lostValue, t)}</Body1>
                  <Button appearance="primary" onClick={() => void keepOther(c)}>
                    {t('view.keepOther')}
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function showValue(value: unknown, t: (key: string) => string): string {
  if (value === null || value === undefined || value === '') return t('view.empty');
  if (typeof value === 'boolean') return value ? t('view.yes') : t('view.no');
  if (typeof value === 'number') return value.toLocaleString('da-DK');
  if (Array.isArray(value)) return value.length ? value.map((v) => showValue(v, t)).join(', ') : t('view.empty');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
