import { z } from 'zod';

/** File bytes cross the bridge as base64 so every transport (Electron IPC, test harness) carries them alike. */
export const Base64Schema = z
  .string()
  .max(200 * 1024 * 1024)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Not base64');

export const FILE_KINDS = ['spreadsheet', 'excel', 'calendar', 'pdf', 'any'] as const;

export const filesContract = {
  /** Native open dialog; the chosen file's name and bytes, or null when cancelled. */
  openFile: {
    input: z.object({ kind: z.enum(FILE_KINDS) }),
    output: z.object({ name: z.string(), base64: z.string() }).nullable(),
  },
  /** Native save dialog, then writes the bytes; null when cancelled. */
  saveFile: {
    input: z.object({
      suggestedName: z.string().min(1).max(255),
      kind: z.enum(FILE_KINDS),
      base64: Base64Schema,
    }),
    output: z.object({ path: z.string() }).nullable(),
  },
  /** Prints the current page to PDF (Electron printToPDF) and saves it; null when cancelled. */
  printToPdf: {
    input: z.object({ suggestedName: z.string().min(1).max(255), landscape: z.boolean().default(false) }),
    output: z.object({ path: z.string() }).nullable(),
  },
} as const;
