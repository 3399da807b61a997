import { Body1, Button, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { DocumentTableArrowRightRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferenceItem } from '../../../shared/domain/reference-lists';
import { useServices } from '../../app-services';
import { saveBytes } from '../../file-bridge';
import type { Route } from '../../navigation';
import { useNotify } from '../../ui/notify';
import { PageHeader } from '../../ui/PageHeader';
import { HearingTracker } from './HearingTracker';
import { today } from './hearing-records';
import { ImportBatches } from './ImportBatches';
import { ImportView } from './ImportView';
import { useReferenceItems } from './use-hearing-data';

const useStyles = makeStyles({
  intro: { display: 'block', maxWidth: '780px', marginBottom: tokens.spacingVerticalL },
});

/** Høring: the hearing tracker, the import of returned sheets (`#/hearing/import/<department>`) and the overview export. */
export function HearingSection(props: { route: Route }) {
  const referenceItems = useReferenceItems();
  const [head, department] = props.route.rest.split('/');
  if (!referenceItems) return <Spinner />;
  if (head === 'import' && department) return <ImportView department={department} referenceItems={referenceItems} />;
  return <HearingOverview referenceItems={referenceItems} />;
}

function HearingOverview(props: { referenceItems: readonly ReferenceItem[] }) {
  const { t } = useTranslation('hearing');
  const styles = useStyles();
  return (
    <>
      <PageHeader title={t('title')} actions={<ExportOverviewButton referenceItems={props.referenceItems} />} />
      <Body1 className={styles.intro}>{t('intro')}</Body1>
      <HearingTracker referenceItems={props.referenceItems} />
      <ImportBatches referenceItems={props.referenceItems} />
    </>
  );
}

/** "Eksporter samlet oversigt": the consolidated workbook for the recommendation. */
function ExportOverviewButton(props: { referenceItems: readonly ReferenceItem[] }) {
  const { t } = useTranslation('hearing');
  const { db } = useServices();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);

  async function exportOverview() {
    setBusy(true);
    try {
      const { buildOverviewWorkbook, followupEntriesFrom } = await import('../../../shared/spreadsheet/index');
      const initiatives = (await db.initiatives.toArray()).filter((i) => !i._deleted);
      const followup = followupEntriesFrom(await db.followupStatuses.toArray(), (status) =>
        t(`followup:statuses.${status}`, { defaultValue: status }),
      );
      const date = today();
      const bytes = await buildOverviewWorkbook({
        initiatives,
        referenceItems: props.referenceItems,
        exportDate: date,
        ...(followup.length > 0 ? { followup } : {}),
      });
      const saved = await saveBytes(bytes, t('overviewName', { date }), 'excel');
      if (saved) notify.success(t('overviewSaved'));
    } catch (error) {
      notify.failure(t('overviewFailed'), error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Button appearance="primary" icon={<DocumentTableArrowRightRegular />} disabled={busy} onClick={exportOverview}>
      {t('exportOverview')}
    </Button>
  );
}
