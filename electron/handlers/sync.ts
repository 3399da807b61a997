import { randomBytes } from 'node:crypto';
import type { CallInput, CallOutput } from '../../shared/ipc/contract';
import { newDeviceId } from '../../shared/settings';
import { ShareFileExistsError, type ShareTransport, ShareUnavailableError } from '../../shared/sync/transport';
import { folderTransport } from '../share/folder-transport';
import type { HandlerDeps } from './deps';

/** The transport for the folder in the settings, or null when none is chosen. */
function shareOf(deps: HandlerDeps): ShareTransport | null {
  const folder = deps.settings.read().shareFolder;
  if (!folder) return null;
  return deps.share ? deps.share.open(folder) : folderTransport(folder);
}

export async function shareList(input: CallInput<'shareList'>, deps: HandlerDeps): Promise<CallOutput<'shareList'>> {
  const share = shareOf(deps);
  if (!share) return { reachable: false, names: [] };
  try {
    return { reachable: true, names: await share.list(input.folder) };
  } catch (error) {
    if (error instanceof ShareUnavailableError) return { reachable: false, names: [] };
    throw error;
  }
}

export async function shareRead(input: CallInput<'shareRead'>, deps: HandlerDeps): Promise<CallOutput<'shareRead'>> {
  const share = shareOf(deps);
  if (!share) return { status: 'unavailable', base64: '' };
  try {
    const bytes = await share.read(input.folder, input.name);
    return { status: 'ok', base64: Buffer.from(bytes).toString('base64') };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing', base64: '' };
    if (error instanceof ShareUnavailableError) return { status: 'unavailable', base64: '' };
    throw error;
  }
}

export async function shareWriteOnce(
  input: CallInput<'shareWriteOnce'>,
  deps: HandlerDeps,
): Promise<CallOutput<'shareWriteOnce'>> {
  const share = shareOf(deps);
  if (!share) return { status: 'unavailable' };
  try {
    const { serverTimeMs } = await share.writeOnce(input.folder, input.name, Buffer.from(input.base64, 'base64'));
    return serverTimeMs === undefined ? { status: 'written' } : { status: 'written', serverTimeMs };
  } catch (error) {
    if (error instanceof ShareFileExistsError) return { status: 'exists' };
    if (error instanceof ShareUnavailableError) return { status: 'unavailable' };
    throw error;
  }
}

export async function renewDeviceId(
  _input: CallInput<'renewDeviceId'>,
  deps: HandlerDeps,
): Promise<CallOutput<'renewDeviceId'>> {
  const next = { ...deps.settings.read(), deviceId: newDeviceId(randomBytes(8).toString('hex')) };
  deps.settings.write(next);
  return deps.settings.read();
}
