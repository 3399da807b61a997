import Dexie from 'dexie';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { type InitiativeField, InitiativeFieldsSchema } from '../../../shared/domain/initiative';
import { DEFAULT_REFERENCE_ITEMS } from '../../../shared/domain/reference-lists';
import { buildHearingWorkbook, inspectSpreadsheet, planImport } from '../../../shared/spreadsheet/index';
import { readAttachment } from '../../db/attachments';
import { ChangeRecorder } from '../../db/change-recorder';
import { CsbDatabase } from '../../db/database';
import { createRepository } from '../../db/repository';
import { applyImport, undoImport } from './apply-import';
import { hearingRepositories } from './hearing-records';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

async function setup() {
  const name = `csb-hearing-${crypto.randomUUID()}`;
  names.push(name);
  const db = new CsbDatabase(name);
  await db.open();
  const recorder = await ChangeRecorder.open(db, 'dev_test');
  const initiatives = createRepository('initiatives', InitiativeFieldsSchema, recorder);
  await initiatives.create({ title: 'Natteravne', department: 'BUF', annualBudgetDkk: 100_000 }, 'Per', 'a');
  await initiatives.create({ title: 'Lektiecafé', department: 'BUF', districts: ['valby'] }, 'Per', 'b');
  await initiatives.create({ title: 'Sommerlejr', department: 'BUF' }, 'Per', 'c');
  return { db, recorder, initiatives };
}

describe('a hearing reply applied as one step, and undone (real IndexedDB and ExcelJS in Chromium)', () => {
  it('applies accepted fields and rows only, records the batch, keeps the file, and undoes it all', async () => {
    const { db, recorder, initiatives } = await setup();
    const referenceItems = [...DEFAULT_REFERENCE_ITEMS];
    const sent = await buildHearingWorkbook({
      department: 'BUF',
      initiatives: await initiatives.list(),
      referenceItems,
      deadline: '2010-03-01',
      language: 'da',
    });
    // The department edits two values, adds a row and deletes one.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(sent.buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet('Indsatser') as ExcelJS.Worksheet;
    expect(sheet.getCell('B4').value).toBe('Natteravne');
    sheet.getCell('M4').value = 250_000;
    sheet.getCell('B5').value = 'Lektiecafé Nordvest';
    sheet.spliceRows(6, 1);
    sheet.getCell('B6').value = 'Exit-samtaler';
    sheet.getCell('F6').value = 'Bandemedlemmer';
    const reply = new Uint8Array(await workbook.xlsx.writeBuffer());

    const inspected = inspectSpreadsheet(reply, 'BUF-svar.xlsx', { referenceItems, department: 'BUF' });
    const plan = planImport(inspected, await initiatives.list(), { department: 'BUF' });
    expect(plan.changed.map((c) => [c.id, c.fields.map((f) => f.field)])).toEqual([
      ['a', ['annualBudgetDkk']],
      ['b', ['title']],
    ]);
    expect(plan.created.map((c) => c.fields.title)).toEqual(['Exit-samtaler']);
    expect(plan.missing.map((m) => m.id)).toEqual(['c']);

    const result = await applyImport(
      recorder,
      {
        department: 'BUF',
        plan,
        decisions: {
          created: new Set([plan.created[0]?.sourceRow ?? 0]),
          changed: new Map<string, Set<InitiativeField>>([
            ['a', new Set(['annualBudgetDkk'])],
            ['b', new Set()],
          ]),
        },
        file: { name: 'BUF-svar.xlsx', bytes: reply },
        mapping: inspected.columnList.map((c) => ({ header: c.header, field: c.field })),
      },
      'Per',
    );
    expect((await initiatives.get('a'))?.annualBudgetDkk).toBe(250_000);
    expect((await initiatives.get('b'))?.title).toBe('Lektiecafé');
    expect((await initiatives.get('c'))?.title).toBe('Sommerlejr');
    const all = await initiatives.list();
    const created = all.find((i) => i.title === 'Exit-samtaler');
    expect(created).toMatchObject({ department: 'BUF', targetGroups: ['gang-members'] });

    const { batches, rounds, mappings } = hearingRepositories(recorder);
    expect((await mappings.get('BUF'))?.pairs).toContainEqual({ header: 'Titel', field: 'title' });
    const batch = await batches.get(result.batchId);
    expect(batch?.createdIds).toEqual([created?.id]);
    expect(batch?.operations.some((op) => op.recordId === 'a' && op.field === 'annualBudgetDkk')).toBe(true);
    for (const op of batch?.operations ?? []) expect(await db.ops.get(op.hlc)).toBeDefined();
    const attachment = (await db.attachments.toArray()).find((a) => a.purpose === 'hearing-reply');
    expect(attachment).toMatchObject({ name: 'BUF-svar.xlsx', linkedTable: 'hearingRounds', linkedId: 'BUF' });
    const kept = await readAttachment(recorder, String(attachment?.hash));
    expect(kept?.byteLength).toBe(reply.byteLength);
    expect(kept && Array.from(kept).every((b, i) => b === reply[i])).toBe(true);
    expect((await rounds.get('BUF'))?.importedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const undone = await undoImport(recorder, result.batchId, 'Per');
    expect(undone.kept).toBe(0);
    expect((await initiatives.get('a'))?.annualBudgetDkk).toBe(100_000);
    expect(await initiatives.get(String(created?.id))).toBeUndefined();
    expect((await batches.get(result.batchId))?.undoneAt).toBeTruthy();
    // The undo is itself history: the budget's newest operation writes the old value back.
    const history = await initiatives.history('a');
    expect(history[0]).toMatchObject({ field: 'annualBudgetDkk', value: 100_000, old: 250_000 });
  });

  it('keeps a value someone changed after the import when the import is undone', async () => {
    const { recorder, initiatives } = await setup();
    const inspected = {
      initiatives: [{ sourceRow: 4, id: 'a', title: 'Natteravne', annualBudgetDkk: 300_000, contact: 'Anne' }],
    };
    const plan = planImport(inspected, await initiatives.list(), { department: 'BUF' });
    const { batchId } = await applyImport(
      recorder,
      {
        department: 'BUF',
        plan,
        decisions: {
          created: new Set(),
          changed: new Map<string, Set<InitiativeField>>([['a', new Set(['annualBudgetDkk', 'contact'])]]),
        },
        file: { name: 'svar.csv', bytes: new TextEncoder().encode('Titel\nNatteravne\n') },
      },
      'Per',
    );
    await initiatives.update('a', { contact: 'Bo' }, 'Lise');
    const undone = await undoImport(recorder, batchId, 'Per');
    expect(undone).toEqual({ reverted: 1, kept: 1 });
    expect(await initiatives.get('a')).toMatchObject({ annualBudgetDkk: 100_000, contact: 'Bo' });
  });
});
