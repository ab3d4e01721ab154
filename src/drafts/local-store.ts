/**
 * The one wrapper around `localStorage`. Browsers refuse storage in many ordinary situations
 * (private windows, blocked site data, a full quota), and a refusal must never cost the user what
 * they typed: every call here returns a result instead of throwing, and says why in Vietnamese.
 */

export type StorageProblem = 'unavailable' | 'quota' | 'error';

export type StoreResult<T> = { ok: true; value: T } | { ok: false; problem: StorageProblem };

let cached: Storage | null | undefined;

/**
 * Puts another storage in place of `localStorage`: the unit tests run the stores over one in
 * memory. `undefined` goes back to the browser's own.
 */
export function replaceStorage(store: Storage | null | undefined): void {
  cached = store;
}

/** The storage, or null when the browser refuses it (reading the property itself can throw). */
function storage(): Storage | null {
  if (cached !== undefined) return cached;
  try {
    const candidate = globalThis.localStorage;
    const probe = '__ke-hoach-cchc-probe__';
    candidate.setItem(probe, probe);
    candidate.removeItem(probe);
    cached = candidate;
  } catch (error) {
    // A full quota still lets us read what is there; anything else means no storage at all.
    cached = isQuotaError(error) ? globalThis.localStorage : null;
  }
  return cached;
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

function problemOf(error: unknown): StorageProblem {
  if (isQuotaError(error)) return 'quota';
  if (error instanceof DOMException && error.name === 'SecurityError') return 'unavailable';
  return 'error';
}

export function readItem(key: string): StoreResult<string | null> {
  const store = storage();
  if (!store) return { ok: false, problem: 'unavailable' };
  try {
    return { ok: true, value: store.getItem(key) };
  } catch (error) {
    return { ok: false, problem: problemOf(error) };
  }
}

export function writeItem(key: string, value: string): StoreResult<void> {
  const store = storage();
  if (!store) return { ok: false, problem: 'unavailable' };
  try {
    store.setItem(key, value);
    return { ok: true, value: undefined };
  } catch (error) {
    return { ok: false, problem: problemOf(error) };
  }
}

export function removeItem(key: string): StoreResult<void> {
  const store = storage();
  if (!store) return { ok: false, problem: 'unavailable' };
  try {
    store.removeItem(key);
    return { ok: true, value: undefined };
  } catch (error) {
    return { ok: false, problem: problemOf(error) };
  }
}

/** Every key under a prefix; an empty list when storage is unavailable. */
export function keysWithPrefix(prefix: string): string[] {
  const store = storage();
  if (!store) return [];
  try {
    const keys: string[] = [];
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (key?.startsWith(prefix)) keys.push(key);
    }
    return keys;
  } catch {
    return [];
  }
}

export const storageProblemMessages: Record<StorageProblem, string> = {
  unavailable:
    'Trình duyệt không cho trang này lưu dữ liệu (có thể đang ở chế độ ẩn danh hoặc đã chặn lưu trữ). Những gì bạn gõ vẫn còn trên trang, nhưng sẽ mất khi đóng thẻ: hãy tải bản sao lưu về máy.',
  quota:
    'Bộ nhớ của trình duyệt đã đầy nên bản nháp chưa được lưu. Những gì bạn gõ vẫn còn trên trang: hãy tải bản sao lưu về máy, rồi xóa bớt bản nháp cũ.',
  error:
    'Không lưu được bản nháp vào trình duyệt. Những gì bạn gõ vẫn còn trên trang: hãy tải bản sao lưu về máy.',
};
