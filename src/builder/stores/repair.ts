/**
 * Putting right a draft or a file with values out of range (`$repair` in `workspace.ts`): the
 * repair view's actions, loaded with it.
 */
import { loadRule } from '../../drafts/rule.ts';
import { refreshDrafts, saveDraft } from '../../drafts/drafts.ts';
import { $notice, $repair, createDraftFromPlan, openDraft } from './workspace.ts';

/**
 * Finishes a repair with the user's values (machine path → value): when the reader accepts the
 * result, it is saved over the draft, or as a new draft for a file, and opens as a normal draft.
 * Otherwise the repair goes on with what is still to put right. Returns the draft's id when done.
 */
export async function finishRepair(
  values: ReadonlyMap<string, number | string | null>,
): Promise<string | undefined> {
  const state = $repair.get();
  if (!state) return undefined;
  const [{ readRepaired }] = await Promise.all([import('../../plan/read/index.ts'), loadRule()]);
  const read = readRepaired(state.repair, values);
  if (!read.ok) {
    if (read.repair) $repair.set({ ...state, repair: read.repair });
    return undefined;
  }
  if (state.source === 'file') {
    $repair.set(null);
    return createDraftFromPlan(read.plan);
  }
  const saved = saveDraft(state.id, state.name, read.plan, state.revision);
  if (!saved.ok) {
    $notice.set({
      kind: 'error',
      text:
        saved.reason === 'newer-elsewhere'
          ? 'Bản nháp vừa được lưu từ một thẻ khác; hãy mở lại bản nháp.'
          : 'Chưa lưu được bản nháp đã sửa. Hãy tải bản sao lưu về máy rồi thử lại.',
    });
    return undefined;
  }
  $repair.set(null);
  refreshDrafts();
  return (await openDraft(state.id)) ? state.id : undefined;
}

/** Leaves the repair view; the draft stays in the list as it was, a file is not opened. */
export function cancelRepair(): void {
  $repair.set(null);
}
