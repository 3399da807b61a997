import { type Channel, contract, isChannel } from '../shared/ipc/contract';
import type { IpcErrorInfo, IpcResult } from '../shared/ipc/result';
import type { HandlerDeps } from './handlers/deps';
import type { Handler, Handlers } from './handlers/index';

/**
 * Validates a call from the renderer and runs its handler. Used by the
 * Electron main process and by the test harness alike, so both see the same
 * validation and the same error values. Never throws.
 */
export async function dispatch(
  channel: unknown,
  rawInput: unknown,
  handlers: Handlers,
  deps: HandlerDeps,
  log: (line: string) => void = () => {},
): Promise<IpcResult<unknown>> {
  if (!isChannel(channel)) return failure({ code: 'unknown-channel', message: `Unknown call: ${String(channel)}` });
  const parsed = contract[channel].input.safeParse(rawInput);
  if (!parsed.success) {
    const message = `Invalid input for ${channel}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`;
    log(message);
    return failure({ code: 'invalid-input', message });
  }
  try {
    const handler = handlers[channel] as Handler<Channel>;
    const value = await handler(parsed.data as never, deps);
    return { ok: true, value };
  } catch (error) {
    const info = describeError(error);
    log(`${channel} failed: ${info.message}`);
    return failure(info);
  }
}

function failure(error: IpcErrorInfo): IpcResult<never> {
  return { ok: false, error };
}

function describeError(error: unknown): IpcErrorInfo {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return { code: 'not-found', message };
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return { code: 'io', message };
  return { code: 'failed', message };
}
