/**
 * The desk's state on the page: the round as last drawn (`$round`, from the worker), the settings
 * as typed (`$settings`: the fields' own source, so a late answer never undoes a keystroke), the
 * progress of a long job, and the last message for the reviewer. Actions send the change to the
 * worker (or, in tests, to the service in process) and draw what comes back.
 */
import { atom } from 'nanostores';
import { MAX_NAME_LENGTH, MAX_YEAR, MIN_YEAR } from '../../plan/limits.ts';
import { todayIso as today } from '../../plan/vi-format.ts';
import type { RoundSender, RoundSettings } from '../../round/round.ts';
import type { EditAnswer } from '../../ui/form/refusal.ts';
import type { DeskClient } from '../client.ts';
import type { NamedFile } from '../folder-entries.ts';
import type {
  DeskDownload,
  DeskFile,
  DeskSnapshot,
  DeskStorageState,
  UnitDetail,
} from '../protocol.ts';

export type Settings = Omit<RoundSettings, 'roster'>;

export const $round = atom<DeskSnapshot | null>(null);
export const $settings = atom<Settings>({ name: '', planYear: null, deadline: null, sender: {} });
/** A job under way: what it says ("Đang đọc tệp") and how far it is. */
export const $job = atom<{ label: string; done: number; total: number } | null>(null);
/** The outcome of the last action, for the reviewer; `error` stays until the next action. */
export const $notice = atom<{ kind: 'error' | 'info'; text: string } | null>(null);
export const $rosterNotices = atom<string[]>([]);
export const $detail = atom<UnitDetail | null | 'loading'>(null);
/** Why the last download failed; null when it did not (shown beside the download buttons). */
export const $downloadError = atom<string | null>(null);
/** Whether the round is being stored, and why it cannot be (see `DeskStorageState`). */
export const $storage = atom<DeskStorageState & { saved: boolean }>({
  saving: false,
  problem: null,
  saved: false,
});

let client: DeskClient | undefined;

export function connectDesk(deskClient: DeskClient): void {
  client = deskClient;
  $storage.set({ saving: false, problem: null, saved: false });
  deskClient.onStorage((state) => {
    if (client !== deskClient) return; // a client replaced since (tests) has no say
    $storage.set({ ...state, saved: $storage.get().saved || (!state.saving && !state.problem) });
  });
}

function desk(): DeskClient {
  if (!client) throw new Error('The desk has no worker yet.');
  return client;
}

function draw(snapshot: DeskSnapshot, { settings = false } = {}): void {
  $round.set(snapshot);
  if (settings) {
    const { name, planYear, deadline, sender = {} } = snapshot.settings;
    $settings.set({ name, planYear, deadline, sender });
  }
}

async function job<T>(
  label: string,
  run: (progress: (done: number, total: number) => void) => Promise<T>,
): Promise<T | undefined> {
  $job.set({ label, done: 0, total: 0 });
  $notice.set(null);
  try {
    return await run((done, total) => $job.set({ label, done, total }));
  } catch (error) {
    $notice.set({
      kind: 'error',
      text: error instanceof Error ? error.message : 'Có lỗi khi xử lý đợt tổng hợp.',
    });
    return undefined;
  } finally {
    $job.set(null);
  }
}

export async function openDesk(asOf = today()): Promise<void> {
  const snapshot = await job('Đang mở đợt tổng hợp đã lưu', (progress) =>
    desk().request('open', { asOf }, progress),
  );
  if (snapshot) draw(snapshot, { settings: true });
}

/**
 * Files picked or dropped, read and checked in the worker; `note` (what was left of a dropped
 * folder) is said after the count of what was received.
 */
/**
 * Files per message to the worker: posting a picked file copies its details into the message,
 * about 2 ms each in Chromium, and a task of the page must stay under 50 ms.
 */
const FILES_PER_MESSAGE = 10;

