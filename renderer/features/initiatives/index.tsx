import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';

export { loadExampleData } from './initiatives-repository';

export function InitiativesSection() {
  const { t } = useTranslation('initiatives');
  return (
    <>
      <PageHeader title={t('title')} />
      <EmptyState title={t('empty.title')} body={t('empty.body')} />
    </>
  );
}
