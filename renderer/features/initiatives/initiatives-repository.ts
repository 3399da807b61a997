import { exampleInitiatives, scaledExampleInitiatives } from '../../../shared/domain/example-data';
import { InitiativeFieldsSchema } from '../../../shared/domain/initiative';
import type { ChangeRecorder } from '../../db/change-recorder';
import { createRepository } from '../../db/repository';

/** The inventory's repository: every write validated and recorded as field operations. */
export function initiativesRepository(recorder: ChangeRecorder) {
  return createRepository('initiatives', InitiativeFieldsSchema, recorder);
}
export type InitiativesRepository = ReturnType<typeof initiativesRepository>;

/**
 * Write the example inventory through the repository, in one transaction.
 * Ids are fixed ("eksempel-001", …): loading twice, or on two laptops, gives the same records.
 * `count` above the ~60 examples gives scaled benchmark data.
 */
export async function loadExampleData(recorder: ChangeRecorder, actor: string, count?: number): Promise<number> {
  const repository = initiativesRepository(recorder);
  const examples = count === undefined ? exampleInitiatives() : scaledExampleInitiatives(count);
  const { db } = recorder;
  await db.transaction('rw', [db.initiatives, db.ops, db.meta], async () => {
    for (const [index, example] of examples.entries()) {
      await repository.create(example, actor, `eksempel-${String(index + 1).padStart(3, '0')}`);
    }
  });
  return examples.length;
}
