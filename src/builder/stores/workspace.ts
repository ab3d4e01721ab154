/**
 * What the builder does with whole drafts: start one, open one, copy one (also as next year's
 * plan), rename, delete with undo, start from a worked example. Each action keeps the promise
 * that saved work is never lost: nothing here overwrites a draft but the one being edited.
 */
import { atom } from 'nanostores';
import { defaultDraftName } from '../../drafts/draft-name.ts';
import { templateById, type TemplateId } from '../../plan/templates.ts';
import type { Repair } from '../../plan/read/index.ts';
import type { Plan } from '../../plan/schema.ts';
import type { ImportReport } from '../../import/docx/report.ts';
import type { UnitType } from '../../outline/schema.ts';
import {
  $drafts,
  isDraftKey,
  loadDraft,
  newDraftId,
  parseDraftRecord,
  readSavedPlan,
  refreshDrafts,
  removeDraft,
  restoreDraft,
  saveDraft,
} from '../../drafts/drafts.ts';
import {
  $draft,
  $plan,
  closeDraft,
  flushSave,
  followOtherTab,
  markReadOnly,
  renameOpenDraft,
  showDraft,
} from './editor.ts';
import { resetChecks } from './checks.ts';
import { acquireDraftLock, releaseDraftLock } from './tab-lock.ts';
import { problemText } from '../../plan/read/problem-text.ts';

/** A message for the user about the last whole-draft action, in Vietnamese. */
export type Notice =
  | { kind: 'info'; text: string }
  | { kind: 'error'; text: string; details?: string[] }
  | { kind: 'undo-delete'; text: string; id: string; saved: string };

export const $notice = atom<Notice | null>(null);

/**
 * A saved draft or an opened file whose plan has values out of range, being put right in the
 * repair view (`RepairView.tsx`, with `repair.ts`) before it becomes a normal draft.
 */
export type RepairState =
  | { source: 'draft'; id: string; name: string; revision: number; repair: Repair }
  | { source: 'file'; fileName: string; repair: Repair };

export const $repair = atom<RepairState | null>(null);

/** A Word plan read and shown for the user to look over before it becomes a draft. */
export interface WordImport {
  fileName: string;
  plan: Plan;
  report: ImportReport;
}

/** Shown in place of the draft list, as the repair view is (see `plan-files.ts`). */
export const $wordImport = atom<WordImport | null>(null);

/**
 * Opens a draft for editing here, or read-only when another tab is editing it; a draft with
 * values out of range opens in the repair view. False when there is nothing to show.
 */
export async function openDraft(id: string, { steal = false } = {}): Promise<boolean> {
  flushSave();
  // The rule comes with the sections (every edit starts in one), not with opening a draft.
  const loaded = await loadDraft(id);
  if (!loaded.ok && loaded.reason === 'repair') {
    closeDraft();
    releaseDraftLock();
    const { record, repair } = loaded;
    $repair.set({ source: 'draft', id, name: record.name, revision: record.revision, repair });
    return true;
  }
  if (!loaded.ok) {
    $notice.set(
      loaded.reason === 'missing'
        ? { kind: 'error', text: 'Không tìm thấy bản nháp này; có thể nó đã bị xóa ở thẻ khác.' }
        : {
            kind: 'error',
            text: 'Không đọc được bản nháp này. Dữ liệu đã được giữ lại nguyên vẹn và có thể tải về ở danh sách bản nháp.',
            details: loaded.problems,
          },
    );
    return false;
  }
  if ($repair.get()?.source === 'draft') $repair.set(null);
  resetChecks();
  const editable = await acquireDraftLock(id, {
    steal,
    onLost: () => markReadOnly('other-tab'),
  });
  showDraft(
    { id, name: loaded.record.name, revision: loaded.record.revision },
    loaded.read.plan,
    editable ? { kind: 'edit' } : { kind: 'read-only', reason: 'other-tab' },
  );
  for (const text of loaded.read.notices) $notice.set({ kind: 'info', text });
  return true;
}

/**
 * Saves a plan as a new draft and opens it. The plan is valid by construction (made by the model
 * or read through it), so it is shown as it is rather than read back.
 */
async function startDraft(name: string, plan: Plan): Promise<string | undefined> {
  flushSave();
  const id = newDraftId();
  const saved = saveDraft(id, name, plan, 0);
  refreshDrafts();
  resetChecks();
  // A new id: no other tab can hold it, but take the lock so a second tab sees it as taken.
  const editable = saved.ok
    ? await acquireDraftLock(id, { onLost: () => markReadOnly('other-tab') })
    : true;
  if (!saved.ok) releaseDraftLock();
  // When storage refused, the user still works, in memory, with the storage banner showing.
  showDraft(
    { id, name, revision: saved.ok ? saved.record.revision : 0 },
    plan,
    editable ? { kind: 'edit' } : { kind: 'read-only', reason: 'other-tab' },
  );
  return id;
}

export { defaultDraftName };

