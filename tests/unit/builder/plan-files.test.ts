/**
 * Plan files the user picks (`stores/plan-files.ts`): opened as a new draft, never over one; a bad
 * file answered in Vietnamese with nothing changed; merged after a preview with duplicates left
 * out, in one step that one undo takes back.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readPlanFromFile } from '../../../src/drafts/plan-file.ts';
import { replaceStorage } from '../../../src/drafts/local-store.ts';
import { $draft, $plan, closeDraft, showDraft } from '../../../src/builder/stores/editor.ts';
import {
  $merge,
  $mergeDone,
  $mergeError,
  cancelMerge,
  chooseMergeFile,
  confirmMerge,
  openPlanFile,
  setKept,
  undoMerge,
} from '../../../src/builder/stores/plan-files.ts';
import { loadRule } from '../../../src/drafts/rule.ts';
import { $notice } from '../../../src/builder/stores/workspace.ts';
import { MAX_FILE_BYTES } from '../../../src/plan/file-format.ts';
import type { Plan } from '../../../src/plan/schema.ts';
import { example } from '../plan/fixtures.ts';
import { v0Draft } from '../plan/v0-draft.ts';
import { MemoryStorage } from '../drafts/memory-storage.ts';

let storage: MemoryStorage;
const fileOf = (value: unknown, name = 'ke-hoach.json') => new File([JSON.stringify(value)], name);

beforeAll(() => loadRule());
beforeEach(() => {
  storage = new MemoryStorage();
  replaceStorage(storage);
  $notice.set(null);
  cancelMerge();
  $mergeDone.set(null);
});
afterEach(() => closeDraft());

describe('opening a plan file', () => {
  it('makes it a new draft, saved and open', async () => {
    const id = await openPlanFile(fileOf(example('huyen')));
    expect($draft.get()).toMatchObject({ id, revision: 1 });
    expect($plan.get()).toEqual(example('huyen'));
    expect(storage.key(0)).toBe(`ke-hoach-cchc/draft/${id}`);
  });

  it('opens a file of the first version, and tells what its migration could not carry', async () => {
    await openPlanFile(fileOf(v0Draft));
    expect($plan.get()).toMatchObject({ version: 3, template: 'de-cuong-2012' });
    expect($notice.get()).toEqual({ kind: 'info', text: expect.stringContaining('chữ ký') });
  });

  it('answers a file that is no plan, and changes nothing', async () => {
    expect(await openPlanFile(new File(['PK\u0003\u0004'], 'ke-hoach.docx'))).toBeUndefined();
    expect($notice.get()).toEqual({
      kind: 'error',
      text: 'Không mở được tệp “ke-hoach.docx”. Các bản nháp đã có không thay đổi.',
      details: [expect.any(String)],
    });
    expect(storage.length).toBe(0);
    expect($draft.get()).toBeNull();
  });

  it('refuses a file over the limit before reading it', async () => {
    const big = new File([new Uint8Array(MAX_FILE_BYTES + 1)], 'lon.json');
    const read = await readPlanFromFile(big);
    expect(read).toMatchObject({
      ok: false,
      problems: [{ message: expect.stringContaining('MB') }],
    });
  });
});

describe('merging another unit’s file', () => {
  const so = example('so');
  const huyen = example('huyen');
  const open = () => showDraft({ id: 'd', name: 'Sở', revision: 0 }, so);

  it('previews the rows, the duplicates left out, and merges in one undoable step', async () => {
    open();
    /** The district's plan, with two of the department's own rows in it. */
    const incoming: Plan = {
      ...huyen,
      rows: [...huyen.rows, { ...so.rows[0]!, id: 'chep-1' }, { ...so.rows[1]!, id: 'chep-2' }],
    };
    await chooseMergeFile(fileOf(incoming, 'huyen.json'));
    expect($mergeError.get()).toBeNull();
    const state = $merge.get()!;
    expect(state.fileName).toBe('huyen.json');
    expect(state.preview.rows).toHaveLength(incoming.rows.length);
    const duplicates = state.preview.rows.filter((c) => c.duplicateOf);
    expect(duplicates.map((c) => c.duplicateOf)).toEqual(['tc-1', 'tc-2']);
    expect(state.keep.size).toBe(incoming.rows.length - 2);
    for (const { row } of duplicates) expect(state.keep.has(row.id)).toBe(false);

    const first = state.preview.rows.find((c) => !c.duplicateOf)!.row.id;
    setKept(first, false);
    setKept(first, true);
    setKept(first, false);
    expect($merge.get()!.keep.size).toBe(incoming.rows.length - 3);

    await confirmMerge();
    expect($merge.get()).toBeNull();
    expect($mergeDone.get()).toMatchObject({ rows: incoming.rows.length - 3 });
    expect($plan.get()!.rows).toHaveLength(so.rows.length + incoming.rows.length - 3);
    undoMerge();
    expect($plan.get()).toBe(so);
    expect($mergeDone.get()).toBeNull();
  });

  it('answers a bad file beside the merge, and the plan stays as it was', async () => {
    open();
    await chooseMergeFile(new File(['không phải JSON'], 'ghi-chu.txt'));
    expect($mergeError.get()).toEqual({ fileName: 'ghi-chu.txt', problems: [expect.any(String)] });
    expect($merge.get()).toBeNull();
    expect($plan.get()).toBe(so);
  });

  it('is dropped by cancelling, with nothing merged', async () => {
    open();
    await chooseMergeFile(fileOf(huyen));
    cancelMerge();
    expect($merge.get()).toBeNull();
    await confirmMerge();
    expect($plan.get()).toBe(so);
  });
});
