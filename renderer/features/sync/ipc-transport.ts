import { ShareFileExistsError, type ShareTransport, ShareUnavailableError } from '../../../shared/sync/transport';
import { base64ToBytes, bytesToBase64 } from '../../file-bridge';
import { call } from '../../ipc';

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
    return base64ToBytes(result.base64);
  },
  async writeOnce(folder, name, bytes) {
    const result = await call('shareWriteOnce', { folder, name, base64: bytesToBase64(bytes) });
    if (result.status === 'unavailable') throw new ShareUnavailableError('Share not reachable');
    if (result.status === 'exists') throw new ShareFileExistsError(name);
    return result.serverTimeMs === undefined ? {} : { serverTimeMs: result.serverTimeMs };
  },
};
