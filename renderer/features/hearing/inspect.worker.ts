import { SpreadsheetError } from '../../../shared/spreadsheet/errors';
import { type InspectOptions, inspectSpreadsheet } from '../../../shared/spreadsheet/inspect';

/** Reads a spreadsheet off the page's thread, so a large reply never freezes the window. */
self.onmessage = (event: MessageEvent<{ bytes: Uint8Array; fileName: string; options: InspectOptions }>) => {
  const { bytes, fileName, options } = event.data;
  try {
    self.postMessage({ ok: true, result: inspectSpreadsheet(bytes, fileName, options) });
  } catch (error) {
    self.postMessage({
      ok: false,
      code: error instanceof SpreadsheetError ? error.code : null,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
