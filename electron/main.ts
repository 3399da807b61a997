import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, type OpenDialogOptions, screen, session, shell } from 'electron';
import { CHANNELS, ipcChannelName } from '../shared/ipc/contract';
import { dispatch } from './dispatch';
import type { DialogPort, HandlerDeps } from './handlers/deps';
import { handlers } from './handlers/index';
import { createSettingsStore } from './settings-store';
import { CONTENT_SECURITY_POLICY, isAppUrl, restoreBounds, SECURE_WEB_PREFERENCES } from './window-options';

// Wiring only: windows, menus, dialogs and IPC. All logic lives in handlers and shared/.
const here = dirname(fileURLToPath(import.meta.url));
const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const log = (line: string) => console.log(`[csb] ${line}`);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [win] = BrowserWindow.getAllWindows();
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.whenReady().then(start);
  app.on('window-all-closed', () => app.quit());
}

function start(): void {
  const settings = createSettingsStore();
  Menu.setApplicationMenu(null);

  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });

  const bounds = restoreBounds(
    settings.readBounds(),
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const win = new BrowserWindow({
    ...bounds,
    show: false,
    title: 'Sikker By Desk',
    icon: join(here, '../../build/icon.png'),
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: join(here, '../preload/preload.cjs') },
  });
  if (bounds.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => settings.writeBounds({ ...win.getNormalBounds(), maximized: win.isMaximized() }));

  win.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  });
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
  win.webContents.setWindowOpenHandler(({ url }) => {
    // Links to documentation open in the user's browser, never in the app.
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });

  const dialogs: DialogPort = {
    async chooseFolder() {
      const result = await dialog.showOpenDialog(win, { properties: ['openDirectory', 'createDirectory'] });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseOpenFile(kind) {
      const result = await dialog.showOpenDialog(win, { properties: ['openFile'], filters: fileFilters(kind) });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseSavePath(suggestedName, kind) {
      const result = await dialog.showSaveDialog(win, { defaultPath: suggestedName, filters: fileFilters(kind) });
      return result.canceled ? null : (result.filePath ?? null);
    },
  };
  const deps: HandlerDeps = {
    settings,
    dialogs,
    pdf: { print: ({ landscape }) => win.webContents.printToPDF({ landscape, printBackground: true }) },
    app: { version: app.getVersion(), platform: process.platform },
  };

  for (const channel of CHANNELS) {
    ipcMain.handle(ipcChannelName(channel), (event, input: unknown) => {
      const senderUrl = event.senderFrame?.url ?? '';
      if (event.sender !== win.webContents || !isAppUrl(senderUrl, devServerUrl)) {
        log(`refused ${channel} from ${senderUrl}`);
        return { ok: false, error: { code: 'forbidden', message: 'Untrusted sender' } };
      }
      return dispatch(channel, input, handlers, deps, log);
    });
  }

  if (devServerUrl) void win.loadURL(devServerUrl);
  else void win.loadFile(join(here, '../renderer/index.html'));
}

function fileFilters(kind: string): OpenDialogOptions['filters'] {
  switch (kind) {
    case 'spreadsheet':
      return [{ name: 'Regneark', extensions: ['xlsx', 'xls', 'ods', 'csv'] }];
    case 'excel':
      return [{ name: 'Excel', extensions: ['xlsx'] }];
    case 'calendar':
      return [{ name: 'iCalendar', extensions: ['ics'] }];
    case 'pdf':
      return [{ name: 'PDF', extensions: ['pdf'] }];
    default:
      return [{ name: '*', extensions: ['*'] }];
  }
}
