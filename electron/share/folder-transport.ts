import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  isSafeShareName,
  SHARE_FOLDERS,
  ShareFileExistsError,
  type ShareFolder,
  type ShareTransport,
  ShareUnavailableError,
} from '../../shared/sync/transport';

/** The app's folder inside the folder the user chose, so it can live in an existing department share. */
export const SYNC_DIR = 'sikker-by-desk-sync';

/**
 * The share as a folder on a network drive (SMB) or a folder a sync client
 * (OneDrive, SharePoint) keeps in step. Each method is one or two file
 * operations; a listing is one readdir.
 */
export function folderTransport(shareFolder: string, options: { delayMs?: number } = {}): ShareTransport {
  const root = join(shareFolder, SYNC_DIR);
  const delay = options.delayMs ? () => new Promise((ok) => setTimeout(ok, options.delayMs)) : async () => {};

  function path(folder: ShareFolder, name?: string): string {
    if (!SHARE_FOLDERS.includes(folder)) throw new Error(`Unknown share folder: ${folder}`);
    if (name === undefined) return join(root, folder);
    if (!isSafeShareName(name)) throw new Error(`Unsafe share file name: ${name}`);
    return join(root, folder, name);
  }

  /** The chosen folder itself must be there; its absence means offline, never "empty". */
  async function ensureShare(): Promise<void> {
    try {
      const info = await stat(shareFolder);
      if (!info.isDirectory()) throw new ShareUnavailableError(`Not a folder: ${shareFolder}`);
    } catch (error) {
      if (error instanceof ShareUnavailableError) throw error;
      throw new ShareUnavailableError(`Share not reachable: ${shareFolder}`);
    }
  }

  return {
    async list(folder) {
      await delay();
      try {
        return await readdir(path(folder));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw unavailable(error);
        await ensureShare();
        return [];
      }
    },
    async read(folder, name) {
      await delay();
      return new Uint8Array(await readFile(path(folder, name)));
    },
    async writeOnce(folder, name, bytes) {
      await delay();
      const target = path(folder, name);
      // A dot name that readers skip; the final name appears only complete.
      const temp = join(path(folder), `.tmp-${randomBytes(6).toString('hex')}-${name}`);
      try {
        await writeFile(temp, bytes, { flag: 'wx' });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw unavailable(error);
        await ensureShare();
        await mkdir(path(folder), { recursive: true });
        await writeFile(temp, bytes, { flag: 'wx' });
      }
      try {
        await placeOnce(temp, target);
      } finally {
        await unlink(temp).catch(() => {});
      }
      try {
        return { serverTimeMs: (await stat(target)).mtimeMs };
      } catch {
        return {};
      }
    },
  };
}

/** Hard link is atomic and refuses an existing name; where the share has no links, an exclusive copy. */
async function placeOnce(temp: string, target: string): Promise<void> {
  try {
    await link(temp, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new ShareFileExistsError(`Already on the share: ${target}`);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EXDEV') throw error;
    try {
      await copyFile(temp, target, constants.COPYFILE_EXCL);
    } catch (copyError) {
      if ((copyError as NodeJS.ErrnoException).code === 'EEXIST')
        throw new ShareFileExistsError(`Already on the share: ${target}`);
      throw copyError;
    }
  }
}

function unavailable(error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOTDIR' || code === 'EHOSTDOWN' || code === 'ENOTCONN' || code === 'ETIMEDOUT' || code === 'EACCES') {
    return new ShareUnavailableError((error as Error).message);
  }
  return error as Error;
}
