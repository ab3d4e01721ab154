/**
 * The desk's second reader: the desk's worker hands it half of a large arrival, and it reads
 * and receives those files (parsed and validated, not checked) while the desk's worker reads the
 * other half, so that a round of 100 plans uses both of a machine's cores. It holds no round.
 */
import type { ReaderReply, ReaderRequest } from './protocol.ts';
import { readReceived } from './read-files.ts';

addEventListener('message', (event: MessageEvent<ReaderRequest>) => {
  const { id, files } = event.data;
  const reply = (message: ReaderReply) => postMessage(message);
  readReceived(files, () => reply({ id, each: true })).then(
    (received) => reply({ id, received }),
    () => reply({ id, failed: true }),
  );
});
