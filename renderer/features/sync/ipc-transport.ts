import { ShareFileExistsError, type ShareTransport, ShareUnavailableError } from '../../../shared/sync/transport';
import { call } from '../../ipc';

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** An error that reads like the file system's own "not found", which the engine treats as "look again next time". */
function missing(name: string): Error {
  return Object.assign(new Error(`Not on the share: ${name}`), { code: 'ENOENT' });
}

/** The share folder of the settings, reached through the main process. */
export const ipcTransport: ShareTransport = {
  async list(folder) {
    const { reachable, names } = await call('shareList', { folder });
    if (!reachable) throw new ShareUnavailableError('Share not reachable');
    return names;
  },
  async read(folder, name) {
    const result = await call('shareRead', { folder, name });
    if (result.status === 'unavailable') throw new ShareUnavailableError('Share not reachable');
    if (result.status === 'missing') throw missing(name);
    return fromBase64(result.base64);
  },
  async writeOnce(folder, name, bytes) {
    const result = await call('shareWriteOnce', { folder, name, base64: toBase64(bytes) });
    if (result.status === 'unavailable') throw new ShareUnavailableError('Share not reachable');
    if (result.status === 'exists') throw new ShareFileExistsError(name);
    return result.serverTimeMs === undefined ? {} : { serverTimeMs: result.serverTimeMs };
  },
};
