/**
 * A plan file the user picked or dropped, read through the model: a plan file (.json), or a plan
 * written in Word (.docx), read by the Word reader with its report of what it did not understand.
 * The readers load only when a file comes: they are not part of an island's start-up.
 */
import type { DocxReadResult } from '../import/docx/index.ts';
import type { ReadResult } from '../plan/read/index.ts';

/** What a file picker for plan files offers (the `accept` attribute). */
export const planFileTypes = '.json,application/json';

/**
 * Plan files and Word plans: the .doc is offered too, so that picking one is answered with how
 * to save it as .docx rather than hidden by the picker.
 */
export const planOrWordFileTypes = `${planFileTypes},.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document,.doc,application/msword`;

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

export type PlanOrWordRead =
  { kind: 'plan'; read: ReadResult } | { kind: 'word'; read: DocxReadResult };

/** Word files start as a zip ("PK") or, the old and the locked ones, as a compound file. */
const WORD_FIRST_BYTES = [0x50, 0xd0];

async function firstByte(file: File): Promise<number | undefined> {
  return new Uint8Array(await file.slice(0, 1).arrayBuffer())[0];
}

/**
 * Reads a plan file, or a Word plan: by its first byte, whatever its name (a .docx renamed, a
 * plan file named .docx by mistake); an empty file by its name. A plan file never starts with
 * either byte: JSON starts with "{", or with spaces or a byte-order mark before it.
 */
export async function readPlanOrWordFile(file: File): Promise<PlanOrWordRead> {
  const first = await firstByte(file);
  const word = first === undefined ? /\.docx?$/i.test(file.name) : WORD_FIRST_BYTES.includes(first);
  if (!word) return { kind: 'plan', read: await readPlanFromFile(file) };
  const [{ readDocxPlan }, { MAX_DOCX_BYTES, tooLargeDocxMessage }] = await Promise.all([
    import('../import/docx/index.ts'),
    import('../import/docx/package.ts'),
  ]);
  if (file.size > MAX_DOCX_BYTES) {
    return { kind: 'word', read: { ok: false, message: tooLargeDocxMessage(file.size) } };
  }
  return { kind: 'word', read: readDocxPlan(new Uint8Array(await file.arrayBuffer())) };
}
