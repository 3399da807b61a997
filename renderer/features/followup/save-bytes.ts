import { call } from '../../ipc';

/** Base64 in chunks: String.fromCharCode on a whole workbook would overflow the call stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Save a workbook through the native save dialog; the path, or null when the user cancelled. */
export async function saveExcel(bytes: Uint8Array, suggestedName: string): Promise<string | null> {
  const saved = await call('saveFile', { suggestedName, kind: 'excel', base64: toBase64(bytes) });
  return saved?.path ?? null;
}

/** File names without characters Windows refuses. */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|]+/g, '-').slice(0, 200);
}
