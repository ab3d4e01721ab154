/**
 * The plan's edits as the components call them (`stores/plan-actions.ts`): rows added at the end
 * of their area, moved among the rows of their area only, deleted with "Hoàn tác", refused past
 * the limit of rows with the reason; the optional plans set and removed; unit names suggested.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { replaceStorage } from '../../../src/drafts/local-store.ts';
import { $plan, closeDraft, showDraft, undo } from '../../../src/builder/stores/editor.ts';
import {
  $deletedRow,
  $rowRefused,
  addRow,
  deleteRow,
  moveRow,
  undoDeleteRow,
  updateDisseminationPlan,
  updateInspectionPlan,
  updateRow,
} from '../../../src/builder/stores/plan-actions.ts';
import { loadRule } from '../../../src/drafts/rule.ts';
import { MAX_ROWS, type Plan } from '../../../src/plan/schema.ts';
import { example } from '../plan/fixtures.ts';
import { MemoryStorage } from '../drafts/memory-storage.ts';

const ids = () => $plan.get()!.rows.map((row) => row.id);
const open = (plan: Plan) => showDraft({ id: 'd', name: 'Bản nháp', revision: 0 }, plan);

beforeAll(() => loadRule());
beforeEach(() => {
  replaceStorage(new MemoryStorage());
  $rowRefused.set(null);
  $deletedRow.set(null);
  open(example('so'));
});
afterEach(() => closeDraft());

describe('rows', () => {
  it('are added at the end of their area, in the plan year', () => {
    const id = addRow('the-che', 'Rà soát văn bản');
    expect(ids().slice(0, 4)).toEqual(['tc-1', 'tc-2', 'tc-3', id]);
    expect($plan.get()!.rows[3]).toMatchObject({
      areaId: 'the-che',
      generalTask: 'Rà soát văn bản',
      from: { month: null, year: 2013 },
      to: { month: null, year: 2013 },
      budgetVnd: null,
    });
  });

  it('move among the rows of their area, past the others, and stop at its ends', () => {
    const before = ids();
    expect(moveRow('tthc-1', -1)).toEqual({ ok: true });
    expect(moveRow('tc-1', -1)).toEqual({ ok: true });
    expect(moveRow('tc-3', 1)).toEqual({ ok: true });
    expect(ids()).toEqual(before);
    moveRow('tc-1', 1);
    expect(ids().slice(0, 3)).toEqual(['tc-2', 'tc-1', 'tc-3']);
  });

  it('come back where they were after a delete, in one "Hoàn tác"', () => {
    const before = ids();
    deleteRow('tthc-2', 'nhiệm vụ 5');
    expect(ids()).not.toContain('tthc-2');
    expect($deletedRow.get()).toMatchObject({ index: 4, label: 'nhiệm vụ 5' });
    undoDeleteRow();
    expect(ids()).toEqual(before);
    expect($deletedRow.get()).toBeNull();
  });

  it('change one row only, and a change refused leaves the row as it was', () => {
    const [first, row] = $plan.get()!.rows;
    expect(updateRow('tc-2', { leadUnit: 'Văn phòng Sở' }, 'leadUnit')).toEqual({ ok: true });
    expect($plan.get()!.rows[1]).toEqual({ ...row, leadUnit: 'Văn phòng Sở' });
    expect($plan.get()!.rows[0]).toBe(first);
    const refused = updateRow('tc-2', { budgetVnd: -1 }, 'budgetVnd');
    expect(refused).toMatchObject({ ok: false, problems: [{ path: 'rows[1].budgetVnd' }] });
    expect($plan.get()!.rows[1]!.budgetVnd).toBe(row!.budgetVnd);
  });

  it('are refused past the limit, with the reason, and a deleted row then stays out', () => {
    const so = example('so');
    const full: Plan = {
      ...so,
      rows: Array.from({ length: MAX_ROWS }, (_, i) => ({ ...so.rows[0]!, id: `r-${i}` })),
    };
    open(full);
    expect(addRow('the-che')).toBeUndefined();
    expect($rowRefused.get()).toEqual([expect.stringContaining('quá giới hạn 5.000')]);
    expect($plan.get()).toBe(full);

    deleteRow('r-0', 'nhiệm vụ 1');
    addRow('the-che');
    expect($rowRefused.get()).toBeNull();
    undoDeleteRow();
    expect($rowRefused.get()).not.toBeNull();
    expect($deletedRow.get()).not.toBeNull();
    expect($plan.get()!.rows).toHaveLength(MAX_ROWS);
  });
});

describe('inspection and dissemination plans', () => {
  it('are removed with null, and a first field starts an empty plan', () => {
    updateInspectionPlan(null);
    updateDisseminationPlan(null);
    expect($plan.get()!.inspectionPlan).toBeUndefined();
    expect($plan.get()!.disseminationPlan).toBeUndefined();
    updateInspectionPlan({ scope: 'Các phòng thuộc Sở' }, 'scope');
    updateDisseminationPlan({ methods: ['Hội nghị'] }, 'methods');
    expect($plan.get()!.inspectionPlan).toEqual({
      scope: 'Các phòng thuộc Sở',
      targets: [],
      timing: '',
      leadUnit: '',
    });
    expect($plan.get()!.disseminationPlan).toEqual({
      content: '',
      audiences: '',
      methods: ['Hội nghị'],
      leadUnit: '',
    });
    undo();
    undo();
    expect($plan.get()!.inspectionPlan).toBeUndefined();
  });
});
