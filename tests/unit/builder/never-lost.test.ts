/**
 * The builder's promise, as a model-based property: whatever the user does through the actions
 * the UI calls (type any text in any field, add, delete, move and restore rows, merge files, copy
 * to next year, undo, redo), every draft written to storage reads back through `readPlanValue`
 * and stays in the draft list; none is set aside as unreadable.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isoFromParts, parseMoney, parseYear } from '../../../src/ui/form/parse.ts';
import { replaceStorage } from '../../../src/drafts/local-store.ts';
import { $drafts, $unreadable, refreshDrafts } from '../../../src/drafts/drafts.ts';
import {
  $draft,
  $plan,
  $saveStatus,
  closeDraft,
  flushSave,
  redo,
  undo,
} from '../../../src/builder/stores/editor.ts';
import {
  $deletedRow,
  addRow,
  deleteRow,
  moveRow,
  setObjectives,
  setPlanYear,
  setTaskText,
  undoDeleteRow,
  updateDisseminationPlan,
  updateDocument,
  updateInspectionPlan,
  updateOrganisation,
  updateProvincePlan,
  updateRow,
  updateUnit,
} from '../../../src/builder/stores/plan-actions.ts';
import {
  $merge,
  chooseMergeFile,
  confirmMerge,
  setKept,
} from '../../../src/builder/stores/plan-files.ts';
import { loadRule } from '../../../src/drafts/rule.ts';
import {
  createDraftFromValue,
  duplicateDraft,
  openDraft,
} from '../../../src/builder/stores/workspace.ts';
import { readPlanValue } from '../../../src/plan/read/index.ts';
import { MAX_ROWS, type Plan } from '../../../src/plan/schema.ts';
import { templateOf } from '../../../src/plan/templates.ts';
import { text as anyText } from '../plan/arbitraries.ts';
import { MemoryStorage } from '../drafts/memory-storage.ts';

const DRAFT_PREFIX = 'ke-hoach-cchc/draft/';

const exampleJson = (name: string) =>
  readFileSync(new URL(`../../../content/examples/${name}.json`, import.meta.url), 'utf8');
const so = JSON.parse(exampleJson('so-noi-vu-tinh-mau-2013')) as Plan;
const huyen = JSON.parse(exampleJson('ubnd-huyen-mau-son-2013')) as Plan;
/** A plan two merges of which fill the table: the third must be refused. */
const big: Plan = {
  ...so,
  rows: Array.from({ length: Math.ceil(MAX_ROWS / 3) }, (_, i) => ({
    ...so.rows[i % so.rows.length]!,
    id: `lon-${i}`,
    notes: `dòng ${i}`,
  })),
};
const mergeSources = { so, huyen, big };

let storage: MemoryStorage;

const plan = (): Plan => {
  const current = $plan.get();
  if (!current) throw new Error('no draft is open');
  return current;
};
const rowAt = (index: number) => {
  const rows = plan().rows;
  return rows.length ? rows[index % rows.length] : undefined;
};

/** Any text a user might type or paste, with years, amounts and very long texts among it. */
const typed = fc.oneof(
  { weight: 4, arbitrary: anyText },
  { weight: 2, arbitrary: fc.integer({ min: 1900, max: 2300 }).map(String) },
  { weight: 2, arbitrary: fc.stringMatching(/^[0-9][0-9.]{0,22}$/) },
  { weight: 1, arbitrary: fc.nat(60_000).map((n) => `${'Sở Nội vụ, '.repeat(n / 10)}x`) },
);

/** The year a MonthYearField makes of typed text. */
const yearOf = (text: string) => parseYear(text).year;

type FieldEdit = (text: string, index: number) => unknown;
const fieldEdits: Record<string, FieldEdit> = {
  'unit.name': (name) => updateUnit({ name }, 'name'),
  'unit.parentAgency': (parentAgency) => updateUnit({ parentAgency }, 'parentAgency'),
  planYear: (text) => {
    const year = yearOf(text);
    if (year !== null) setPlanYear(year);
  },
  'document.number': (number) => updateDocument({ number }, 'number'),
  'document.signerName': (signerName) => updateDocument({ signerName }, 'signerName'),
  'document.issueDate': (text) => {
    const [day = '', month = '', year = ''] = text.split(/\D+/);
    updateDocument({ issueDate: isoFromParts({ day, month, year }) }, 'issueDate');
  },
  'document.recipients': (text) =>
    updateDocument({ recipients: [...plan().document.recipients, text] }, 'recipients'),
  'provincePlan.reference': (reference) => updateProvincePlan({ reference }, 'reference'),
  objectives: (text, i) => {
    const objectives = [...plan().objectives];
    objectives[i % (objectives.length + 1)] = text;
    setObjectives(objectives);
  },
  tasks: (text, i) => {
    const areas = templateOf(plan()).areas;
    setTaskText(areas[i % areas.length]!.id, text);
  },
  'organisation.funding': (funding) => updateOrganisation({ funding }, 'funding'),
  'inspectionPlan.scope': (scope) => updateInspectionPlan({ scope }, 'scope'),
  'disseminationPlan.methods': (text) => updateDisseminationPlan({ methods: [text] }, 'methods'),
  'rows.specificTask': (specificTask, i) => {
    const row = rowAt(i);
    if (row) updateRow(row.id, { specificTask }, 'specificTask');
  },
  'rows.leadUnit': (leadUnit, i) => {
    const row = rowAt(i);
    if (row) updateRow(row.id, { leadUnit }, 'leadUnit');
  },
  'rows.products': (text, i) => {
    const row = rowAt(i);
    if (row) updateRow(row.id, { products: [...row.products, text] }, 'products');
  },
  'rows.from': (text, i) => {
    const row = rowAt(i);
    if (row) updateRow(row.id, { from: { ...row.from, year: yearOf(text) } }, 'from');
  },
  'rows.to': (text, i) => {
    const row = rowAt(i);
    if (row) updateRow(row.id, { to: { ...row.to, year: yearOf(text) } }, 'to');
  },
  'rows.budgetVnd': (text, i) => {
    const row = rowAt(i);
    if (row) updateRow(row.id, { budgetVnd: parseMoney(text) }, 'budgetVnd');
  },
};

