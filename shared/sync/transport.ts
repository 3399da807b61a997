/**
 * What the sync engine needs from a share, and nothing more. The folder on a
 * network drive is the first implementation (electron/share/); an object
 * store with conditional PUT or a SharePoint library would be others
 * (see docs/sync-format.md).
 */

/** The top-level folders of the share; names inside them are flat. `clock` holds one tiny probe per device, to read the server's time. */
export const SHARE_FOLDERS = ['log', 'attachments', 'clock'] as const;
export type ShareFolder = (typeof SHARE_FOLDERS)[number];

export interface ShareTransport {
  /** Names of the files in one folder (one directory listing); an empty list when the folder does not exist yet. */
  list(folder: ShareFolder): Promise<string[]>;
  /** The whole file; throws when it is missing or unreadable. */
  read(folder: ShareFolder, name: string): Promise<Uint8Array>;
  /**
   * Write a new file under a name that must not exist yet (temporary name, then
   * an atomic move). Throws ShareFileExistsError when it does. Returns the
   * modification time the file server gave the file, when it gives one, so the
   * engine can estimate this laptop's clock offset.
   */
  writeOnce(folder: ShareFolder, name: string, bytes: Uint8Array): Promise<{ serverTimeMs?: number }>;
}

/** The share cannot be reached at all (not mounted, no network): the app is offline. */
export class ShareUnavailableError extends Error {
  override name = 'ShareUnavailableError';
}

export class ShareFileExistsError extends Error {
  override name = 'ShareFileExistsError';
}

/** File names the engine writes and reads: no separators, no dot files, nothing that leaves the folder. */
export function isSafeShareName(name: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/.test(name) && !name.includes('..');
}

/** Wraps a transport and counts its file operations (benchmarks, tests and the status report). */
export function countingTransport(
  inner: ShareTransport,
): ShareTransport & { counts: { list: number; read: number; write: number }; total(): number } {
  const counts = { list: 0, read: 0, write: 0 };
  return {
    counts,
    total: () => counts.list + counts.read + counts.write,
    list(folder) {
      counts.list++;
      return inner.list(folder);
    },
    read(folder, name) {
      counts.read++;
      return inner.read(folder, name);
    },
    writeOnce(folder, name, bytes) {
      counts.write++;
      return inner.writeOnce(folder, name, bytes);
    },
  };
}
