/**
 * Where the desk keeps its round: IndexedDB, through `idb-keyval`, because a round of 100 plans
 * is tens of megabytes and localStorage holds five. What is saved:
 *
 *   IndexedDB database "ke-hoach-cchc-tong-hop", store "dot", key "hien-tai" = the current round
 *     as `storeRound` shapes it (src/round/round-file.ts: format "tong-hop-ke-hoach-cchc",
 *     version 1, settings, roster, kept choices, and each file's plan value or unreadable
 *     reason), the same value as the round file "Xuất tệp tổng hợp" downloads.
 *
 * One key per round: the whole round is written at once, so a half-saved round cannot exist.
 * Checks are not stored: they are recomputed, with the model's reader, each time the round opens,
 * so an older round migrates as any plan file does. It runs in the desk's worker.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { StoredRound } from '../round/round-file.ts';

export interface RoundStorage {
  load(): Promise<unknown>;
  save(round: StoredRound): Promise<void>;
  clear(): Promise<void>;
}

const ROUND_KEY = 'hien-tai';

export function indexedDbStorage(): RoundStorage {
  let store: UseStore | undefined;
  // Opening the database can throw at once where IndexedDB is missing: ask on first use, so the
  // failure arrives as a rejected promise like every other.
  const db = () => (store ??= createStore('ke-hoach-cchc-tong-hop', 'dot'));
  return {
    load: async () => get(ROUND_KEY, db()),
    save: async (round) => set(ROUND_KEY, round, db()),
    clear: async () => del(ROUND_KEY, db()),
  };
}

/** A storage that keeps the round for the visit only: for tests, and as what a blocked one does. */
export function memoryStorage(initial?: unknown): RoundStorage & { value: unknown } {
  const storage = {
    value: initial,
    load: async () => storage.value,
    save: async (round: StoredRound) => {
      storage.value = structuredClone(round);
    },
    clear: async () => {
      storage.value = undefined;
    },
  };
  return storage;
}

/** Why the round could not be kept, in Vietnamese, from what IndexedDB threw. */
export function storageProblemMessage(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') {
    return 'Bộ nhớ của trình duyệt đã đầy nên đợt tổng hợp không được lưu lại. Trang vẫn dùng được trong lần mở này; hãy bấm “Xuất tệp tổng hợp” để giữ đợt này trong một tệp, hoặc giải phóng bộ nhớ của trình duyệt.';
  }
  return 'Trình duyệt không cho lưu dữ liệu (có thể đang ở cửa sổ ẩn danh hoặc đã chặn lưu trữ), nên đợt tổng hợp sẽ mất khi đóng trang. Trang vẫn dùng được trong lần mở này; hãy bấm “Xuất tệp tổng hợp” để giữ đợt này trong một tệp.';
}
