import {
  INITIATIVE_FIELDS,
  type Initiative,
  type InitiativeField,
  type InitiativeFields,
  InitiativeFieldsSchema,
} from '../domain/initiative';
import { sameValue } from '../sync/apply';
import type { InspectedInitiative, InspectResult } from './inspect';
import { normalizeText } from './reference-matcher';

export interface FieldChange {
  field: InitiativeField;
  old: unknown;
  new: unknown;
}

export interface PlannedCreate {
  sourceRow: number;
  /** Complete, validated fields of the new initiative. */
  fields: InitiativeFields;
}

export interface PlannedMatch {
  id: string;
  title: string;
  sourceRow: number;
  matchedBy: 'id' | 'title';
}

export interface PlannedChange extends PlannedMatch {
  fields: FieldChange[];
}

export interface ImportPlan {
  created: PlannedCreate[];
  changed: PlannedChange[];
  unchanged: PlannedMatch[];
  /** Initiatives of the department that the sheet no longer lists; never deleted automatically. */
  missing: { id: string; title: string; department: string }[];
  /** Rows that cannot become an initiative (say, no department), with an English reason. */
  invalid: { sourceRow: number; title: string; message: string }[];
}

/** Titles this alike (Dice coefficient of letter pairs) are taken for the same initiative. */
const SIMILAR_TITLE = 0.8;

/**
 * Compare an inspected sheet with the inventory: rows are matched by the
 * hidden id, else by a similar title within the department; nothing is written.
 */
export function planImport(
  inspected: Pick<InspectResult, 'initiatives'>,
  existing: readonly Initiative[],
  options: { department?: string } = {},
): ImportPlan {
  const plan: ImportPlan = { created: [], changed: [], unchanged: [], missing: [], invalid: [] };
  const alive = existing.filter((i) => !i._deleted);
  const byId = new Map(alive.map((i) => [i.id, i]));
  const matched = new Map<InspectedInitiative, { initiative: Initiative; by: 'id' | 'title' }>();
  const taken = new Set<string>();
  const invalidRows = new Set<number>();

  for (const row of inspected.initiatives) {
    const initiative = row.id ? byId.get(row.id) : undefined;
    if (!initiative) continue;
    if (taken.has(initiative.id)) {
      plan.invalid.push({ sourceRow: row.sourceRow, title: row.title ?? '', message: `Duplicate id ${initiative.id}` });
      invalidRows.add(row.sourceRow);
      continue;
    }
    matched.set(row, { initiative, by: 'id' });
    taken.add(initiative.id);
  }

  const departmentOf = (row: InspectedInitiative) => row.department ?? options.department;
  const titleIndex = new TitleIndex(alive);
  const unmatched = inspected.initiatives.filter((row) => !matched.has(row) && !invalidRows.has(row.sourceRow));
  // Exact titles first, so a close-but-different title cannot take an exact one's partner.
  for (const pass of ['exact', 'similar'] as const) {
    for (const row of unmatched) {
      if (matched.has(row) || !row.title) continue;
      const department = departmentOf(row);
      const initiative = titleIndex.find(row.title, department, taken, pass);
      if (!initiative) continue;
      matched.set(row, { initiative, by: 'title' });
      taken.add(initiative.id);
    }
  }

  for (const row of inspected.initiatives) {
    if (invalidRows.has(row.sourceRow)) continue;
    const match = matched.get(row);
    if (match) {
      const fields = changedFields(row, match.initiative);
      const base = {
        id: match.initiative.id,
        title: match.initiative.title,
        sourceRow: row.sourceRow,
        matchedBy: match.by,
      };
      if (fields.length > 0) plan.changed.push({ ...base, fields });
      else plan.unchanged.push(base);
      continue;
    }
    const parsed = InitiativeFieldsSchema.safeParse({ ...sheetFields(row), department: departmentOf(row) });
    if (parsed.success) plan.created.push({ sourceRow: row.sourceRow, fields: parsed.data });
    else {
      const message = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join(', ');
      plan.invalid.push({ sourceRow: row.sourceRow, title: row.title ?? '', message });
    }
  }

  const departments = new Set<string>();
  if (options.department) departments.add(options.department);
  else for (const row of inspected.initiatives) if (row.department) departments.add(row.department);
  for (const initiative of alive) {
    if (taken.has(initiative.id) || initiative.archived || !departments.has(initiative.department)) continue;
    plan.missing.push({ id: initiative.id, title: initiative.title, department: initiative.department });
  }
  return plan;
}

function sheetFields(row: InspectedInitiative): Partial<InitiativeFields> {
  const fields: Partial<Record<InitiativeField, unknown>> = {};
  for (const field of INITIATIVE_FIELDS) if (row[field] !== undefined) fields[field] = row[field];
  return fields as Partial<InitiativeFields>;
}

/** Fields the sheet holds whose value differs from the inventory (lists compared as sets). */
export function changedFields(row: InspectedInitiative, initiative: Initiative): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of INITIATIVE_FIELDS) {
    const value = row[field];
    if (value === undefined) continue;
    if (field === 'department' && row.departmentAssumed) continue;
    const old = initiative[field] ?? null;
    if (sameFieldValue(old, value)) continue;
    changes.push({ field, old, new: value });
  }
  return changes;
}

function sameFieldValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && sameValue([...a].sort(), [...b].sort());
  }
  if (typeof a === 'string' && typeof b === 'string') return a.trim() === b.trim();
  return sameValue(a ?? null, b ?? null);
}

/** Titles by department, with a word index so similar titles are found without comparing every pair. */
class TitleIndex {
  private readonly exact = new Map<string, Initiative[]>();
  private readonly words = new Map<string, Initiative[]>();
  private readonly pairs = new Map<string, Set<string>>();

  constructor(initiatives: readonly Initiative[]) {
    for (const initiative of initiatives) {
      const key = normalizeText(initiative.title);
      push(this.exact, `${initiative.department}\u0000${key}`, initiative);
      for (const word of new Set(key.split(' '))) {
        if (word.length >= 3) push(this.words, `${initiative.department}\u0000${word}`, initiative);
      }
    }
  }

  find(
    title: string,
    department: string | undefined,
    taken: Set<string>,
    pass: 'exact' | 'similar',
  ): Initiative | undefined {
    if (!department) return undefined;
    const key = normalizeText(title);
    if (pass === 'exact') return this.exact.get(`${department}\u0000${key}`)?.find((i) => !taken.has(i.id));
    const candidates = new Set<Initiative>();
    for (const word of new Set(key.split(' '))) {
      if (word.length < 3) continue;
      for (const initiative of this.words.get(`${department}\u0000${word}`) ?? []) {
        if (!taken.has(initiative.id)) candidates.add(initiative);
        if (candidates.size > 500) break;
      }
    }
    const mine = letterPairs(key);
    let best: Initiative | undefined;
    let bestScore = SIMILAR_TITLE;
    for (const candidate of candidates) {
      const score = dice(mine, this.pairsOf(candidate));
      if (score >= bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return best;
  }

  private pairsOf(initiative: Initiative): Set<string> {
    let pairs = this.pairs.get(initiative.id);
    if (!pairs) {
      pairs = letterPairs(normalizeText(initiative.title));
      this.pairs.set(initiative.id, pairs);
    }
    return pairs;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function letterPairs(text: string): Set<string> {
  const pairs = new Set<string>();
  const compact = text.replace(/ /g, '');
  for (let i = 0; i < compact.length - 1; i++) pairs.add(compact.slice(i, i + 2));
  return pairs;
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const pair of a) if (b.has(pair)) shared++;
  return (2 * shared) / (a.size + b.size);
}
