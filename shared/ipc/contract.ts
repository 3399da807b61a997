import type { z } from 'zod';
import { filesContract } from './files-contract';
import type { IpcResult } from './result';
import { settingsContract } from './settings-contract';
import { syncContract } from './sync-contract';

/**
 * The preload API, declared once. Each entry is one call: a zod schema for
 * what goes in (validated in the main process) and for what comes back.
 * Preload, main-side handlers and the test harness all derive from this.
 */
export const contract = {
  ...settingsContract,
  ...filesContract,
  ...syncContract,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type CallInput<C extends Channel> = z.input<Contract[C]['input']>;
export type CallOutput<C extends Channel> = z.output<Contract[C]['output']>;

/** The object the preload script exposes as `window.csb`. */
export type CsbApi = {
  [C in Channel]: (input: CallInput<C>) => Promise<IpcResult<CallOutput<C>>>;
};

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}

/** IPC channel name on the Electron side; one prefix so nothing else can collide. */
export function ipcChannelName(channel: Channel): string {
  return `csb:${channel}`;
}
