/**
 * Plan files the user picks or drops: opened as a new draft (never over an existing one), or
 * merged into the open draft after a preview. A bad file is answered in Vietnamese, listing what
 * is wrong, and changes nothing.
 */
import { atom } from 'nanostores';
import type { ReadResult } from '../../plan/read/index.ts';
import { readPlanFromFile, readPlanOrWordFile } from '../../drafts/plan-file.ts';
import type { MergePreview } from '../../plan/merge.ts';
import { $plan, edit, undo } from './editor.ts';
import { $notice, $repair, $wordImport, createDraftFromPlan } from './workspace.ts';
import { problemText } from '../../plan/read/problem-text.ts';

const problemLines = (read: Extract<ReadResult, { ok: false }>) => read.problems.map(problemText);

const cannotOpen = (fileName: string) =>
  `Không mở được tệp “${fileName}”. Các bản nháp đã có không thay đổi.`;

/**
 * Opens a plan file as a new draft; returns its id. A file whose only problems are values out of
 * range opens in the repair view first; a Word plan opens in its preview (`$wordImport`).
 */
export async function openPlanFile(file: File): Promise<string | undefined> {
  const opened = await readPlanOrWordFile(file);
  if (opened.kind === 'word') {
    if (!opened.read.ok) {
      $notice.set({ kind: 'error', text: cannotOpen(file.name), details: [opened.read.message] });
      return undefined;
    }
    $notice.set(null);
    $wordImport.set({ fileName: file.name, plan: opened.read.plan, report: opened.read.report });
    return undefined;
  }
  const { read } = opened;
  if (!read.ok && read.repair) {
    $notice.set(null);
    $repair.set({ source: 'file', fileName: file.name, repair: read.repair });
    return undefined;
  }
  if (!read.ok) {
    $notice.set({ kind: 'error', text: cannotOpen(file.name), details: problemLines(read) });
    return undefined;
  }
  const id = await createDraftFromPlan(read.plan);
  for (const text of read.notices) $notice.set({ kind: 'info', text });
  return id;
}

export interface MergeState {
  fileName: string;
  preview: MergePreview;
  /** Ids of the incoming rows the user keeps; duplicates start unticked. */
  keep: ReadonlySet<string>;
}

export const $merge = atom<MergeState | null>(null);
export const $mergeError = atom<{ fileName: string; problems: string[] } | null>(null);
/** Why the kept rows could not be merged (past a limit); the preview stays for the user to change. */
export const $mergeRefused = atom<string[] | null>(null);
export const $mergeDone = atom<{ rows: number; objectives: number } | null>(null);

export async function chooseMergeFile(file: File): Promise<void> {
  $mergeError.set(null);
  $mergeRefused.set(null);
  $mergeDone.set(null);
  const plan = $plan.get();
  if (!plan) return;
  const read = await readPlanFromFile(file);
  if (!read.ok) {
    $merge.set(null);
    $mergeError.set({ fileName: file.name, problems: problemLines(read) });
    return;
  }
  const { previewMerge } = await import('../../plan/merge.ts');
  const preview = previewMerge(plan, read.plan);
  const keep = new Set(preview.rows.filter((c) => !c.duplicateOf).map((c) => c.row.id));
  $merge.set({ fileName: file.name, preview, keep });
}

export function setKept(rowId: string, kept: boolean): void {
  const state = $merge.get();
  if (!state) return;
  const keep = new Set(state.keep);
  if (kept) keep.add(rowId);
  else keep.delete(rowId);
  $merge.set({ ...state, keep });
}

/**
 * Adds the kept rows and the new objectives as one change: one undo takes it all back. Past a
 * limit it is refused, with the reason, and the preview stays.
 */
export async function confirmMerge(): Promise<void> {
  const state = $merge.get();
  if (!state) return;
  const { applyMerge } = await import('../../plan/merge.ts');
  let refused: string[] | undefined;
  const result = edit((plan) => {
    const merged = applyMerge(plan, state.preview, state.keep);
    if (merged.ok) return merged.plan;
    refused = [merged.reason];
    return plan;
  });
  if (!result.ok) refused = result.problems.map(problemText);
  if (refused) {
    $mergeRefused.set(refused);
    return;
  }
  $mergeRefused.set(null);
  $merge.set(null);
  $mergeDone.set({ rows: state.keep.size, objectives: state.preview.objectives.length });
}

export function cancelMerge(): void {
  $merge.set(null);
  $mergeRefused.set(null);
  $mergeError.set(null);
}

export function undoMerge(): void {
  undo();
  $mergeDone.set(null);
}
