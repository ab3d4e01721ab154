/**
 * The editor store (`stores/editor.ts`): history with typing coalesced into one undo step,
 * autosave after a pause, a save that never overwrites another tab's newer revision, and edits
 * kept in memory when storage refuses them.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { replaceStorage } from '../../../src/drafts/local-store.ts';
import { tabId, type DraftRecord } from '../../../src/drafts/drafts.ts';
import {
  $draft,
  $editMode,
  $historyState,
  $plan,
  $saveStatus,
  AUTOSAVE_DELAY_MS,
  closeDraft,
  edit,
  flushSave,
  followOtherTab,
  hasUnsavedChanges,
  markReadOnly,
  redo,
  renameOpenDraft,
  showDraft,
  undo,
} from '../../../src/builder/stores/editor.ts';
import { loadRule } from '../../../src/drafts/rule.ts';
import type { Plan } from '../../../src/plan/schema.ts';
import { example } from '../plan/fixtures.ts';
import { MemoryStorage } from '../drafts/memory-storage.ts';

const KEY = 'ke-hoach-cchc/draft/d1';
let storage: MemoryStorage;
const saved = (): DraftRecord => JSON.parse(storage.getItem(KEY)!) as DraftRecord;

/** Types `name` into the unit's name field, as UnitSection does. */
const typeUnitName = (name: string) =>
  edit((plan) => ({ ...plan, unit: { ...plan.unit, name } }), 'unit.name');
const unitName = () => $plan.get()!.unit.name;

beforeAll(() => loadRule());
beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-03-02T08:00:00Z') });
  storage = new MemoryStorage();
  replaceStorage(storage);
  showDraft({ id: 'd1', name: 'Bản nháp', revision: 0 }, example('so'));
});
afterEach(() => {
  closeDraft();
  vi.useRealTimers();
});

describe('undo and redo', () => {
  it('takes a burst of typing in one field back in one step', () => {
    const before = unitName();
    typeUnitName('S');
    vi.advanceTimersByTime(300);
    typeUnitName('Sở');
    vi.advanceTimersByTime(300);
    typeUnitName('Sở Y tế');
    expect($historyState.get()).toEqual({ canUndo: true, canRedo: false });
    undo();
    expect(unitName()).toBe(before);
    expect($historyState.get()).toEqual({ canUndo: false, canRedo: true });
    redo();
    expect(unitName()).toBe('Sở Y tế');
  });

  it('makes a new step after a pause of a second, or in another field', () => {
    const before = $plan.get()!;
    typeUnitName('Sở Y tế');
    vi.advanceTimersByTime(1000);
    typeUnitName('Sở Y tế tỉnh');
    edit((plan) => ({ ...plan, objectives: ['Mục tiêu'] }), 'objectives');
    undo();
    expect($plan.get()!.objectives).toEqual(before.objectives);
    expect(unitName()).toBe('Sở Y tế tỉnh');
    undo();
    expect(unitName()).toBe('Sở Y tế');
    undo();
    expect($plan.get()).toBe(before);
  });

  it('never merges changes that name no field, and forgets what was undone on a new change', () => {
    const before = $plan.get()!;
    edit((plan) => ({ ...plan, planYear: 2014 }));
    edit((plan) => ({ ...plan, planYear: 2015 }));
    undo();
    expect($plan.get()!.planYear).toBe(2014);
    edit((plan) => ({ ...plan, planYear: 2016 }));
    expect($historyState.get().canRedo).toBe(false);
    undo();
    expect($plan.get()!.planYear).toBe(2014);
    undo();
    expect($plan.get()).toBe(before);
  });

  it('starts afresh with each draft shown', () => {
    typeUnitName('Sở Y tế');
    showDraft({ id: 'd2', name: 'Khác', revision: 0 }, example('huyen'));
    expect($historyState.get()).toEqual({ canUndo: false, canRedo: false });
  });
});

