/**
 * The draft being edited: its plan, the edit history for undo/redo, and autosave.
 *
 * Every change goes through `edit`, which records history and schedules a save a few hundred
 * milliseconds after the last change; leaving the page saves at once. Saving never blocks typing:
 * when storage refuses, the plan stays in memory and the storage banner offers a backup file.
 *
 * `edit` is also where the builder's one rule holds (`rule.ts`): a change that would make a plan
 * the reader refuses is not applied, and comes back with the problems for its field to show.
 */
import { atom, computed } from 'nanostores';
import type { ReadProblem } from '../../plan/read/problem.ts';
import type { Plan } from '../../plan/schema.ts';
import { saveDraft, tabId, type DraftRecord } from '../../drafts/drafts.ts';
import { loadRule, refusalsOf } from '../../drafts/rule.ts';

export const AUTOSAVE_DELAY_MS = 400;
const HISTORY_LIMIT = 200;
/** Typing in one field within this time is one step of undo, not one per letter. */
const COALESCE_MS = 1000;

export interface OpenDraft {
  id: string;
  name: string;
  /** The revision this tab last loaded or saved; saves are compare-and-set on it. */
  revision: number;
}

export type SaveStatus =
  | { state: 'saved'; at: Date }
  | { state: 'pending' }
  | { state: 'failed' }
  | { state: 'refused'; problems: ReadProblem[] }
  | { state: 'conflict'; record: DraftRecord };

export type EditMode = { kind: 'edit' } | { kind: 'read-only'; reason: 'other-tab' | 'conflict' };

export const $draft = atom<OpenDraft | null>(null);
export const $plan = atom<Plan | null>(null);
export const $saveStatus = atom<SaveStatus | null>(null);
export const $editMode = atom<EditMode>({ kind: 'edit' });

interface History {
  past: Plan[];
  future: Plan[];
  lastKey?: string;
  lastAt: number;
}
let history: History = { past: [], future: [], lastAt: 0 };
export const $historyState = atom({ canUndo: false, canRedo: false });
const publishHistory = () =>
  $historyState.set({ canUndo: history.past.length > 0, canRedo: history.future.length > 0 });

let saveTimer: ReturnType<typeof setTimeout> | undefined;
let unsaved = false;

export const $isEditable = computed($editMode, (mode) => mode.kind === 'edit');

/** Shows a draft: history starts afresh, nothing is saved until the user changes something. */
export function showDraft(draft: OpenDraft, plan: Plan, mode: EditMode = { kind: 'edit' }): void {
  flushSave();
  clearTimeout(saveTimer);
  unsaved = false;
  history = { past: [], future: [], lastAt: 0 };
  publishHistory();
  $draft.set(draft);
  $plan.set(plan);
  $editMode.set(mode);
  $saveStatus.set(null);
}

export function closeDraft(): void {
  flushSave();
  $draft.set(null);
  $plan.set(null);
}

/** What became of a change: applied (or nothing to do), or refused with the reader's problems. */
export type EditResult = { ok: true } | { ok: false; problems: ReadProblem[] };

const done: EditResult = { ok: true };

/**
 * Applies a change to the plan, unless the result is a plan the reader would refuse. `coalesce`
 * names the field being typed into, so that a burst of keystrokes in one field undoes as one step.
 */
export function edit(change: (plan: Plan) => Plan, coalesce?: string): EditResult {
  const plan = $plan.get();
  if (!plan || $editMode.get().kind !== 'edit') return done;
  const next = change(plan);
  if (next === plan) return done;
  const problems = refusalsOf(next, plan);
  if (problems === undefined) {
    // Sections load the rule before they show, so this is a change from elsewhere, very early.
    void loadRule();
    return {
      ok: false,
      problems: [
        {
          path: '',
          where: '',
          message: 'Công cụ đang tải phần kiểm tra dữ liệu; hãy thử lại sau giây lát.',
        },
      ],
    };
  }
  if (problems.length > 0) return { ok: false, problems };
  const now = Date.now();
  const merge =
    coalesce !== undefined && coalesce === history.lastKey && now - history.lastAt < COALESCE_MS;
  if (!merge) {
    history.past.push(plan);
    if (history.past.length > HISTORY_LIMIT) history.past.shift();
  }
  history.future = [];
  history.lastKey = coalesce;
  history.lastAt = now;
  publishHistory();
  $plan.set(next);
  scheduleSave();
  return done;
}

export function undo(): void {
  const previous = history.past.pop();
  const plan = $plan.get();
  if (!previous || !plan || $editMode.get().kind !== 'edit') return;
  history.future.push(plan);
  history.lastKey = undefined;
  publishHistory();
  $plan.set(previous);
  scheduleSave();
}

export function redo(): void {
  const next = history.future.pop();
  const plan = $plan.get();
  if (!next || !plan || $editMode.get().kind !== 'edit') return;
  history.past.push(plan);
  history.lastKey = undefined;
  publishHistory();
  $plan.set(next);
  scheduleSave();
}

export function renameOpenDraft(name: string): void {
  const draft = $draft.get();
  if (!draft || $editMode.get().kind !== 'edit') return;
  $draft.set({ ...draft, name });
  scheduleSave();
}

function scheduleSave(): void {
  unsaved = true;
  $saveStatus.set({ state: 'pending' });
  clearTimeout(saveTimer);
  saveTimer = setTimeout(flushSave, AUTOSAVE_DELAY_MS);
}

/** Saves now if anything is waiting; called on the timer, on `pagehide` and when hidden. */
export function flushSave(): void {
  clearTimeout(saveTimer);
  const draft = $draft.get();
  const plan = $plan.get();
  if (!unsaved || !draft || !plan || $editMode.get().kind !== 'edit') return;
  const started = performance.now();
  const result = saveDraft(draft.id, draft.name, plan, draft.revision);
  // Visible to the benchmark (scripts/bench/builder.mjs) and to the browser's performance tools.
  performance.measure('ke-hoach:autosave', { start: started });
  if (result.ok) {
    unsaved = false;
    $draft.set({ ...draft, revision: result.record.revision });
    $saveStatus.set({ state: 'saved', at: new Date(result.record.savedAt) });
  } else if (result.reason === 'refused') {
    // Only a bug could bring a plan here (edits are checked): keep it in memory, write nothing.
    $saveStatus.set({ state: 'refused', problems: result.problems });
  } else if (result.reason === 'newer-elsewhere') {
    // Another tab saved newer data: stop here; the user chooses (see ConflictBanner).
    $editMode.set({ kind: 'read-only', reason: 'conflict' });
    $saveStatus.set({ state: 'conflict', record: result.record });
  } else {
    // Storage refused: keep the edits in memory and try again with the next change.
    $saveStatus.set({ state: 'failed' });
  }
}

export function hasUnsavedChanges(): boolean {
  return unsaved;
}

/** Another tab saved this draft: follow it when we have nothing of our own unsaved. */
export function followOtherTab(record: DraftRecord, plan: Plan): void {
  const draft = $draft.get();
  if (!draft || record.savedBy === tabId || record.revision <= draft.revision) return;
  if (unsaved && $editMode.get().kind === 'edit') {
    $editMode.set({ kind: 'read-only', reason: 'conflict' });
    $saveStatus.set({ state: 'conflict', record });
    return;
  }
  $draft.set({ ...draft, name: record.name, revision: record.revision });
  $plan.set(plan);
}

export function markReadOnly(reason: 'other-tab' | 'conflict'): void {
  flushSave();
  $editMode.set({ kind: 'read-only', reason });
}
