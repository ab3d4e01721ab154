/**
 * A plan file the user picked or dropped, read through the model. The reader loads only when a
 * file comes: it is not part of an island's start-up.
 */
import type { ReadResult } from '../plan/read/index.ts';

/** What a file picker for plan files offers (the `accept` attribute). */
export const planFileTypes = '.json,application/json';

/** Reads a picked file through the model; an oversized file is refused before it is read. */
export async function readPlanFromFile(file: File): Promise<ReadResult> {
  const [{ readPlanFile }, { tooLargeMessage }, { MAX_FILE_BYTES }] = await Promise.all([
    import('../plan/read/index.ts'),
    import('../plan/read/decode.ts'),
    import('../plan/file-format.ts'),
  ]);
  if (file.size > MAX_FILE_BYTES) {
    return { ok: false, problems: [{ path: '', where: '', message: tooLargeMessage(file.size) }] };
  }
  return readPlanFile(new Uint8Array(await file.arrayBuffer()));
}
