import type { FILE_KINDS } from '../shared/ipc/files-contract';
import { call } from './ipc';

/** What a native file dialog offers to open or save. */
export type FileKind = (typeof FILE_KINDS)[number];

/** Base64 in chunks: String.fromCharCode on a whole workbook would overflow the call stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Save bytes through the native save dialog; the path written, or null when the user cancelled. */
export async function saveBytes(bytes: Uint8Array, suggestedName: string, kind: FileKind): Promise<string | null> {
  const saved = await call('saveFile', { suggestedName, kind, base64: bytesToBase64(bytes) });
  return saved?.path ?? null;
}

/** A file chosen in the native open dialog, or null when the user cancelled. */
export async function openBytes(kind: FileKind): Promise<{ name: string; bytes: Uint8Array } | null> {
  const chosen = await call('openFile', { kind });
  return chosen ? { name: chosen.name, bytes: base64ToBytes(chosen.base64) } : null;
}

/** File names without characters Windows refuses. */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|]+/g, '-').slice(0, 200);
}
