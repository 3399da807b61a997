import { readFile, stat } from 'node:fs/promises';
import { DEFAULT_REFERENCE_ITEMS } from '../../shared/domain/reference-lists';
import { inspectSpreadsheet, SPREADSHEET_LIMITS, SpreadsheetError, toReportJson } from '../../shared/spreadsheet/index';
import { CliError, type CliIo } from '../csb';
import { loadShare, referenceItemsOf } from './status';

/**
 * `inspect FILE [--department CODE] [--sheet NAME] [--share DIR] --json`: the app's reading pipeline, printed
 * as one JSON object. With --share, values are mapped to the reference lists as edited on the share.
 */
export async function inspectCommand(
  positionals: string[],
  options: Record<string, string | boolean | undefined>,
  io: CliIo,
): Promise<void> {
  const [file] = positionals;
  if (!file) throw new CliError('Usage: inspect FILE [--department CODE] [--sheet NAME] --json');
  const department = typeof options.department === 'string' ? options.department : undefined;
  const referenceItems =
    typeof options.share === 'string'
      ? referenceItemsOf((await loadShare(options.share)).store)
      : [...DEFAULT_REFERENCE_ITEMS];
  if (department && !referenceItems.some((item) => item.kind === 'department' && item.id === department)) {
    throw new CliError(`Unknown department: ${department}`);
  }
  const bytes = await readSpreadsheetFile(file);
  try {
    const result = inspectSpreadsheet(bytes, file, {
      referenceItems,
      ...(department ? { department } : {}),
      ...(typeof options.sheet === 'string' ? { sheet: options.sheet } : {}),
    });
    const report = toReportJson(result, referenceItems);
    io.stdout(options.json ? JSON.stringify(report) : JSON.stringify(report, null, 2));
  } catch (error) {
    if (error instanceof SpreadsheetError) throw new CliError(`${file}: ${error.message} (${error.code})`);
    throw error;
  }
}

/** A spreadsheet's bytes, refused before reading when it is no file or too large. */
export async function readSpreadsheetFile(file: string): Promise<Uint8Array> {
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new CliError(`${file}: not a file`);
    if (info.size > SPREADSHEET_LIMITS.maxFileBytes) throw new CliError(`${file}: the file is too large (too-large)`);
    return new Uint8Array(await readFile(file));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}
