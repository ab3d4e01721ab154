/**
 * The desk's service run on the calling thread, behind the same `DeskClient` contract as the
 * worker: for unit tests. The page never imports it (it would bring the whole model onto the
 * main thread); `scripts/bench/desk.mjs` measures what the page loads.
 */
import type { DeskClient, OnProgress } from './client.ts';
import type { DeskStorageState } from './protocol.ts';
import { createDeskService } from './service.ts';
import type { RoundStorage } from './storage.ts';

/** The service itself, run in the page over `storage`: for tests, the same contract as the worker. */
export function inProcessClient(storage: RoundStorage): DeskClient {
  let storageListener: (state: DeskStorageState) => void = () => undefined;
  const service = createDeskService(storage, (state) => storageListener(state));
  return {
    request: (name, params, onProgress) =>
      (service[name] as (params: unknown, progress?: OnProgress) => Promise<unknown>)(
        params,
        onProgress,
      ) as never,
    flush: () => void service.flush(),
    onStorage: (listener) => {
      storageListener = listener;
    },
  };
}
