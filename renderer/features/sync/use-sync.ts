import { format, isToday } from 'date-fns';
import { da, enGB } from 'date-fns/locale';
import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app-services';
import { type SyncController, type SyncView, syncControllerFor } from './sync-controller';

/** The app's sync controller and its current state. */
export function useSync(): { controller: SyncController; view: SyncView } {
  const { db, recorder, settings } = useServices();
  const controller = syncControllerFor(db, recorder, settings);
  useEffect(() => controller.configure(settings), [controller, settings]);
  const view = useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  return { controller, view };
}

/** "i dag kl. 13.05" / "24. nov. 2026 kl. 09.12". */
export function useWhen(): (iso: string) => string {
  const { t, i18n } = useTranslation('sync');
  const locale = i18n.language === 'en' ? enGB : da;
  return (iso) => {
    const date = new Date(iso);
    const time = format(date, 'HH.mm', { locale });
    return isToday(date)
      ? t('when.today', { time })
      : t('when.other', { date: format(date, 'd. MMM yyyy', { locale }), time });
  };
}
