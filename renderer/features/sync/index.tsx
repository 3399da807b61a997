import { Badge, Button, Caption1, Link, makeStyles, ProgressBar, tokens } from '@fluentui/react-components';
import {
  ArrowSyncRegular,
  CheckmarkCircleRegular,
  CloudOffRegular,
  PlugDisconnectedRegular,
  WarningRegular,
} from '@fluentui/react-icons';
import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from './sync-controller';
import { useSync, useWhen } from './use-sync';

export { SyncSettings } from './SyncSettings';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusLarge,
    maxWidth: '640px',
  },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  progress: { minWidth: '180px', flexShrink: 1 },
  fixed: { flexShrink: 0 },
});

const BADGE: Record<
  SyncStatus,
  { color: 'informative' | 'subtle' | 'success' | 'danger' | 'brand'; icon: JSX.Element; key: string }
> = {
  'not-configured': { color: 'subtle', icon: <PlugDisconnectedRegular />, key: 'notConfigured' },
  offline: { color: 'informative', icon: <CloudOffRegular />, key: 'offline' },
  syncing: { color: 'brand', icon: <ArrowSyncRegular />, key: 'syncing' },
  'up-to-date': { color: 'success', icon: <CheckmarkCircleRegular />, key: 'upToDate' },
  problem: { color: 'danger', icon: <WarningRegular />, key: 'problem' },
};

/** Always-visible sync state in the header: state, last sync, changes waiting, and "Synkroniser nu". */
export function SyncIndicator() {
  const { t } = useTranslation('sync');
  const styles = useStyles();
  const { controller, view } = useSync();
  const when = useWhen();
  const badge = BADGE[view.status];
  const configured = view.status !== 'not-configured';
  return (
    <section className={styles.root} aria-label={t('indicator.label')} data-testid="sync-indicator">
      <Badge
        className={styles.fixed}
        appearance="tint"
        color={badge.color}
        icon={badge.icon}
        role="status"
        data-testid="sync-status"
      >
        {t(badge.key)}
      </Badge>
      {view.progress && view.progress.total > 1 ? (
        <div className={styles.progress}>
          <ProgressBar
            value={view.progress.done / view.progress.total}
            aria-label={t('indicator.progressLabel')}
            thickness="large"
          />
          <Caption1>{t('indicator.progress', view.progress)}</Caption1>
        </div>
      ) : (
        configured && (
          <div className={styles.text}>
            <Caption1 data-testid="sync-last">
              {view.lastSuccessAt ? t('indicator.lastSync', { when: when(view.lastSuccessAt) }) : t('indicator.never')}
            </Caption1>
            <Caption1 data-testid="sync-pending">
              {view.pending > 0 ? t('indicator.pending', { count: view.pending }) : t('indicator.allShared')}
            </Caption1>
          </div>
        )
      )}
      {configured && (
        <Button
          className={styles.fixed}
          size="small"
          icon={<ArrowSyncRegular />}
          disabled={view.status === 'syncing'}
          onClick={() => void controller.syncNow()}
        >
          {t('indicator.syncNow')}
        </Button>
      )}
      <Link className={styles.fixed} href="#/settings/sync">
        {t('indicator.details')}
      </Link>
    </section>
  );
}
