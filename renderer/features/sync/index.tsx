import { Badge } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app-services';

/** Always-visible sync state in the header. */
export function SyncIndicator() {
  const { t } = useTranslation('sync');
  const { settings } = useServices();
  return (
    <Badge appearance="tint" color={settings.shareFolder ? 'informative' : 'subtle'} role="status">
      {settings.shareFolder ? t('offline') : t('notConfigured')}
    </Badge>
  );
}
