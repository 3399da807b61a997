import type { Initiative } from '../../shared/domain/initiative';
import { buildHearingWorkbook } from '../../shared/spreadsheet/index';
import { CliError, type CliIo } from '../csb';
import { writeOut } from './export-overview';
import { liveRecords, loadShare, referenceItemsOf } from './status';

/** The hearing of 2010 ended on 1 March; a department's own round may say otherwise. */
const HEARING_END = '2010-03-01';

/** `hearing export --department CODE --share DIR OUT.xlsx`: the department's pre-filled hearing workbook. */
export async function hearingCommand(
  positionals: string[],
  options: Record<string, string | boolean | undefined>,
  io: CliIo,
): Promise<void> {
  const [what, out] = positionals;
  const department = options.department;
  if (what !== 'export' || !out || typeof department !== 'string') {
    throw new CliError('Usage: hearing export --department CODE --share DIR OUT.xlsx');
  }
  const { store } = await loadShare(options.share);
  const referenceItems = referenceItemsOf(store);
  if (!referenceItems.some((item) => item.kind === 'department' && item.id === department)) {
    throw new CliError(`Unknown department: ${department}`);
  }
  const initiatives = liveRecords<Initiative>(store, 'initiatives').filter(
    (i) => !i.archived && i.department === department,
  );
  const round = store.get('hearingRounds', department);
  const deadline = typeof round?.deadline === 'string' ? round.deadline : HEARING_END;
  const bytes = await buildHearingWorkbook({ department, initiatives, referenceItems, deadline, language: 'da' });
  await writeOut(out, bytes);
  io.stdout(`Wrote ${out}: ${initiatives.length} initiatives of ${department}`);
}
