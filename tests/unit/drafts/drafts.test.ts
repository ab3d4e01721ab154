/**
 * Saved drafts (`src/drafts/drafts.ts`): the record written, the list read back from the records, the
 * compare-and-set between tabs, a storage refusal as a result, and data that cannot be read set
 * aside and kept rather than overwritten.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { replaceStorage } from '../../../src/drafts/local-store.ts';
import {
  $drafts,
  $storageProblem,
  $unreadable,
  forgetUnreadable,
  isDraftKey,
  loadDraft,
  parseDraftRecord,
  refreshDrafts,
  removeDraft,
  restoreDraft,
  saveDraft,
  tabId,
  type DraftRecord,
} from '../../../src/drafts/drafts.ts';
import { loadRule } from '../../../src/drafts/rule.ts';
import type { Plan } from '../../../src/plan/schema.ts';
import { example } from '../plan/fixtures.ts';
import { MemoryStorage } from './memory-storage.ts';

const key = (id: string) => `ke-hoach-cchc/draft/${id}`;
let storage: MemoryStorage;
const record = (id: string) => JSON.parse(storage.getItem(key(id))!) as DraftRecord;
const store = (id: string, fields: Partial<DraftRecord>) =>
  storage.setItem(
    key(id),
    JSON.stringify({
      kind: 'ke-hoach-cchc/draft',
      version: 1,
      id,
      name: 'Bản nháp',
      savedAt: '2026-01-01T00:00:00.000Z',
      revision: 1,
      savedBy: 'other-tab',
      plan: example('so'),
      ...fields,
    }),
  );

/** A storage that reads but refuses every write, as a full one does. */
class FullStorage extends MemoryStorage {
  override setItem(): void {
    throw new DOMException('full', 'QuotaExceededError');
  }
}

beforeAll(() => loadRule());
beforeEach(() => {
  storage = new MemoryStorage();
  replaceStorage(storage);
  $storageProblem.set(null);
});

describe('saveDraft', () => {
  it('writes the record the list reads, one revision on from its base', () => {
    const plan = example('so');
    const result = saveDraft('a', 'Kế hoạch Sở', plan, 4);
    expect(result).toMatchObject({ ok: true, record: { revision: 5 } });
    expect(record('a')).toEqual({
      kind: 'ke-hoach-cchc/draft',
      version: 1,
      id: 'a',
      name: 'Kế hoạch Sở',
      savedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      revision: 5,
      savedBy: tabId,
      plan,
    });
    // The list follows a save at once, the same as it reads the records back from storage.
    const followed = $drafts.get();
    refreshDrafts();
    expect($drafts.get()).toEqual(followed);
    expect($drafts.get()).toEqual([
      {
        id: 'a',
        name: 'Kế hoạch Sở',
        savedAt: record('a').savedAt,
        unitName: plan.unit.name,
        planYear: 2013,
        rowCount: plan.rows.length,
        template: plan.template,
      },
    ]);
  });

  it('never writes over a newer revision another tab saved', () => {
    store('a', { revision: 5, name: 'Của thẻ khác' });
    const before = storage.getItem(key('a'));
    const result = saveDraft('a', 'Của thẻ này', example('so'), 4);
    expect(result).toEqual({ ok: false, reason: 'newer-elsewhere', record: record('a') });
    expect(storage.getItem(key('a'))).toBe(before);
    expect(saveDraft('a', 'Của thẻ này', example('so'), 5)).toMatchObject({
      ok: true,
      record: { revision: 6 },
    });
  });

  it('still sees another tab’s save after this tab has saved the draft itself', () => {
    expect(saveDraft('a', 'Của thẻ này', example('so'), 1)).toMatchObject({ ok: true });
    store('a', { revision: 3, name: 'Của thẻ khác' });
    expect(saveDraft('a', 'Của thẻ này', example('so'), 2)).toMatchObject({
      ok: false,
      reason: 'newer-elsewhere',
    });
    expect(record('a').name).toBe('Của thẻ khác');
  });

  it('writes over a newer revision this tab saved itself', () => {
    store('a', { revision: 5, savedBy: tabId });
    expect(saveDraft('a', 'Bản nháp', example('so'), 3)).toMatchObject({ ok: true });
  });

  it('refuses a plan the reader would refuse, and writes nothing', () => {
    const plan: Plan = { ...example('so'), planYear: 2103 };
    const result = saveDraft('a', 'Bản nháp', plan, 0);
    expect(result).toMatchObject({
      ok: false,
      reason: 'refused',
      problems: [{ path: 'planYear' }],
    });
    expect(storage.length).toBe(0);
  });

  it('answers a full or missing storage with the reason, until a save succeeds', () => {
    replaceStorage(new FullStorage());
    expect(saveDraft('a', 'Bản nháp', example('so'), 0)).toEqual({
      ok: false,
      reason: 'storage',
      problem: 'quota',
    });
    expect($storageProblem.get()).toBe('quota');
    replaceStorage(null);
    expect(saveDraft('a', 'Bản nháp', example('so'), 0)).toMatchObject({
      problem: 'unavailable',
    });
    replaceStorage(storage);
    expect(saveDraft('a', 'Bản nháp', example('so'), 0).ok).toBe(true);
    expect($storageProblem.get()).toBeNull();
  });
});

