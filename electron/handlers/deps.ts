import type { Settings } from '../../shared/settings';
import type { ShareTransport } from '../../shared/sync/transport';

/** Everything a handler may touch, injected so tests run handlers without Electron. */
export interface HandlerDeps {
  settings: SettingsStore;
  dialogs: DialogPort;
  pdf: PdfPort;
  /** The sync transport; the folder transport when not given. */
  share?: SharePort;
  app: { version: string; platform: string };
}

export interface SettingsStore {
  read(): Settings;
  write(next: Settings): void;
}

export interface DialogPort {
  chooseFolder(): Promise<string | null>;
  chooseOpenFile(kind: string): Promise<string | null>;
  chooseSavePath(suggestedName: string, kind: string): Promise<string | null>;
}

export interface PdfPort {
  /** Renders the calling window to PDF bytes. */
  print(options: { landscape: boolean }): Promise<Uint8Array>;
}

/** Opens the sync transport for a share folder (electron/share/folder-transport.ts). */
export interface SharePort {
  open(shareFolder: string): ShareTransport;
}