type Real = Record<string, never>;
type Model = Record<string, never>;

/** A user action through the stores, then the promise checked on what storage holds. */
class Action implements fc.AsyncCommand<Model, Real> {
  readonly name: string;
  readonly act: () => unknown;
  constructor(name: string, act: () => unknown) {
    this.name = name;
    this.act = act;
  }
  check() {
    return true;
  }
  async run() {
    await this.act();
    flushSave();
    assertNothingLost();
  }
  toString() {
    return this.name;
  }
}

function assertNothingLost() {
  expect($saveStatus.get()?.state).not.toBe('refused');
  const current = $plan.get();
  if (current) expect(readPlanValue(current).problems).toEqual([]);
  const ids: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i)!;
    if (!key.startsWith(DRAFT_PREFIX)) continue;
    ids.push(key.slice(DRAFT_PREFIX.length));
    const record = JSON.parse(storage.getItem(key)!) as { plan: unknown };
    expect(readPlanValue(record.plan).problems).toEqual([]);
  }
  refreshDrafts();
  expect(
    $drafts
      .get()
      .map((draft) => draft.id)
      .sort(),
  ).toEqual(ids.sort());
  expect($unreadable.get()).toEqual([]);
}

const index = fc.nat(10_000);
const commands = [
  ...Object.entries(fieldEdits).map(([field, apply]) =>
    fc
      .tuple(typed, index)
      .map(
        ([text, i]) =>
          new Action(`type ${JSON.stringify(text.slice(0, 30))} in ${field}[${i}]`, () =>
            apply(text, i),
          ),
      ),
  ),
  index.map(
    (i) =>
      new Action(`add a row to area ${i}`, () => {
        const areas = templateOf(plan()).areas;
        addRow(areas[i % areas.length]!.id, 'Nhiệm vụ mới');
      }),
  ),
  index.map(
    (i) =>
      new Action(`delete row ${i}`, () => {
        const row = rowAt(i);
        if (row) deleteRow(row.id, `nhiệm vụ ${i}`);
      }),
  ),
  fc.constant(new Action('put the deleted row back', undoDeleteRow)),
  fc.tuple(index, fc.constantFrom(-1 as const, 1 as const)).map(
    ([i, direction]) =>
      new Action(`move row ${i} by ${direction}`, () => {
        const row = rowAt(i);
        if (row) moveRow(row.id, direction);
      }),
  ),
  fc.constantFrom(...(Object.keys(mergeSources) as (keyof typeof mergeSources)[])).map(
    (source) =>
      new Action(`merge ${source}, keeping every row`, async () => {
        const file = new File([JSON.stringify(mergeSources[source])], `${source}.json`);
        await chooseMergeFile(file);
        for (const { row } of $merge.get()?.preview.rows ?? []) setKept(row.id, true);
        await confirmMerge();
      }),
  ),
  fc.constant(
    new Action('copy as next year’s plan', async () => {
      await duplicateDraft($draft.get()!.id, { nextYear: true });
    }),
  ),
  index.map(
    (i) =>
      new Action(`open draft ${i}`, async () => {
        const drafts = $drafts.get();
        if (drafts.length) await openDraft(drafts[i % drafts.length]!.id);
      }),
  ),
  fc.constant(new Action('undo', undo)),
  fc.constant(new Action('redo', redo)),
];

describe('nothing typed is ever lost', () => {
  beforeAll(() => loadRule());
  beforeEach(() => {
    closeDraft();
    storage = new MemoryStorage();
    replaceStorage(storage);
  });

  it('every draft written reads back and stays in the list, whatever the user does', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 30 }), async (actions) => {
        closeDraft();
        storage.clear();
        $deletedRow.set(null);
        await createDraftFromValue(so, 'Ví dụ');
        assertNothingLost();
        await fc.asyncModelRun(() => ({ model: {}, real: {} }), actions);
      }),
      { numRuns: 60 },
    );
  });
});
