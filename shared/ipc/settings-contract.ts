import { z } from 'zod';
import { SettingsPatchSchema, SettingsSchema } from '../settings';

export const settingsContract = {
  getSettings: { input: z.undefined(), output: SettingsSchema },
  updateSettings: { input: SettingsPatchSchema, output: SettingsSchema },
  /** Opens the native folder dialog; null when the user cancels. */
  chooseShareFolder: { input: z.undefined(), output: z.object({ path: z.string().nullable() }) },
  /** Is the folder there and writable right now? */
  checkShareFolder: {
    input: z.object({ path: z.string().min(1).max(4096) }),
    output: z.object({ reachable: z.boolean(), writable: z.boolean(), reason: z.string().optional() }),
  },
  appInfo: {
    input: z.undefined(),
    output: z.object({ version: z.string(), platform: z.string() }),
  },
} as const;
