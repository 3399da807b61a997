/** What every preload call resolves to: errors are values, never crashes across the bridge. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcErrorInfo };

export interface IpcErrorInfo {
  /** Machine-readable reason; the renderer maps it to a Danish/English message. */
  code: 'invalid-input' | 'unknown-channel' | 'forbidden' | 'not-found' | 'io' | 'failed';
  /** English detail for logs. */
  message: string;
}

export class IpcError extends Error {
  constructor(readonly info: IpcErrorInfo) {
    super(info.message);
    this.name = 'IpcError';
  }
}

export function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  throw new IpcError(result.error);
}
