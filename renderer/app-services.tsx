import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import type { Settings, SettingsPatch } from '../shared/settings';
import type { ChangeRecorder } from './db/change-recorder';
import type { CsbDatabase } from './db/database';
import { switchLanguage } from './i18n/index';
import { call } from './ipc';

/** What every feature gets: the local database, the change recorder and the user's settings. */
export interface AppServices {
  db: CsbDatabase;
  recorder: ChangeRecorder;
  settings: Settings;
  updateSettings(patch: SettingsPatch): Promise<Settings>;
  /** The name written into the history of every change. */
  actor: string;
}

const ServicesContext = createContext<AppServices | null>(null);

export function ServicesProvider(props: {
  db: CsbDatabase;
  recorder: ChangeRecorder;
  initialSettings: Settings;
  children: ReactNode;
}) {
  const [settings, setSettings] = useState(props.initialSettings);
  const updateSettings = useCallback(async (patch: SettingsPatch) => {
    const next = await call('updateSettings', patch);
    if (patch.language) await switchLanguage(next.language);
    setSettings(next);
    return next;
  }, []);
  const value = useMemo<AppServices>(
    () => ({
      db: props.db,
      recorder: props.recorder,
      settings,
      updateSettings,
      actor: settings.userName || settings.deviceId,
    }),
    [props.db, props.recorder, settings, updateSettings],
  );
  return <ServicesContext.Provider value={value}>{props.children}</ServicesContext.Provider>;
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesProvider');
  return services;
}