export async function receive(files: readonly (File | NamedFile)[], note = ''): Promise<void> {
  if (files.length === 0 && note) {
    $notice.set({ kind: 'error', text: note });
    return;
  }
  if (files.length === 0) return;
  const before = $round.get();
  const snapshot = await job('Đang đọc tệp', async (progress) => {
    // Handed over a slice at a time, each in a task of its own: the page stays responsive.
    const slices = [];
    for (let start = 0; start < files.length; start += FILES_PER_MESSAGE) {
      slices.push(files.slice(start, start + FILES_PER_MESSAGE));
    }
    const last = slices.pop() ?? [];
    const staged: Promise<number>[] = [];
    for (const slice of slices) {
      staged.push(desk().request('stage', { files: slice }));
      // The worker takes messages in order; the page only needs its thread back in between.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    const [snapshot] = await Promise.all([
      desk().request('receive', { files: last }, progress),
      ...staged,
    ]);
    return snapshot;
  });
  if (!snapshot) return;
  draw(snapshot);
  const read = snapshot.units.length - (before?.units.length ?? 0);
  const unreadable = snapshot.unreadable.length - (before?.unreadable.length ?? 0);
  $notice.set({
    kind: 'info',
    text: `Đã nhận ${files.length} tệp: ${read} kế hoạch đọc được${unreadable ? `, ${unreadable} tệp không đọc được` : ''}.${note ? ` ${note}` : ''}`,
  });
}

/**
 * Folders (and files beside them) dropped on the page, their entries taken from the drop: every
 * file of the round's kinds in them is received, up to what the round still has room for; what
 * was left is said, and the round keeps what it had. The reader loads on the first such drop.
 */
export async function receiveFolder(
  entries: readonly FileSystemEntry[],
  keep: (name: string) => boolean,
): Promise<void> {
  const round = $round.get();
  const held = round ? round.units.length + round.unreadable.length + (round.province ? 1 : 0) : 0;
  const dropped = await job('Đang đọc thư mục', () =>
    import('../folder-entries.ts').then(
      (module) => module.readDroppedFolder(entries, held, keep),
      () => Promise.reject(new Error('Không đọc được thư mục vừa thả. Hãy tải lại trang.')),
    ),
  );
  if (dropped) await receive(dropped.files, dropped.note);
}

const refused = (path: string, message: string): EditAnswer => ({
  ok: false,
  problems: [{ path, message }],
});

export function changeName(name: string): EditAnswer {
  if (name.length > MAX_NAME_LENGTH)
    return refused('name', `Tên đợt dài quá ${MAX_NAME_LENGTH} ký tự.`);
  return changeSettings({ name });
}

export function changePlanYear(text: string): EditAnswer {
  const digits = text.trim();
  if (digits === '') return changeSettings({ planYear: null });
  const year = /^\d{4}$/.test(digits) ? Number(digits) : NaN;
  if (!(year >= MIN_YEAR && year <= MAX_YEAR)) {
    return refused(
      'planYear',
      `Năm kế hoạch là một năm có 4 chữ số, từ ${MIN_YEAR} đến ${MAX_YEAR}.`,
    );
  }
  return changeSettings({ planYear: year });
}

export function changeDeadline(iso: string | null): EditAnswer {
  if (iso !== null) {
    const year = Number(iso.slice(0, 4));
    if (year < MIN_YEAR || year > MAX_YEAR)
      return refused('deadline', `Năm của hạn nộp phải từ ${MIN_YEAR} đến ${MAX_YEAR}.`);
    return changeSettings({ deadline: iso });
  }
  changeSettings({ deadline: null });
  // Kept as no deadline, and said, since the three fields may be half typed.
  return refused(
    'deadline',
    'Chưa có hạn nộp: nhập đủ ngày, tháng, năm có thật (ví dụ 15/12/2013) để biết đơn vị nào nộp đúng hạn.',
  );
}

/** The sender's fields the page asks for (the others keep the exporters' blanks). */
export type SenderField =
  'name' | 'province' | 'place' | 'abbreviation' | 'signerTitle' | 'signerName';

