import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import type { CallInput, CallOutput } from '../../shared/ipc/contract';
import { SettingsSchema } from '../../shared/settings';
import type { HandlerDeps } from './deps';

export async function getSettings(
  _input: CallInput<'getSettings'>,
  deps: HandlerDeps,
): Promise<CallOutput<'getSettings'>> {
  return deps.settings.read();
}

export async function updateSettings(
  patch: CallInput<'updateSettings'>,
  deps: HandlerDeps,
): Promise<CallOutput<'updateSettings'>> {
  const next = SettingsSchema.parse({ ...deps.settings.read(), ...patch });
  deps.settings.write(next);
  return next;
}

export async function chooseShareFolder(
  _input: CallInput<'chooseShareFolder'>,
  deps: HandlerDeps,
): Promise<CallOutput<'chooseShareFolder'>> {
  return { path: await deps.dialogs.chooseFolder() };
}

export async function checkShareFolder(input: CallInput<'checkShareFolder'>): Promise<CallOutput<'checkShareFolder'>> {
  try {
    const info = await stat(input.path);
    if (!info.isDirectory()) return { reachable: false, writable: false, reason: 'not-a-folder' };
  } catch {
    return { reachable: false, writable: false, reason: 'unreachable' };
  }
  try {
    await access(input.path, constants.W_OK);
    return { reachable: true, writable: true };
  } catch {
    return { reachable: true, writable: false, reason: 'read-only' };
  }
}

export async function appInfo(_input: CallInput<'appInfo'>, deps: HandlerDeps): Promise<CallOutput<'appInfo'>> {
  return deps.app;
}
