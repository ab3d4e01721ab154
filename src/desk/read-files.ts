/**
 * The files of an arrival read and received (`round/received.ts`), in order, by the desk's
 * worker. Nothing here touches the round.
 */
import { receiveFiles, type IncomingFile, type ReceivedFile } from '../round/received.ts';
import type { DeskIncoming } from './protocol.ts';

export async function bytesOf(file: DeskIncoming | Uint8Array): Promise<IncomingFile> {
  if (file instanceof Uint8Array) return { name: '', bytes: file };
  // A dropped folder's file, named by its path inside the folder (folder-entries.ts).
  if ('file' in file)
    return { name: file.name, bytes: new Uint8Array(await file.file.arrayBuffer()) };
  if (!(file instanceof Blob)) return file;
  // A folder's files carry their path inside it: name them by it, as an archive's are.
  const name = file.webkitRelativePath || file.name;
  return { name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** How many files are read from disk ahead of the one being checked. */
const READ_AHEAD = 4;

/**
 * Each file's bytes, in order, with the next few already being read: the disk works while the
 * previous plan is checked (read one after another, the worker waited on the disk for a third
 * of a 100-plan round), and a big round is not held in memory all at once.
 */
function* readAhead(files: readonly DeskIncoming[]): Generator<Promise<ReceivedFile[]>> {
  const reading: Promise<IncomingFile | ReceivedFile>[] = [];
  let next = 0;
  while (next < files.length || reading.length > 0) {
    while (next < files.length && reading.length <= READ_AHEAD) {
      const file = files[next++] as DeskIncoming;
      reading.push(bytesOf(file).catch(() => unreadableFromDisk(file)));
    }
    yield (reading.shift() as Promise<IncomingFile | ReceivedFile>).then((read) =>
      'bytes' in read ? receiveFiles([read]) : [read],
    );
  }
}

/** A picked file the browser could no longer read (moved, deleted, or locked since the pick). */
function unreadableFromDisk(file: DeskIncoming): ReceivedFile {
  const name = file instanceof Blob ? file.webkitRelativePath || file.name : file.name;
  return {
    kind: 'unreadable',
    file: name,
    message:
      'Không đọc được tệp này từ máy (có thể tệp vừa bị xóa, đổi tên hoặc đang mở ở chương trình khác). Hãy chọn lại tệp.',
  };
}

/** Every file read and received, in order; `onEach` hears each file done. */
export async function readReceived(
  files: readonly DeskIncoming[],
  onEach: () => void = () => undefined,
): Promise<ReceivedFile[]> {
  const received: ReceivedFile[] = [];
  for (const reading of readAhead(files)) {
    received.push(...(await reading));
    onEach();
  }
  return received;
}
