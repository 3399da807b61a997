/** Why a file was refused; the UI translates the code, the CLI prints the English message. */
export const SPREADSHEET_ERROR_CODES = [
  'not-a-spreadsheet',
  'password-protected',
  'empty',
  'too-large',
  'corrupt',
  'sheet-not-found',
  'no-header',
] as const;
export type SpreadsheetErrorCode = (typeof SPREADSHEET_ERROR_CODES)[number];

export class SpreadsheetError extends Error {
  constructor(
    readonly code: SpreadsheetErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SpreadsheetError';
  }
}
