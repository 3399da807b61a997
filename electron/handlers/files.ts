import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { CallInput, CallOutput } from '../../shared/ipc/contract';
import type { HandlerDeps } from './deps';

/** Larger files are refused before they are read: nothing the app opens is that big. */
export const MAX_OPEN_BYTES = 100 * 1024 * 1024;

export async function openFile(input: CallInput<'openFile'>, deps: HandlerDeps): Promise<CallOutput<'openFile'>> {
  const path = await deps.dialogs.chooseOpenFile(input.kind);
  if (!path) return null;
  const info = await stat(path);
  if (info.size > MAX_OPEN_BYTES) throw new Error(`File too large: ${info.size} bytes`);
  const bytes = await readFile(path);
  return { name: basename(path), base64: bytes.toString('base64') };
}

export async function saveFile(input: CallInput<'saveFile'>, deps: HandlerDeps): Promise<CallOutput<'saveFile'>> {
  const path = await deps.dialogs.chooseSavePath(input.suggestedName, input.kind);
  if (!path) return null;
  await writeFile(path, Buffer.from(input.base64, 'base64'));
  return { path };
}

export async function printToPdf(input: CallInput<'printToPdf'>, deps: HandlerDeps): Promise<CallOutput<'printToPdf'>> {
  const path = await deps.dialogs.chooseSavePath(input.suggestedName, 'pdf');
  if (!path) return null;
  const bytes = await deps.pdf.print({ landscape: input.landscape ?? false });
  await writeFile(path, bytes);
  return { path };
}
