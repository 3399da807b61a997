import { writeFile } from 'node:fs/promises';
import { format } from 'date-fns';
import followupDa from '../../renderer/features/followup/locales/da.json';
import type { Initiative } from '../../shared/domain/initiative';
import { buildOverviewWorkbook, followupEntriesFrom } from '../../shared/spreadsheet/index';
import { CliError, type CliIo } from '../csb';
import { liveRecords, loadShare, referenceItemsOf } from './status';

/** `export overview OUT.xlsx --share DIR`: the consolidated overview from the share's current state. */
export async function exportCommand(
  positionals: string[],
  options: Record<string, string | boolean | undefined>,
  io: CliIo,
): Promise<void> {
  const [what, out] = positionals;
  if (what !== 'overview' || !out) throw new CliError('Usage: export overview OUT.xlsx --share DIR');
  const { store } = await loadShare(options.share);
  const initiatives = liveRecords<Initiative>(store, 'initiatives');
  // The overview is a Danish document: status names from the app's Danish follow-up translations.
  const followup = followupEntriesFrom(liveRecords(store, 'followupStatuses'), (status) =>
    status in followupDa.statuses ? followupDa.statuses[status as keyof typeof followupDa.statuses] : status,
  );
  const bytes = await buildOverviewWorkbook({
    initiatives,
    referenceItems: referenceItemsOf(store),
    exportDate: format(new Date(), 'yyyy-MM-dd'),
    ...(followup.length > 0 ? { followup } : {}),
  });
  await writeOut(out, bytes);
  io.stdout(`Wrote ${out}: ${initiatives.length} initiatives`);
}

export async function writeOut(path: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFile(path, bytes);
  } catch (error) {
    throw new CliError(`${path}: cannot write the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}
