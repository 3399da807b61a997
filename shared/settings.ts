import { z } from 'zod';

export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const DEVICE_ID = z.string().regex(/^[A-Za-z0-9_]{1,40}$/);

/** The fields without defaults: a patch must only carry what the user changed. */
const settingsFields = {
  userName: z.string().max(200),
  /** Department reference id, e.g. "BUF"; empty until chosen. */
  homeDepartment: z.string().max(80),
  language: z.enum(LANGUAGES),
  /** Folder on the shared network drive; empty when not chosen. */
  shareFolder: z.string().max(4096),
  /** Number of desks at the centre, for the staffing plan. */
  deskCount: z.number().int().min(0).max(500),
};

/** User settings kept by electron-store on the laptop (never synced). */
export const SettingsSchema = z.object({
  userName: settingsFields.userName.default(''),
  homeDepartment: settingsFields.homeDepartment.default(''),
  language: settingsFields.language.default('da'),
  shareFolder: settingsFields.shareFolder.default(''),
  deskCount: settingsFields.deskCount.default(8),
  /** Stable id of this laptop; stamps every change it makes. */
  deviceId: DEVICE_ID,
});
export type Settings = z.infer<typeof SettingsSchema>;

/** What the renderer may change; the device id is owned by the main process. */
export const SettingsPatchSchema = z.object(settingsFields).partial().strict();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

export function newDeviceId(randomHex: string): string {
  return `dev_${randomHex.replace(/[^0-9a-f]/gi, '').slice(0, 16)}`;
}