describe('autosave', () => {
  it('saves once, a pause after the last change, over the revision it loaded', () => {
    typeUnitName('Sở Y tế');
    expect($saveStatus.get()).toEqual({ state: 'pending' });
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS - 1);
    expect(storage.getItem(KEY)).toBeNull();
    typeUnitName('Sở Y tế tỉnh');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS - 1);
    expect(storage.getItem(KEY)).toBeNull();
    vi.advanceTimersByTime(1);
    expect(saved()).toMatchObject({ id: 'd1', name: 'Bản nháp', revision: 1, savedBy: tabId });
    expect((saved().plan as Plan).unit.name).toBe('Sở Y tế tỉnh');
    expect($draft.get()!.revision).toBe(1);
    expect($saveStatus.get()).toMatchObject({ state: 'saved' });
    expect(hasUnsavedChanges()).toBe(false);
  });

  it('saves nothing when nothing changed, and a rename like any change', () => {
    flushSave();
    expect(storage.length).toBe(0);
    renameOpenDraft('Kế hoạch mới');
    flushSave();
    expect(saved()).toMatchObject({ name: 'Kế hoạch mới', revision: 1 });
  });

  it('changes nothing while read-only', () => {
    markReadOnly('other-tab');
    const before = $plan.get();
    expect(typeUnitName('Sở Y tế')).toEqual({ ok: true });
    expect($plan.get()).toBe(before);
    expect($saveStatus.get()).toBeNull();
  });

  it('keeps the edits in memory when storage refuses, and saves them with the next change', () => {
    replaceStorage(null);
    typeUnitName('Sở Y tế');
    flushSave();
    expect($saveStatus.get()).toEqual({ state: 'failed' });
    expect(unitName()).toBe('Sở Y tế');
    expect(hasUnsavedChanges()).toBe(true);
    replaceStorage(storage);
    typeUnitName('Sở Y tế tỉnh');
    flushSave();
    expect((saved().plan as Plan).unit.name).toBe('Sở Y tế tỉnh');
  });
});

describe('another tab', () => {
  const recordFromOtherTab = (revision: number, plan: Plan): DraftRecord => ({
    kind: 'ke-hoach-cchc/draft',
    version: 1,
    id: 'd1',
    name: 'Đổi tên ở thẻ khác',
    savedAt: '2026-03-02T08:00:00.000Z',
    revision,
    savedBy: 'other-tab',
    plan,
  });

  it('stops at a newer revision saved there: read-only, and its record left as it is', () => {
    const theirs = recordFromOtherTab(1, example('huyen'));
    storage.setItem(KEY, JSON.stringify(theirs));
    typeUnitName('Sở Y tế');
    flushSave();
    expect($editMode.get()).toEqual({ kind: 'read-only', reason: 'conflict' });
    expect($saveStatus.get()).toEqual({ state: 'conflict', record: theirs });
    expect(saved()).toEqual(theirs);
    expect(unitName()).toBe('Sở Y tế');
  });

  it('is followed when this tab has nothing unsaved', () => {
    const plan = example('huyen');
    followOtherTab(recordFromOtherTab(2, plan), plan);
    expect($plan.get()).toBe(plan);
    expect($draft.get()).toEqual({ id: 'd1', name: 'Đổi tên ở thẻ khác', revision: 2 });
  });

  it('is not followed over unsaved edits: the user chooses', () => {
    typeUnitName('Sở Y tế');
    const plan = example('huyen');
    followOtherTab(recordFromOtherTab(2, plan), plan);
    expect(unitName()).toBe('Sở Y tế');
    expect($editMode.get()).toEqual({ kind: 'read-only', reason: 'conflict' });
  });

  it('is ignored for a revision this tab already has, or saved itself', () => {
    const before = $plan.get();
    followOtherTab(recordFromOtherTab(0, example('huyen')), example('huyen'));
    followOtherTab(
      { ...recordFromOtherTab(5, example('huyen')), savedBy: tabId },
      example('huyen'),
    );
    expect($plan.get()).toBe(before);
  });
});
