import { z } from 'zod';
import { InitiativeFilterSchema } from '../../../shared/domain/initiative-filter';
import type { CsbDatabase } from '../../db/database';
import { COLUMN_IDS } from './inventory-columns';

/**
 * Named views of the inventory (filter, columns, sort). They are this
 * laptop's own working habits, so they stay in the local, unsynced table.
 */
const SCOPE = 'initiatives';

export const InventoryViewStateSchema = z.object({
  filter: InitiativeFilterSchema,
  columns: z.partialRecord(z.enum(COLUMN_IDS), z.boolean()).default({}),
  sort: z.object({ column: z.enum(COLUMN_IDS), descending: z.boolean() }),
});
export type InventoryViewState = z.infer<typeof InventoryViewStateSchema>;

export interface InventoryView {
  id: string;
  name: string;
  state: InventoryViewState;
}

const StoredSchema = z.object({ scope: z.literal(SCOPE), view: InventoryViewStateSchema });

/** Saved inventory views, by name; views of other features and damaged entries are skipped. */
export async function listInventoryViews(db: CsbDatabase): Promise<InventoryView[]> {
  const views: InventoryView[] = [];
  for (const row of await db.savedViews.toArray()) {
    const parsed = StoredSchema.safeParse(row.state);
    if (parsed.success) views.push({ id: row.id, name: row.name, state: parsed.data.view });
  }
  return views.sort((a, b) => a.name.localeCompare(b.name, 'da'));
}

/** Save under a name; a view with the same name is replaced. */
export async function saveInventoryView(db: CsbDatabase, name: string, state: InventoryViewState): Promise<string> {
  const existing = (await listInventoryViews(db)).find((v) => v.name.toLowerCase() === name.toLowerCase());
  const id = existing?.id ?? crypto.randomUUID();
  await db.savedViews.put({ id, name, state: { scope: SCOPE, view: InventoryViewStateSchema.parse(state) } });
  return id;
}

export async function deleteInventoryView(db: CsbDatabase, id: string): Promise<void> {
  await db.savedViews.delete(id);
}
