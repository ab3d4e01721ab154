/**
 * The desk's Web Worker: reading, checking and storing a round happen here, so that the page
 * stays responsive while 100 plans are read (the page's main thread only draws the table). Each
 * request is answered once, with its result or a Vietnamese message; reading files also sends
 * progress on the way.
 */
import type { DeskMessage, DeskReply } from './protocol.ts';
import { createDeskService } from './service.ts';
import { indexedDbStorage } from './storage.ts';

const reply = (message: DeskReply) => postMessage(message);

const service = createDeskService(indexedDbStorage(), (storage) => reply({ id: 0, storage }));

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