export async function createDraft(
  unitType: UnitType,
  planYear: number,
  template?: TemplateId,
): Promise<string | undefined> {
  // The outline's text comes with the first new plan, not with every visit to the builder.
  const { createPlan } = await import('../../plan/create.ts');
  const plan = createPlan({ unitType, planYear, ...(template ? { template } : {}) });
  return startDraft(defaultDraftName(plan), plan);
}

/** Starts a draft from a plan already read through the model (an opened file). */
export function createDraftFromPlan(plan: Plan): Promise<string | undefined> {
  return startDraft(defaultDraftName(plan), plan);
}

/** Starts a draft from a plan file value (a worked example). */
export async function createDraftFromValue(
  value: unknown,
  name?: string,
): Promise<string | undefined> {
  const read = await readSavedPlan(value);
  if (!read.ok) {
    $notice.set({
      kind: 'error',
      text: 'Không tạo được bản nháp từ tệp này.',
      details: read.problems.map(problemText),
    });
    return undefined;
  }
  return startDraft(name ?? defaultDraftName(read.plan), read.plan);
}

const cannotCopy = (loaded: Extract<Awaited<ReturnType<typeof loadDraft>>, { ok: false }>) =>
  loaded.reason === 'repair'
    ? 'Bản nháp này có giá trị cần sửa trước khi sao chép: hãy mở bản nháp để sửa.'
    : 'Không đọc được bản nháp để sao chép.';

export async function duplicateDraft(
  id: string,
  { nextYear = false } = {},
): Promise<string | undefined> {
  flushSave();
  const loaded = await loadDraft(id);
  if (!loaded.ok) {
    $notice.set({ kind: 'error', text: cannotCopy(loaded) });
    return undefined;
  }
  const copied = nextYear
    ? (await import('../../plan/next-year.ts')).copyPlanToNextYear(loaded.read.plan)
    : { ok: true as const, plan: loaded.read.plan };
  if (!copied.ok) {
    $notice.set({ kind: 'error', text: `Không sao chép được: ${copied.reason}` });
    return undefined;
  }
  const { plan } = copied;
  const name = nextYear ? defaultDraftName(plan) : `${loaded.record.name} (bản sao)`;
  return startDraft(name, plan);
}

/** A copy of a draft on another outline template (the 2012 outline's plan, onto the programme). */
export async function copyDraftToTemplate(
  id: string,
  templateId: TemplateId,
): Promise<string | undefined> {
  flushSave();
  const loaded = await loadDraft(id);
  if (!loaded.ok) {
    $notice.set({ kind: 'error', text: cannotCopy(loaded) });
    return undefined;
  }
  const { moveToTemplate } = await import('../../plan/move-to-template.ts');
  const moved = moveToTemplate(loaded.read.plan, templateId);
  if (!moved.ok) {
    $notice.set({ kind: 'error', text: `Không sao chép được: ${moved.reason}` });
    return undefined;
  }
  const { shortTitle } = templateById(templateId);
  return startDraft(`${loaded.record.name} (${shortTitle})`, moved.plan);
}

export async function renameDraft(id: string, name: string): Promise<void> {
  const trimmed = name.trim();
  if (!trimmed) return;
  if ($draft.get()?.id === id) {
    renameOpenDraft(trimmed);
    flushSave();
    return;
  }
  const loaded = await loadDraft(id);
  if (loaded.ok) saveDraft(id, trimmed, loaded.read.plan, loaded.record.revision);
  refreshDrafts();
}

export function deleteDraft(id: string): void {
  if ($draft.get()?.id === id) {
    closeDraft();
    releaseDraftLock();
  }
  const name = $drafts.get().find((d) => d.id === id)?.name ?? 'bản nháp';
  const saved = removeDraft(id);
  if (saved !== null) $notice.set({ kind: 'undo-delete', text: `Đã xóa “${name}”.`, id, saved });
}

export function undoDeleteDraft(): void {
  const notice = $notice.get();
  if (notice?.kind !== 'undo-delete') return;
  const ok = restoreDraft(notice.id, notice.saved);
  $notice.set(
    ok
      ? { kind: 'info', text: 'Đã khôi phục bản nháp.' }
      : { kind: 'error', text: 'Không khôi phục được: trình duyệt không cho lưu. Hãy thử lại.' },
  );
}

/** Keeps this tab in step with the others and saves when the page is left. */
export function watchPage(): () => void {
  const onStorage = (event: StorageEvent) => {
    refreshDrafts();
    const draft = $draft.get();
    if (!draft || !isDraftKey(event.key, draft.id)) return;
    const record = parseDraftRecord(event.newValue);
    if (!record) return;
    void readSavedPlan(record.plan).then((read) => {
      if (read.ok) followOtherTab(record, read.plan);
    });
  };
  const onHide = () => flushSave();
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flushSave();
  };
  addEventListener('storage', onStorage);
  addEventListener('pagehide', onHide);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    removeEventListener('storage', onStorage);
    removeEventListener('pagehide', onHide);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}

/** The plan as last shown, for backups when storage refuses. */
export function currentPlan(): Plan | null {
  return $plan.get();
}
