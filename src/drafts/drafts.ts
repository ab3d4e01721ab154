/**
 * Saved drafts. What is saved, where, and how it ages:
 *
 *   localStorage["ke-hoach-cchc/draft/<id>"] = DraftRecord, JSON:
 *     { kind: "ke-hoach-cchc/draft", version: 1, id, name, savedAt: ISO time,
 *       revision: integer, +1 on every save, savedBy: id of the tab that saved,
 *       plan: a plan file value (src/plan: `format`, `version`, …) }
 *   localStorage["ke-hoach-cchc/unreadable/<id>"] = the raw text of a record that could not be
 *     read, moved aside so that nothing overwrites it; the list offers it as a download.
 *
 * The plan inside a record is the plan file format, read with `readPlanValue`: a draft saved by
 * an older version of the tool migrates exactly as an old file does, and a draft from a newer
 * version is refused (and kept) rather than guessed at. The record's own `version` covers only
 * the envelope. There is no separate index: the list is read from the records themselves.
 *
 * Two tabs: a save is a compare-and-set on `revision`. A tab never writes over a record whose
 * revision moved on since it loaded it, unless it saved that revision itself.
 */
import { atom } from 'nanostores';
import { CURRENT_VERSION } from '../plan/file-format.ts';
import type { ReadResult, Repair } from '../plan/read/index.ts';
import type { ReadProblem } from '../plan/read/problem.ts';
import type { Plan } from '../plan/schema.ts';
import {
  keysWithPrefix,
  readItem,
  removeItem,
  writeItem,
  type StorageProblem,
} from './local-store.ts';
import { problemText } from '../plan/read/problem-text.ts';
import { refusalsOf } from './rule.ts';

const RECORD_KIND = 'ke-hoach-cchc/draft';
const RECORD_VERSION = 1;
const DRAFT_PREFIX = 'ke-hoach-cchc/draft/';
const UNREADABLE_PREFIX = 'ke-hoach-cchc/unreadable/';

export interface DraftRecord {
  kind: typeof RECORD_KIND;
  version: typeof RECORD_VERSION;
  id: string;
  name: string;
  savedAt: string;
  revision: number;
  savedBy: string;
  plan: unknown;
}

/** A draft as the list shows it. */
export interface DraftSummary {
  id: string;
  name: string;
  savedAt: string;
  unitName: string;
  planYear: number | null;
  rowCount: number;
  /** The plan's outline template; drafts saved before there were two have none. */
  template: string | undefined;
}

/** Saved data that could not be read, kept aside for the user to download. */
export interface UnreadableDraft {
  key: string;
  id: string;
  text: string;
}

/** Identifies this tab in the records it saves. */
export const tabId = Math.random().toString(36).slice(2, 10);

export const $drafts = atom<DraftSummary[]>([]);
export const $unreadable = atom<UnreadableDraft[]>([]);
/** The last storage refusal, until a save succeeds again. */
export const $storageProblem = atom<StorageProblem | null>(null);

const draftKey = (id: string) => DRAFT_PREFIX + id;

/** The text this tab last read or wrote for each draft, to tell whether another tab has saved since. */
const lastSeen = new Map<string, string>();

export function newDraftId(): string {
  const random = crypto.getRandomValues(new Uint8Array(6));
  return (
    Date.now().toString(36) + Array.from(random, (b) => b.toString(36).padStart(2, '0')).join('')
  );
}

function isRecord(value: unknown): value is DraftRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Partial<DraftRecord>;
  return (
    record.kind === RECORD_KIND &&
    record.version === RECORD_VERSION &&
    typeof record.id === 'string' &&
    typeof record.name === 'string' &&
    typeof record.savedAt === 'string' &&
    typeof record.revision === 'number' &&
    typeof record.savedBy === 'string' &&
    'plan' in record
  );
}

