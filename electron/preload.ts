import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, type CsbApi, ipcChannelName } from '../shared/ipc/contract';

// The preload only exposes the typed contract: one function per call, nothing else.
const api = Object.fromEntries(
  CHANNELS.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(ipcChannelName(channel), input)]),
) as CsbApi;

contextBridge.exposeInMainWorld('csb', api);
