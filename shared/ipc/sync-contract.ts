import { z } from 'zod';
import { SettingsSchema } from '../settings';
import { SHARE_FOLDERS } from '../sync/transport';
import { Base64Schema } from './files-contract';

const ShareName = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'Not a share file name')
  .refine((name) => !name.includes('..'), 'Not a share file name');

/**
 * The share transport across the bridge. The folder is always the one in the
 * settings (the renderer never names a path), and the share's ordinary states
 * (offline, name taken, file gone) come back as values, not errors.
 */
export const syncContract = {
  shareList: {
    input: z.object({ folder: z.enum(SHARE_FOLDERS) }),
    output: z.object({ reachable: z.boolean(), names: z.array(z.string()) }),
  },
  shareRead: {
    input: z.object({ folder: z.enum(SHARE_FOLDERS), name: ShareName }),
    output: z.object({ status: z.enum(['ok', 'missing', 'unavailable']), base64: z.string() }),
  },
  shareWriteOnce: {
    input: z.object({ folder: z.enum(SHARE_FOLDERS), name: ShareName, base64: Base64Schema }),
    output: z.object({ status: z.enum(['written', 'exists', 'unavailable']), serverTimeMs: z.number().optional() }),
  },
  /** This laptop's id turned up in files it never wrote (a cloned disk image): take a new one. */
  renewDeviceId: { input: z.undefined(), output: SettingsSchema },
} as const;
