/**
 * Whole drafts (`stores/workspace.ts`, and leaving a repair in `stores/repair.ts`): start, open,
 * copy, copy onto the programme, rename, delete with undo. Nothing here overwrites a draft but the
 * one being edited, and each refusal is told in Vietnamese.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { replaceStorage } from '../../../src/drafts/local-store.ts';
import { $drafts, type DraftRecord } from '../../../src/drafts/drafts.ts';
import { $draft, $editMode, $plan, closeDraft } from '../../../src/builder/stores/editor.ts';
import { cancelRepair, finishRepair } from '../../../src/builder/stores/repair.ts';
import { loadRule } from '../../../src/drafts/rule.ts';
import { releaseDraftLock } from '../../../src/builder/stores/tab-lock.ts';
import {
  $notice,
  $repair,
  copyDraftToTemplate,
  createDraft,
  createDraftFromValue,
  defaultDraftName,
  deleteDraft,
  duplicateDraft,
  openDraft,
  renameDraft,
  undoDeleteDraft,
} from '../../../src/builder/stores/workspace.ts';
import type { Plan } from '../../../src/plan/schema.ts';
import { example } from '../plan/fixtures.ts';
import { MemoryStorage } from '../drafts/memory-storage.ts';

const key = (id: string) => `ke-hoach-cchc/draft/${id}`;
let storage: MemoryStorage;
const record = (id: string) => JSON.parse(storage.getItem(key(id))!) as DraftRecord;

beforeAll(() => loadRule());
beforeEach(() => {
  storage = new MemoryStorage();
  replaceStorage(storage);
  $notice.set(null);
  $repair.set(null);
});
afterEach(() => {
  closeDraft();
  releaseDraftLock();
});

describe('starting a draft', () => {
  it('saves a new plan of the unit and year under its default name, and opens it', async () => {
    const id = (await createDraft('so', 2013))!;
    expect(record(id)).toMatchObject({
      name: 'Kế hoạch CCHC năm 2013 – Sở, Ban, ngành',
      revision: 1,
      plan: { unit: { type: 'so' }, planYear: 2013, template: 'de-cuong-2012' },
    });
    expect($draft.get()).toEqual({ id, name: record(id).name, revision: 1 });
    expect($editMode.get()).toEqual({ kind: 'edit' });
    expect($drafts.get().map((d) => d.id)).toEqual([id]);
  });

  it('names a draft after its unit when it has one', () => {
    expect(defaultDraftName(example('so'))).toBe(
      `Kế hoạch CCHC năm 2013 – ${example('so').unit.name}`,
    );
  });

  it('refuses a value that is no plan, and saves nothing', async () => {
    expect(await createDraftFromValue({ format: 'khac' })).toBeUndefined();
    expect($notice.get()).toMatchObject({ kind: 'error', details: [expect.any(String)] });
    expect(storage.length).toBe(0);
  });
});

describe('opening a draft', () => {
  it('shows it with its saved revision', async () => {
    const id = (await createDraftFromValue(example('so'), 'Ví dụ'))!;
    closeDraft();
    expect(await openDraft(id)).toBe(true);
    expect($draft.get()).toEqual({ id, name: 'Ví dụ', revision: 1 });
    expect($plan.get()).toEqual(example('so'));
  });

  it('says so when the draft is gone', async () => {
    expect(await openDraft('da-xoa')).toBe(false);
    expect($notice.get()).toEqual({
      kind: 'error',
      text: expect.stringContaining('Không tìm thấy'),
    });
  });

  it('opens read-only while another tab holds the draft, until taken over', async () => {
    const id = (await createDraftFromValue(example('so')))!;
    releaseDraftLock();
    let release!: () => void;
    await new Promise<void>((held) => {
      void navigator.locks
        .request(key(id), () => {
          held();
          return new Promise<void>((done) => (release = done));
        })
        .catch(() => {});
    });
    expect(await openDraft(id)).toBe(true);
    expect($editMode.get()).toEqual({ kind: 'read-only', reason: 'other-tab' });
    expect(await openDraft(id, { steal: true })).toBe(true);
    expect($editMode.get()).toEqual({ kind: 'edit' });
    release();
  });
});

describe('copying a draft', () => {
  it('makes a new draft beside it, and leaves the first as it was', async () => {
    const id = (await createDraftFromValue(example('so'), 'Kế hoạch Sở'))!;
    const before = storage.getItem(key(id));
    const copy = (await duplicateDraft(id))!;
    expect(copy).not.toBe(id);
    expect(record(copy)).toMatchObject({ name: 'Kế hoạch Sở (bản sao)', plan: example('so') });
    expect(storage.getItem(key(id))).toBe(before);
    expect($draft.get()!.id).toBe(copy);
  });

  it('as next year’s plan, under that year’s name', async () => {
    const id = (await createDraftFromValue(example('so')))!;
    const copy = (await duplicateDraft(id, { nextYear: true }))!;
    expect(record(copy).name).toBe(`Kế hoạch CCHC năm 2014 – ${example('so').unit.name}`);
    expect((record(copy).plan as Plan).planYear).toBe(2014);
  });

  it('onto the 2021–2030 programme', async () => {
    const id = (await createDraftFromValue(example('so'), 'Kế hoạch Sở'))!;
    const copy = (await copyDraftToTemplate(id, 'chuong-trinh-2021-2030'))!;
    expect(record(copy).name).toBe('Kế hoạch Sở (Chương trình 2021–2030)');
    expect((record(copy).plan as Plan).template).toBe('chuong-trinh-2021-2030');
    expect((record(copy).plan as Plan).rows).toHaveLength(example('so').rows.length);
  });
});

describe('renaming and deleting', () => {
  it('renames a draft that is not open in its record, and the open one at once', async () => {
    const closed = (await createDraftFromValue(example('so'), 'Cũ'))!;
    const open = (await createDraftFromValue(example('huyen'), 'Đang mở'))!;
    await renameDraft(closed, '  Kế hoạch Sở  ');
    expect(record(closed)).toMatchObject({ name: 'Kế hoạch Sở', revision: 2 });
    await renameDraft(open, 'Kế hoạch huyện');
    expect(record(open)).toMatchObject({ name: 'Kế hoạch huyện', revision: 2 });
    expect($draft.get()!.name).toBe('Kế hoạch huyện');
    await renameDraft(open, '   ');
    expect(record(open).name).toBe('Kế hoạch huyện');
  });

  it('deletes with an undo that puts back exactly what was saved', async () => {
    const id = (await createDraftFromValue(example('so'), 'Kế hoạch Sở'))!;
    const saved = storage.getItem(key(id));
    deleteDraft(id);
    expect($draft.get()).toBeNull();
    expect(storage.getItem(key(id))).toBeNull();
    expect($notice.get()).toMatchObject({ kind: 'undo-delete', text: 'Đã xóa “Kế hoạch Sở”.' });
    undoDeleteDraft();
    expect(storage.getItem(key(id))).toBe(saved);
    expect($notice.get()).toEqual({ kind: 'info', text: 'Đã khôi phục bản nháp.' });
  });
});

describe('leaving a repair', () => {
  const storeWithTypo = () =>
    storage.setItem(
      key('cu'),
      JSON.stringify({
        kind: 'ke-hoach-cchc/draft',
        version: 1,
        id: 'cu',
        name: 'Bản cũ',
        savedAt: '2026-01-01T00:00:00.000Z',
        revision: 3,
        savedBy: 'other-tab',
        plan: { ...example('so'), planYear: 2103 },
      }),
    );

  it('keeps the draft as it was when cancelled', async () => {
    storeWithTypo();
    const before = storage.getItem(key('cu'));
    await openDraft('cu');
    expect($repair.get()).not.toBeNull();
    cancelRepair();
    expect($repair.get()).toBeNull();
    expect(storage.getItem(key('cu'))).toBe(before);
  });

  it('does not write over a revision another tab saved meanwhile', async () => {
    storeWithTypo();
    await openDraft('cu');
    storage.setItem(key('cu'), JSON.stringify({ ...record('cu'), revision: 4 }));
    const newer = storage.getItem(key('cu'));
    expect(await finishRepair(new Map([['planYear', 2013]]))).toBeUndefined();
    expect($notice.get()).toEqual({ kind: 'error', text: expect.stringContaining('thẻ khác') });
    expect(storage.getItem(key('cu'))).toBe(newer);
  });
});
