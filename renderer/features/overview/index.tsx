import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app-services';
import { navigate } from '../../navigation';
import { EmptyState } from '../../ui/EmptyState';
import { useNotify } from '../../ui/notify';
import { PageHeader } from '../../ui/PageHeader';
import { loadExampleFollowup } from '../followup/index';
import { loadExampleData, useFilteredInitiatives, useInventory } from '../initiatives/index';
import { Dashboard } from './Dashboard';
import './print.css';

export function OverviewSection() {
  const { t } = useTranslation('overview');
  const { db, recorder, actor } = useServices();
  const notify = useNotify();
  const [loading, setLoading] = useState(false);
  // The inventory's live store, shared with the table: an edit updates one record instead of re-reading them all.
  const inventory = useInventory();
  const filtered = useFilteredInitiatives();
  const initiatives = inventory?.complete && filtered?.complete ? inventory.records : undefined;

  async function loadExamples() {
    setLoading(true);
    try {
      // One transaction: the dashboard appears once, complete, instead of redrawing while 1 500 changes are written.
      const tables = [
        db.initiatives,
        db.followupStatuses,
        db.indicators,
        db.measurements,
        db.districtIndicators,
        db.ops,
        db.meta,
      ];
      const count = await db.transaction('rw', tables, async () => {
        const loaded = await loadExampleData(recorder, actor);
        await loadExampleFollowup(recorder, actor);
        return loaded;
      });
      notify.success(t('examplesLoaded', { count }));
    } catch (error) {
      notify.failure(t('examplesFailed'), error);
    } finally {
      setLoading(false);
    }
  }

  if (initiatives === undefined) return <PageHeader title={t('title')} />;
  return (
    <>
      <PageHeader title={t('title')} />
      {initiatives.length === 0 ? (
        <EmptyState
          title={t('empty.title')}
          body={t('empty.body')}
          actions={
            <div style={{ display: 'flex', gap: 8 }}>
              <Button appearance="primary" onClick={loadExamples} disabled={loading}>
                {t('loadExamples')}
              </Button>
              <Button onClick={() => navigate('initiatives')}>{t('toInitiatives')}</Button>
            </div>
          }
        />
      ) : (
        <Dashboard initiatives={initiatives} shown={filtered?.initiatives ?? []} />
      )}
    </>
  );
}
