/**
 * The files of a round as they arrive: each picked or dropped file, or each file inside a .zip
 * of them, read by the model's reader. A file that is not a plan never stops the round: it is
 * kept in the list with its reason in Vietnamese, and the rest goes on. Nothing in a file runs;
 * it is only ever parsed as JSON, or read as a Word plan by `src/import/docx/` (an archive and a
 * .docx are unzipped within caps). A Word plan is told by its bytes, not only by its name, and
 * carries the reader's report of what it did not fully understand (word-source.ts).
 */
import { detectWordFile, MAX_DOCX_BYTES, readDocxPlan } from '../import/docx/index.ts';
import { MAX_FILE_BYTES } from '../plan/file-format.ts';
import { tooLargeMessage } from '../plan/read/decode.ts';
import { readPlanFile } from '../plan/read/index.ts';
import { formatMegabytes } from '../plan/read/size.ts';
import { looksLikeZip, unzipCapped, type ZipLimits } from '../plan/read/unzip.ts';
import type { Plan } from '../plan/schema.ts';
import { formatAmount } from '../plan/vi-format.ts';
import { MAX_ROUND_FILES } from './limits.ts';
import { wordSource, type WordSource } from './word-source.ts';

export { MAX_ROUND_FILES };

const isWordFile = (name: string) => /\.docx?$/i.test(name);

/** A file's own size limit: a Word plan's, or a plan file's. */
const maxBytesOf = (name: string) => (isWordFile(name) ? MAX_DOCX_BYTES : MAX_FILE_BYTES);

/** What one archive may hold: a round's worth of plans, each within its own file's limit. */
export const archiveLimits: ZipLimits = {
  maxEntries: MAX_ROUND_FILES,
  maxEntryBytes: Math.max(MAX_FILE_BYTES, MAX_DOCX_BYTES),
  maxEntryBytesOf: maxBytesOf,
  maxTotalBytes: 512 * 1024 * 1024,
};

/** A file as it arrives: its name (a path inside an archive is "archive.zip › folder/plan.json"). */
export interface IncomingFile {
  name: string;
  bytes: Uint8Array;
}

export type ReceivedFile =
  | {
      kind: 'plan';
      file: string;
      plan: Plan;
      /** Below the current version when the file was migrated on reading. */
      fromVersion: number;
      /** Present when the plan was read from a Word file: what the reader did not fully understand. */
      word?: WordSource;
    }
  | { kind: 'unreadable'; file: string; message: string };

/** How many of a file's problems are quoted in its one-line reason; the rest are counted. */
const PROBLEMS_QUOTED = 3;

/**
 * Whether a file is to be read as a Word plan: named so, or by its bytes a zip (a .docx sent under
 * another name; an archive is opened before this) or an Office binary file (.doc, a .docx with a
 * password), which the Word reader names with its reason.
 */
const readsAsWord = (name: string, bytes: Uint8Array) =>
  isWordFile(name) || detectWordFile(bytes) !== 'other';

/** A Word plan's bytes, read; never throws. */
function receiveWordBytes(file: string, bytes: Uint8Array): ReceivedFile {
  const read = readDocxPlan(bytes);
  if (!read.ok) return { kind: 'unreadable', file, message: read.message };
  return {
    kind: 'plan',
    file,
    plan: read.plan,
    fromVersion: read.plan.version,
    word: wordSource(read.report),
  };
}

/** One plan file's bytes, read (a plan file, or a Word plan); never throws. */
export function receivePlanBytes(file: string, bytes: Uint8Array): ReceivedFile {
  if (bytes.length === 0) {
    return { kind: 'unreadable', file, message: 'Tệp rỗng: không có nội dung nào để đọc.' };
  }
  if (readsAsWord(file, bytes)) return receiveWordBytes(file, bytes);
  if (bytes.length > MAX_FILE_BYTES) {
    return { kind: 'unreadable', file, message: tooLargeMessage(bytes.length) };
  }
  const read = readPlanFile(bytes);
  if (read.ok) return { kind: 'plan', file, plan: read.plan, fromVersion: read.fromVersion };
  const quoted = read.problems
    .slice(0, PROBLEMS_QUOTED)
    .map((problem) => (problem.where ? `${problem.where}: ${problem.message}` : problem.message));
  const more = read.problems.length - quoted.length;
  if (more > 0) quoted.push(`và ${more} vấn đề khác.`);
  return { kind: 'unreadable', file, message: quoted.join(' ') };
}

const archiveMessages = {
  'not-zip': 'Tệp không phải tệp nén .zip đọc được.',
  damaged: 'Tệp nén .zip bị hỏng, không mở được.',
  'too-many-entries': `Tệp nén chứa hơn ${formatAmount(MAX_ROUND_FILES)} tệp; hãy chia thành nhiều tệp nén nhỏ hơn.`,
  'too-large': `Các tệp trong tệp nén, khi giải nén, lớn hơn ${formatMegabytes(archiveLimits.maxTotalBytes)}; hãy chia thành nhiều tệp nén nhỏ hơn.`,
} as const;

/** Plans, and files put in an archive by mistake that should be named (not folders or readme). */
const isRoundEntry = (name: string) =>
  /\.(json|docx?)$/i.test(name) && !/(^|\/)__MACOSX\//.test(name);

/**
 * Every file of an arrival read: archives opened (one level: an archive inside an archive is
 * listed as unreadable), each plan read on its own.
 */
export function receiveFiles(files: readonly IncomingFile[]): ReceivedFile[] {
  return [...receiveEach(files)];
}

/**
 * `receiveFiles` one file at a time, in the same order: a caller that checks each plan and lets it
 * go (`ke-hoach tong-hop` over 2,000 files) holds one parsed plan at a time, and an archive's
 * entries are let go as they are read.
 */
export function* receiveEach(files: Iterable<IncomingFile>): Generator<ReceivedFile> {
  for (const { name, bytes } of files) {
    if (!/\.zip$/i.test(name) || !looksLikeZip(bytes)) {
      yield receivePlanBytes(name, bytes);
      continue;
    }
    const archive = unzipCapped(bytes, archiveLimits, isRoundEntry);
    if (!archive.ok) {
      yield { kind: 'unreadable', file: name, message: archiveMessages[archive.reason] };
      continue;
    }
    if (archive.entries.length === 0 && archive.skipped.length === 0) {
      yield {
        kind: 'unreadable',
        file: name,
        message: 'Tệp nén bị hỏng hoặc không chứa tệp kế hoạch (.json, .docx) nào.',
      };
    }
    const entries = archive.entries.reverse();
    for (let entry = entries.pop(); entry !== undefined; entry = entries.pop()) {
      yield receivePlanBytes(`${name} › ${entry.name}`, entry.bytes);
    }
    for (const skipped of archive.skipped) {
      yield {
        kind: 'unreadable',
        file: `${name} › ${skipped.name}`,
        message:
          skipped.reason === 'too-large'
            ? `Tệp trong tệp nén lớn hơn ${formatMegabytes(maxBytesOf(skipped.name))} khi giải nén; một kế hoạch thật chỉ vài trăm kB.`
            : 'Tệp này trong tệp nén bị hỏng, không giải nén được.',
      };
    }
  }
}
