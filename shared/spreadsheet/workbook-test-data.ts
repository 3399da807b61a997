import { type Initiative, type InitiativeFieldsInput, InitiativeFieldsSchema } from '../domain/initiative';

/** An initiative as the inventory holds it, for tests of the workbook writers and the import plan. */
export function testInitiative(id: string, fields: InitiativeFieldsInput): Initiative {
  return { ...InitiativeFieldsSchema.parse(fields), id, _stamps: {}, updatedAt: '' };
}
