/**
 * The files of a round as they arrive: each picked or dropped file, or each file inside a .zip
 * of them, read by the model's reader. A file that is not a plan never stops the round: it is
 * kept in the list with its reason in Vietnamese, and the rest goes on. Nothing in a file runs;
 * it is only ever parsed as JSON (or, for an archive, unzipped within caps).
 */
import { MAX_FILE_BYTES } from '../plan/file-format.ts';
import { tooLargeMessage } from '../plan/read/decode.ts';
import { readPlanFile } from '../plan/read/index.ts';
import { formatMegabytes } from '../plan/read/size.ts';
import { looksLikeZip, unzipCapped, type ZipLimits } from '../plan/read/unzip.ts';
import type { Plan } from '../plan/schema.ts';
import { formatAmount } from '../plan/vi-format.ts';
import { MAX_ROUND_FILES } from './limits.ts';

export { MAX_ROUND_FILES };

/** What one archive may hold: a round's worth of plans, each within a plan file's own limit. */
export const archiveLimits: ZipLimits = {
  maxEntries: MAX_ROUND_FILES,
  maxEntryBytes: MAX_FILE_BYTES,
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
    }
  | { kind: 'unreadable'; file: string; message: string };

/** How many of a file's problems are quoted in its one-line reason; the rest are counted. */
const PROBLEMS_QUOTED = 3;

const isWordFile = (name: string) => /\.docx?$/i.test(name);

function wordMessage(): string {
  return (
    'Đây là tệp Word. Trang tổng hợp đọc tệp kế hoạch .json do công cụ soạn kế hoạch lưu ra; ' +
    'hãy đề nghị đơn vị gửi kèm tệp .json (nút “Lưu tệp kế hoạch”).'
  );
}

/** One plan file's bytes, read; never throws. */
export function receivePlanBytes(file: string, bytes: Uint8Array): ReceivedFile {
  if (bytes.length > MAX_FILE_BYTES) {
    return { kind: 'unreadable', file, message: tooLargeMessage(bytes.length) };
  }
  if (bytes.length === 0) {
    return { kind: 'unreadable', file, message: 'Tệp rỗng: không có nội dung nào để đọc.' };
  }
  if (isWordFile(file) && looksLikeZip(bytes)) {
    return { kind: 'unreadable', file, message: wordMessage() };
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
        message: 'Tệp nén bị hỏng hoặc không chứa tệp kế hoạch .json nào.',
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
            ? `Tệp trong tệp nén lớn hơn ${formatMegabytes(MAX_FILE_BYTES)} khi giải nén; một kế hoạch thật chỉ vài trăm kB.`
            : 'Tệp này trong tệp nén bị hỏng, không giải nén được.',
      };
    }
  }
}
