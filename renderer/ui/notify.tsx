import { Toast, ToastBody, ToastTitle, useToastController } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { IpcError } from '../../shared/ipc/result';

export const TOASTER_ID = 'csb-toaster';

/** A Danish (or English) sentence for any error; details go to the console for support. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation('common');
  return (error) => {
    if (error instanceof IpcError) return t(`errors.${error.info.code}`, { message: error.info.message });
    return t('errors.failed', { message: error instanceof Error ? error.message : String(error) });
  };
}

/** Notifications: a short confirmation, or a failure that says what happened. */
export function useNotify() {
  const { dispatchToast } = useToastController(TOASTER_ID);
  const errorText = useErrorText();
  return {
    success(title: string) {
      dispatchToast(
        <Toast>
          <ToastTitle>{title}</ToastTitle>
        </Toast>,
        { intent: 'success', timeout: 2500 },
      );
    },
    failure(title: string, error?: unknown) {
      if (error) console.error(error);
      dispatchToast(
        <Toast>
          <ToastTitle>{title}</ToastTitle>
          {error !== undefined && <ToastBody>{errorText(error)}</ToastBody>}
        </Toast>,
        { intent: 'error', timeout: 8000, politeness: 'assertive' },
      );
    },
  };
}
