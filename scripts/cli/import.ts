import { type Initiative, InitiativeFieldsSchema } from '../../shared/domain/initiative';
import { inspectSpreadsheet, planImport, SpreadsheetError, toReportJson } from '../../shared/spreadsheet/index';
import { isValidDeviceId } from '../../shared/sync/hlc';
import type { FieldValue } from '../../shared/sync/operation';
import { sha256Hex } from '../../shared/sync/segment';
import { CliError, type CliIo } from '../csb';
import { readSpreadsheetFile } from './inspect';
import { liveRecords, loadShare, referenceItemsOf } from './status';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * `import FILE --share DIR --device NAME [--department CODE] --accept-all --json`:
 * read a spreadsheet with the app's pipeline, match rows by hidden id or else
 * title within the department, accept every change, and write them to the
 * share as the device NAME.
 */
export async function importCommand(
  positionals: string[],
  options: Record<string, string | boolean | undefined>,
  io: CliIo,
): Promise<void> {
  const [file] = positionals;
  const device = options.device;
  if (!file || typeof device !== 'string') {
    throw new CliError('Usage: import FILE --share DIR --device NAME [--department CODE] --accept-all --json');
  }
  if (!isValidDeviceId(device)) throw new CliError(`Device name must be letters, digits or _ (at most 40): ${device}`);
  if (!options['accept-all']) throw new CliError('The command line applies every change: pass --accept-all');
  const department = typeof options.department === 'string' ? options.department : undefined;
  const bytes = await readSpreadsheetFile(file);

  const share = await loadShare(options.share, {
    device,
    readOnly: false,
    identity: { user: device, department: department ?? '' },
  });
  const { store } = share;
  const referenceItems = referenceItemsOf(store);
  if (department && !referenceItems.some((item) => item.kind === 'department' && item.id === department)) {
    throw new CliError(`Unknown department: ${department}`);
  }
  let inspected: ReturnType<typeof inspectSpreadsheet>;
  try {
    inspected = inspectSpreadsheet(bytes, file, { referenceItems, ...(department ? { department } : {}) });
  } catch (error) {
    if (error instanceof SpreadsheetError) throw new CliError(`${file}: ${error.message} (${error.code})`);
    throw error;
  }
  const plan = planImport(inspected, liveRecords<Initiative>(store, 'initiatives'), department ? { department } : {});

  // The received file is kept with the data, as in the app.
  const hash = await sha256Hex(bytes);
  await store.putBlob(hash, bytes);
  const attachmentId = crypto.randomUUID();
  const name = file.split(/[\\/]/).pop() ?? file;
  const now = new Date().toISOString();
  store.write(
    'attachments',
    attachmentId,
    {
      name,
      hash,
      size: bytes.byteLength,
      mimeType: /\.csv$/i.test(name) ? 'text/csv' : XLSX_MIME,
      purpose: 'hearing-reply',
      linkedTable: 'hearingRounds',
      linkedId: department ?? '',
      addedAt: now,
    },
    device,
  );

  const operations: { hlc: string; recordId: string; field: string }[] = [];
  const rejected: { id: string; title: string; message: string }[] = [];
  let updated = 0;
  for (const change of plan.changed) {
    const current = store.get('initiatives', change.id);
    const patch = Object.fromEntries(change.fields.map((f) => [f.field, f.new]));
    const { id: _i, _stamps: _s, updatedAt: _u, _deleted: _d, ...fields } = current ?? {};
    const checked = InitiativeFieldsSchema.safeParse({ ...fields, ...patch });
    if (!checked.success) {
      rejected.push({ id: change.id, title: change.title, message: checked.error.issues[0]?.message ?? 'invalid' });
      continue;
    }
    const values = checked.data as Record<string, FieldValue | undefined>;
    const changes = Object.fromEntries(Object.keys(patch).map((k) => [k, values[k] ?? null]));
    const ops = store.write('initiatives', change.id, changes, device);
    if (ops.length > 0) updated++;
    operations.push(...ops.map((op) => ({ hlc: op.hlc, recordId: op.recordId, field: op.field })));
  }
  const createdIds: string[] = [];
  for (const created of plan.created) {
    const id = crypto.randomUUID();
    const values = Object.fromEntries(Object.entries(created.fields).filter(([, v]) => v !== undefined));
    const ops = store.write('initiatives', id, values as Record<string, FieldValue>, device);
    createdIds.push(id);
    operations.push(...ops.map((op) => ({ hlc: op.hlc, recordId: op.recordId, field: op.field })));
  }
  if (department) {
    store.write(
      'importBatches',
      crypto.randomUUID(),
      {
        department,
        fileName: name,
        attachmentId,
        appliedAt: now,
        actor: device,
        operations,
        createdIds,
        undoneAt: null,
      },
      device,
    );
  }

  const report = await share.sync();
  if (report.outcome !== 'synced' || report.pending > 0) {
    throw new CliError(
      `The changes could not be written to the share (${report.outcome}${report.error ? `: ${report.error}` : ''})`,
    );
  }
  const summary = {
    ...toReportJson(inspected, referenceItems),
    created: createdIds.length,
    updated,
    unchanged: plan.unchanged.length,
    missing: plan.missing.length,
    invalid: plan.invalid.length,
    rejected,
    operations: report.shippedOps,
  };
  io.stdout(options.json ? JSON.stringify(summary) : JSON.stringify(summary, null, 2));
}
