import type { CallInput, CallOutput, Channel, CsbApi } from '../shared/ipc/contract';
import { unwrap } from '../shared/ipc/result';

declare global {
  interface Window {
    /** The preload API (Electron) or the test harness's bridge to the same handlers. */
    csb: CsbApi;
  }
}

/** Call the main process; resolves with the value or throws an IpcError with a code the UI can translate. */
export async function call<C extends Channel>(
  channel: C,
  ...input: CallInput<C> extends undefined ? [] : [CallInput<C>]
): Promise<CallOutput<C>> {
  const fn = window.csb[channel] as (input: unknown) => Promise<Parameters<typeof unwrap<CallOutput<C>>>[0]>;
  return unwrap(await fn(input[0]));
}