describe('the list of drafts', () => {
  it('lists the newest first, and a record without a plan with empty fields', () => {
    store('old', { savedAt: '2025-01-01T00:00:00.000Z' });
    store('new', { savedAt: '2026-06-01T00:00:00.000Z', plan: null });
    refreshDrafts();
    expect($drafts.get().map((d) => d.id)).toEqual(['new', 'old']);
    expect($drafts.get()[0]).toMatchObject({ unitName: '', planYear: null, rowCount: 0 });
  });

  it('sets aside what is no record, under its own key, without replacing what is kept there', () => {
    storage.setItem(key('hong'), '{ not json');
    refreshDrafts();
    storage.setItem(key('hong'), '{"kind":"other"}');
    store('khac-id', { id: 'not-its-key' });
    refreshDrafts();
    expect($drafts.get()).toEqual([]);
    expect(storage.getItem(key('hong'))).toBeNull();
    const kept = $unreadable.get();
    expect(kept.map((item) => item.text).sort()).toEqual(
      [
        '{ not json',
        '{"kind":"other"}',
        storage.getItem('ke-hoach-cchc/unreadable/khac-id'),
      ].sort(),
    );
    expect(kept.map((item) => item.key)).toContain('ke-hoach-cchc/unreadable/hong');
    forgetUnreadable('ke-hoach-cchc/unreadable/hong');
    expect($unreadable.get()).toHaveLength(2);
  });

  it('takes a draft out and puts back exactly what was saved', () => {
    store('a', {});
    const text = storage.getItem(key('a'));
    const removed = removeDraft('a');
    expect(removed).toBe(text);
    expect($drafts.get()).toEqual([]);
    expect(restoreDraft('a', removed!)).toBe(true);
    expect(storage.getItem(key('a'))).toBe(text);
    expect($drafts.get().map((d) => d.id)).toEqual(['a']);
  });
});

describe('loadDraft', () => {
  it('reads a saved plan through the model, as a file is read', async () => {
    store('a', { revision: 3 });
    const loaded = await loadDraft('a');
    expect(loaded).toMatchObject({ ok: true, record: { revision: 3 }, read: { fromVersion: 3 } });
    expect(loaded.ok && loaded.read.plan).toEqual(example('so'));
  });

  it('migrates a plan saved by an older version', async () => {
    const { template: _template, ...v1 } = example('huyen');
    store('a', { plan: { ...v1, version: 1 } });
    const loaded = await loadDraft('a');
    expect(loaded).toMatchObject({ ok: true, read: { fromVersion: 1 } });
    expect(loaded.ok && loaded.read.plan.template).toBe('de-cuong-2012');
    // A draft saved before tracking came (version 2) reads as it was.
    store('b', { plan: { ...example('so'), version: 2 } });
    const v2 = await loadDraft('b');
    expect(v2).toMatchObject({ ok: true, read: { fromVersion: 2 } });
    expect(v2.ok && v2.read.plan).toEqual(example('so'));
  });

  it('keeps a plan with values out of range where it is, for the repair view', async () => {
    store('a', { plan: { ...example('so'), planYear: 2103 } });
    const loaded = await loadDraft('a');
    expect(loaded).toMatchObject({ ok: false, reason: 'repair' });
    expect(storage.getItem(key('a'))).not.toBeNull();
  });

  it('sets aside a plan from a newer version, and says it is missing when there is none', async () => {
    store('a', { plan: { ...example('so'), version: 99 } });
    const text = storage.getItem(key('a'));
    expect(await loadDraft('a')).toMatchObject({ ok: false, reason: 'unreadable' });
    expect(storage.getItem(key('a'))).toBeNull();
    expect($unreadable.get()).toEqual([{ key: 'ke-hoach-cchc/unreadable/a', id: 'a', text: text }]);
    expect(await loadDraft('a')).toEqual({ ok: false, reason: 'missing' });
  });
});

describe('storage events', () => {
  it('tell which draft changed, and read its record', () => {
    expect(isDraftKey(key('a'), 'a')).toBe(true);
    expect(isDraftKey(key('ab'), 'a')).toBe(false);
    expect(isDraftKey(null, 'a')).toBe(false);
    store('a', {});
    expect(parseDraftRecord(storage.getItem(key('a')))).toMatchObject({ id: 'a' });
    expect(parseDraftRecord('[]')).toBeUndefined();
    expect(parseDraftRecord(null)).toBeUndefined();
  });
});
