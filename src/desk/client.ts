/**
 * The page's side of the desk's worker: each request a promise, progress reported on the way.
 * Stores talk to a `DeskClient`, so that unit tests hand them the service itself, in process
 * (`in-process-client.ts`; never imported by the page, or the model would load on its main thread).
 */
import type { DeskReply, DeskRequestName, DeskRequests, DeskStorageState } from './protocol.ts';

export type OnProgress = (done: number, total: number) => void;

export interface DeskClient {
  request<K extends DeskRequestName>(
    name: K,
    params: DeskRequests[K]['params'],
    onProgress?: OnProgress,
  ): Promise<DeskRequests[K]['result']>;
  /** Asks the worker to store at once what it was about to store (the page is going away). */
  flush(): void;
  /** Hears how keeping the round goes (see `DeskStorageState`). */
  onStorage(listener: (state: DeskStorageState) => void): void;
}

export function workerClient(): DeskClient {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), {
    type: 'module',
    name: 'tong-hop',
  });
  let nextId = 1;
  let storageListener: (state: DeskStorageState) => void = () => undefined;
  const pending = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void; onProgress?: OnProgress }
  >();
  worker.addEventListener('message', (event: MessageEvent<DeskReply>) => {
    const reply = event.data;
    if ('storage' in reply) {
      storageListener(reply.storage);
      return;
    }
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    if ('progress' in reply) {
      waiting.onProgress?.(reply.progress.done, reply.progress.total);
      return;
    }
    pending.delete(reply.id);
    if (reply.ok) waiting.resolve(reply.result);
    else waiting.reject(new Error(reply.message));
  });
  worker.addEventListener('error', () => {
    const error = new Error(
      'Không chạy được phần đọc tệp của trang (có thể mất kết nối khi tải trang). Hãy tải lại trang.',
    );
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  });
  return {
    request(name, params, onProgress) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, {
          resolve: resolve as (value: unknown) => void,
          reject,
          ...(onProgress ? { onProgress } : {}),
        });
        worker.postMessage({ id, name, params });
      });
    },
    flush: () => worker.postMessage('flush'),
    onStorage: (listener) => {
      storageListener = listener;
    },
  };
}
