/**
 * The desk's Web Worker: reading, checking and storing a round happen here, so that the page
 * stays responsive while 100 plans are read (the page's main thread only draws the table). Each
 * request is answered once, with its result or a Vietnamese message; reading files also sends
 * progress on the way.
 */
import type { DeskMessage, DeskReply, ReaderReply } from './protocol.ts';
import { createDeskService, type HelperReader } from './service.ts';
import { indexedDbStorage } from './storage.ts';

const reply = (message: DeskReply) => postMessage(message);

let reader: Worker | undefined;
let nextReaderId = 1;

/**
 * Half of a large arrival read by a second worker, started on the first such arrival and kept.
 * A browser without workers inside workers, or a reader that fails, leaves the desk to read it.
 */
const helper: HelperReader = (files, onEach) =>
  new Promise((resolve, reject) => {
    if (typeof Worker === 'undefined') return reject(new Error('no nested workers'));
    reader ??= new Worker(new URL('./reader-worker.ts', import.meta.url), {
      type: 'module',
      name: 'tong-hop-doc-tep',
    });
    const id = nextReaderId++;
    const worker = reader;
    const stop = () => {
      worker.removeEventListener('message', listen);
      worker.removeEventListener('error', fail);
    };
    const fail = () => {
      stop();
      reader = undefined;
      worker.terminate();
      reject(new Error('reader failed'));
    };
    const listen = (event: MessageEvent<ReaderReply>) => {
      const message = event.data;
      if (message.id !== id) return;
      if ('each' in message) return onEach();
      stop();
      if ('received' in message) resolve(message.received);
      else reject(new Error('reader failed'));
    };
    worker.addEventListener('message', listen);
    worker.addEventListener('error', fail);
    worker.postMessage({ id, files });
  });

const service = createDeskService(
  indexedDbStorage(),
  (storage) => reply({ id: 0, storage }),
  helper,
);

// One request at a time, in order: a setting typed while files are read applies after them.
let queue: Promise<unknown> = Promise.resolve();

addEventListener('message', (event: MessageEvent<DeskMessage | 'flush'>) => {
  const message = event.data;
  if (message === 'flush') {
    queue = queue.then(() => service.flush());
    return;
  }
  const progress = (done: number, total: number) =>
    reply({ id: message.id, progress: { done, total } });
  queue = queue.then(async () => {
    try {
      // Each request's params match its handler by name (protocol.ts).
      const handler = service[message.name] as (
        params: unknown,
        progress: (done: number, total: number) => void,
      ) => Promise<unknown>;
      reply({ id: message.id, ok: true, result: await handler(message.params, progress) });
    } catch (error) {
      console.error(error);
      reply({
        id: message.id,
        ok: false,
        message: 'Có lỗi khi xử lý đợt tổng hợp. Hãy tải lại trang; đợt đã lưu vẫn được giữ.',
      });
    }
  });
});
