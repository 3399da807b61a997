import type { CallInput, CallOutput, Channel } from '../../shared/ipc/contract';
import type { HandlerDeps } from './deps';
import { openFile, printToPdf, saveFile } from './files';
import { appInfo, checkShareFolder, chooseShareFolder, getSettings, updateSettings } from './settings';
import { renewDeviceId, shareList, shareRead, shareWriteOnce } from './sync';

export type Handler<C extends Channel> = (input: CallInput<C>, deps: HandlerDeps) => Promise<CallOutput<C>>;
export type Handlers = { [C in Channel]: Handler<C> };

/** One plain function per contract entry; the compiler checks that none is missing. */
export const handlers: Handlers = {
  getSettings,
  updateSettings,
  chooseShareFolder,
  checkShareFolder,
  appInfo,
  openFile,
  saveFile,
  printToPdf,
  shareList,
  shareRead,
  shareWriteOnce,
  renewDeviceId,
};
