import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles.css';
import { ServicesProvider } from './app-services';
import { ChangeRecorder } from './db/change-recorder';
import { CsbDatabase } from './db/database';
import { seedReferenceItems } from './db/seed-reference';
import { initI18n } from './i18n/index';
import { call } from './ipc';
import commonDa from './ui/locales/da.json';

async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root') as HTMLElement);
  try {
    const settings = await call('getSettings');
    await initI18n(settings.language);
    const db = new CsbDatabase();
    await db.open();
    await seedReferenceItems(db);
    const recorder = await ChangeRecorder.open(db, settings.deviceId);
    root.render(
      <StrictMode>
        <FluentProvider theme={webLightTheme} style={{ height: '100%' }}>
          <ServicesProvider db={db} recorder={recorder} initialSettings={settings}>
            <App />
          </ServicesProvider>
        </FluentProvider>
      </StrictMode>,
    );
  } catch (error) {
    console.error('Start failed', error);
    // i18n may not be up: say it in Danish, the app's first language, straight from the translation file.
    const message = error instanceof Error ? error.message : String(error);
    root.render(<p role="alert">{commonDa.startFailed.replace('{{message}}', message)}</p>);
  }
}

void start();