function parseRecord(text: string): DraftRecord | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return isRecord(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Moves unreadable saved text aside, under a key nothing else writes to, and keeps it. */
function setAside(id: string, text: string): void {
  const key = `${UNREADABLE_PREFIX}${id}`;
  const existing = readItem(key);
  // Never replace data already set aside: add a time to the key instead.
  const target = existing.ok && existing.value !== null ? `${key}-${Date.now()}` : key;
  if (writeItem(target, text).ok) removeItem(draftKey(id));
}

function summaryOf(record: DraftRecord): DraftSummary {
  const plan = (typeof record.plan === 'object' && record.plan !== null ? record.plan : {}) as {
    unit?: { name?: unknown };
    planYear?: unknown;
    rows?: unknown;
    template?: unknown;
  };
  return {
    id: record.id,
    name: record.name,
    savedAt: record.savedAt,
    unitName: typeof plan.unit?.name === 'string' ? plan.unit.name : '',
    planYear: typeof plan.planYear === 'number' ? plan.planYear : null,
    rowCount: Array.isArray(plan.rows) ? plan.rows.length : 0,
    template: typeof plan.template === 'string' ? plan.template : undefined,
  };
}

/** Re-reads the list of drafts (and of unreadable data) from storage. */
export function refreshDrafts(): void {
  const summaries: DraftSummary[] = [];
  for (const key of keysWithPrefix(DRAFT_PREFIX)) {
    const id = key.slice(DRAFT_PREFIX.length);
    const text = readItem(key);
    if (!text.ok || text.value === null) continue;
    const record = parseRecord(text.value);
    if (record && record.id === id) summaries.push(summaryOf(record));
    else setAside(id, text.value);
  }
  $drafts.set(summaries.sort((a, b) => b.savedAt.localeCompare(a.savedAt)));
  $unreadable.set(
    keysWithPrefix(UNREADABLE_PREFIX).flatMap((key) => {
      const text = readItem(key);
      return text.ok && text.value !== null
        ? [{ key, id: key.slice(UNREADABLE_PREFIX.length), text: text.value }]
        : [];
    }),
  );
}

export type LoadResult =
  | { ok: true; record: DraftRecord; read: Extract<ReadResult, { ok: true }> }
  | { ok: false; reason: 'missing' }
  | { ok: false; reason: 'unreadable'; problems: string[] }
  /** The plan has values out of range: it stays where it is, to be put right in the repair view. */
  | { ok: false; reason: 'repair'; record: DraftRecord; repair: Repair };

/**
 * Reads a saved plan through the model, as a file is read. The reader (with its schema library)
 * loads on first use: starting a new draft does not need it, and a draft saved in the current
 * version needs only the schema.
 */
export async function readSavedPlan(value: unknown): Promise<ReadResult> {
  const { readCurrentPlan } = await import('../plan/read/current.ts');
  const plan = readCurrentPlan(value);
  if (plan) return { ok: true, plan, fromVersion: CURRENT_VERSION, notices: [], problems: [] };
  // An older version, or something to explain: the full reader, with migrations and messages.
  const { readPlanValue } = await import('../plan/read/index.ts');
  return readPlanValue(value);
}

/**
 * Loads a draft. A plan with values out of range stays in the list, for the repair view; a record
 * or plan that cannot be read at all is set aside, never overwritten.
 */
export async function loadDraft(id: string): Promise<LoadResult> {
  const text = readItem(draftKey(id));
  if (!text.ok || text.value === null) return { ok: false, reason: 'missing' };
  const record = parseRecord(text.value);
  if (!record) {
    setAside(id, text.value);
    refreshDrafts();
    return {
      ok: false,
      reason: 'unreadable',
      problems: ['Dữ liệu đã lưu bị hỏng, không đọc được.'],
    };
  }
  const read = await readSavedPlan(record.plan);
  lastSeen.set(id, text.value);
  if (!read.ok && read.repair) return { ok: false, reason: 'repair', record, repair: read.repair };
  if (!read.ok) {
    setAside(id, text.value);
    refreshDrafts();
    return {
      ok: false,
      reason: 'unreadable',
      problems: read.problems.map(problemText),
    };
  }
  return { ok: true, record, read };
}

export type SaveResult =
  | { ok: true; record: DraftRecord }
  | { ok: false; reason: 'storage'; problem: StorageProblem }
  | { ok: false; reason: 'refused'; problems: ReadProblem[] }
  | { ok: false; reason: 'newer-elsewhere'; record: DraftRecord };

/**
 * Saves a plan over the revision this tab last loaded or saved (`baseRevision`; 0 for a new
 * draft). Refuses when another tab saved a newer revision in between, and, the last guard of the
 * builder's rule, when the reader would refuse the plan: that is never written.
 */
export function saveDraft(id: string, name: string, plan: Plan, baseRevision: number): SaveResult {
  const refusals = refusalsOf(plan);
  if (refusals && refusals.length > 0) return { ok: false, reason: 'refused', problems: refusals };
  const current = readItem(draftKey(id));
  // Storage holding exactly what this tab last read or wrote means no other tab saved since: the common
  // case, answered without parsing the whole record again on every autosave.
  if (current.ok && current.value !== null && current.value !== lastSeen.get(id)) {
    const stored = parseRecord(current.value);
    if (stored && stored.revision > baseRevision && stored.savedBy !== tabId) {
      return { ok: false, reason: 'newer-elsewhere', record: stored };
    }
  }
  const record: DraftRecord = {
    kind: RECORD_KIND,
    version: RECORD_VERSION,
    id,
    name,
    savedAt: new Date().toISOString(),
    revision: baseRevision + 1,
    savedBy: tabId,
    plan,
  };
  const text = JSON.stringify(record);
  const written = writeItem(draftKey(id), text);
  if (!written.ok) {
    $storageProblem.set(written.problem);
    return { ok: false, reason: 'storage', problem: written.problem };
  }
  lastSeen.set(id, text);
  $storageProblem.set(null);
  // The list learns of this save from the record in hand rather than by re-reading every draft.
  $drafts.set(
    [summaryOf(record), ...$drafts.get().filter((draft) => draft.id !== id)].sort((a, b) =>
      b.savedAt.localeCompare(a.savedAt),
    ),
  );
  return { ok: true, record };
}

/** Removes a draft and returns its saved text, so the deletion can be undone. */
export function removeDraft(id: string): string | null {
  const text = readItem(draftKey(id));
  removeItem(draftKey(id));
  refreshDrafts();
  return text.ok ? text.value : null;
}

/** Puts back a draft removed by `removeDraft`. */
export function restoreDraft(id: string, text: string): boolean {
  const ok = writeItem(draftKey(id), text).ok;
  refreshDrafts();
  return ok;
}

export function forgetUnreadable(key: string): void {
  removeItem(key);
  refreshDrafts();
}

/** Whether a `storage` event from another tab concerns this draft. */
export function isDraftKey(key: string | null, id: string): boolean {
  return key === draftKey(id);
}

export function parseDraftRecord(text: string | null): DraftRecord | undefined {
  return text === null ? undefined : parseRecord(text);
}
