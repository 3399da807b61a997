import { SpreadsheetError, type SpreadsheetErrorCode } from '../../../shared/spreadsheet/errors';
import type { InspectOptions, InspectResult } from '../../../shared/spreadsheet/inspect';

type WorkerReply =
  | { ok: true; result: InspectResult }
  | { ok: false; code: SpreadsheetErrorCode | null; message: string };

/**
 * Inspect a file in a Web Worker; where a worker cannot start (say, a page
 * loaded from file://), the same pipeline runs on the page instead.
 */
export async function inspectFile(
  bytes: Uint8Array,
  fileName: string,
  options: InspectOptions,
): Promise<InspectResult> {
  let worker: Worker | undefined;
  try {
    worker = new Worker(new URL('./inspect.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return inspectHere(bytes, fileName, options);
  }
  const reply = await new Promise<WorkerReply | null>((resolve) => {
    worker.onmessage = (event: MessageEvent<WorkerReply>) => resolve(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      resolve(null);
    };
    worker.postMessage({ bytes, fileName, options: { ...options, referenceItems: [...options.referenceItems] } });
  }).finally(() => worker.terminate());
  if (!reply) return inspectHere(bytes, fileName, options);
  if (reply.ok) return reply.result;
  if (reply.code) throw new SpreadsheetError(reply.code, reply.message);
  throw new Error(reply.message);
}

async function inspectHere(bytes: Uint8Array, fileName: string, options: InspectOptions): Promise<InspectResult> {
  const { inspectSpreadsheet } = await import('../../../shared/spreadsheet/inspect');
  return inspectSpreadsheet(bytes, fileName, options);
}
