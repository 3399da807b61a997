import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';

export function FollowupSection() {
  const { t } = useTranslation('followup');
  return (
    <>
      <PageHeader title={t('title')} />
      <EmptyState title={t('empty.title')} body={t('empty.body')} />
    </>
  );
}