export function changeSender(field: SenderField, value: string): EditAnswer {
  // The round file's limits: a name, or a few letters (MAX_ABBREVIATION_LENGTH in round-file.ts,
  // not imported: it brings zod).
  const limit = field === 'abbreviation' ? 20 : MAX_NAME_LENGTH;
  if (value.length > limit) return refused(`sender.${field}`, `Dài quá ${limit} ký tự.`);
  const sender: Partial<RoundSender> = { ...$settings.get().sender, [field]: value };
  return changeSettings({ sender });
}

/** A setting typed, sent to the worker; the table is drawn again only if it can change. */
export function changeSettings(changes: Partial<Settings>): EditAnswer {
  $settings.set({ ...$settings.get(), ...changes });
  void desk()
    .request('settings', changes)
    // null: the table cannot change (the name, the sender), so it is not drawn again.
    .then((snapshot) => snapshot && draw(snapshot))
    .catch(() => undefined);
  return { ok: true };
}

export async function saveRoster(text: string): Promise<void> {
  const answer = await job('Đang đối chiếu danh sách', () => desk().request('roster', { text }));
  if (!answer) return;
  draw(answer.snapshot);
  $rosterNotices.set(answer.notices);
}

export async function keepPlan(key: string, id: string): Promise<void> {
  const snapshot = await job('Đang lưu lựa chọn', () => desk().request('keep', { key, id }));
  if (snapshot) draw(snapshot);
}

export async function clearRound(): Promise<void> {
  const snapshot = await job('Đang xóa đợt tổng hợp', () => desk().request('clear', {}));
  if (!snapshot) return;
  draw(snapshot, { settings: true });
  $rosterNotices.set([]);
  $notice.set({ kind: 'info', text: 'Đã xóa đợt tổng hợp.' });
}

/** The round file's name and text, for the page to download. */
export async function roundFile(): Promise<{ name: string; text: string } | undefined> {
  return job('Đang tạo tệp tổng hợp', () => desk().request('exportRound', {}));
}

export async function importRound(file: File): Promise<void> {
  const answer = await job('Đang mở tệp tổng hợp', (progress) =>
    desk().request('importRound', { file }, progress),
  );
  if (!answer) return;
  if (!answer.ok) {
    $notice.set({
      kind: 'error',
      text: `Không mở được “${file.name}”: ${answer.message} Đợt đang có không thay đổi.`,
    });
    return;
  }
  draw(answer.snapshot, { settings: true });
  $rosterNotices.set([]);
  $notice.set({ kind: 'info', text: `Đã mở tệp tổng hợp “${file.name}”.` });
}

export async function loadDetail(id: string): Promise<void> {
  $detail.set('loading');
  try {
    $detail.set(await desk().request('detail', { id }));
  } catch {
    $detail.set(null);
  }
}

/**
 * A file of the round made in the worker (exporters load there, on first use), for the page to
 * download; undefined when it failed, which `$downloadError` tells. The round is untouched.
 */
export async function roundDownload(request: DeskDownload): Promise<DeskFile | undefined> {
  $downloadError.set(null);
  $job.set({ label: 'Đang tạo tệp', done: 0, total: 0 });
  try {
    const file = await desk().request('download', { ...request, asOf: today() });
    if (file) return file;
    $downloadError.set('Không còn kế hoạch này trong đợt tổng hợp.');
  } catch {
    $downloadError.set(
      'Không tạo được tệp: có thể mất kết nối mạng khi tải phần xuất tệp. Hãy thử lại; đợt tổng hợp vẫn được giữ nguyên.',
    );
  } finally {
    $job.set(null);
  }
  return undefined;
}

/**
 * The reviewer's match of a province task for the unit of plan `id` (a unit's row id, '' for
 * "không có", null for the proposal); kept in the round, and the unit's view drawn again.
 */
export async function chooseMatch(
  id: string,
  provinceRowId: string,
  choice: string | null,
): Promise<void> {
  const answer = await job('Đang lưu lựa chọn', () =>
    desk().request('match', { id, provinceRowId, choice }),
  );
  if (!answer) return;
  draw(answer.snapshot);
  $detail.set(answer.detail);
}

export const planOf = (id: string) => desk().request('plan', { id });
export const shareLinkOf = (id: string, page: string) => desk().request('shareLink', { id, page });
export const flushDesk = () => client?.flush();
