import { randomBytes } from 'node:crypto';
import Store from 'electron-store';
import { newDeviceId, type Settings, SettingsSchema } from '../shared/settings';
import type { SettingsStore } from './handlers/deps';
import type { WindowBounds } from './window-options';

interface StoredShape {
  settings: Settings;
  windowBounds?: WindowBounds;
}

/** electron-store keeps the settings in the user's app data folder; zod fills defaults and repairs bad values. */
export function createSettingsStore(): SettingsStore & {
  readBounds(): WindowBounds | undefined;
  writeBounds(bounds: WindowBounds): void;
} {
  const store = new Store<StoredShape>({
    name: 'settings',
    clearInvalidConfig: true,
    defaults: { settings: SettingsSchema.parse({ deviceId: newDeviceId(randomBytes(8).toString('hex')) }) },
  });
  return {
    read() {
      const raw = store.get('settings');
      const parsed = SettingsSchema.safeParse(raw);
      if (parsed.success) return parsed.data;
      const repaired = SettingsSchema.parse({
        ...SettingsSchema.partial().catch({}).parse(raw),
        deviceId: newDeviceId(randomBytes(8).toString('hex')),
      });
      store.set('settings', repaired);
      return repaired;
    },
    write(next) {
      store.set('settings', SettingsSchema.parse(next));
    },
    readBounds: () => store.get('windowBounds'),
    writeBounds: (bounds) => store.set('windowBounds', bounds),
  };
}
