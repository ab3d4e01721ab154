/**
 * A round as one file: to move it to another computer, keep it beside the received plans, or
 * hand it over. The same shape is what the desk keeps in the browser's IndexedDB. Plans are
 * stored as plan values and read again with the model's reader when the round is opened, so a
 * round saved by an older tool is migrated like any plan file, and a damaged plan in it becomes
 * an unreadable file of the round, never a broken round.
 */
import * as z from 'zod/mini';
import { readPlanValue } from '../plan/read/index.ts';
import { MAX_NAME_LENGTH, MAX_YEAR, MIN_YEAR } from '../plan/schema.ts';
import { formatMegabytes } from '../plan/read/size.ts';
import { MAX_ROSTER_UNITS } from './roster.ts';
import { MAX_ROUND_FILES } from './received.ts';
import type { Round, RoundFile } from './round.ts';
import { readStoredWord, storedWordMessage } from './word-source.ts';

export const ROUND_FORMAT = 'tong-hop-ke-hoach-cchc';
export const ROUND_VERSION = 1;
/** 2,000 plans of a few hundred kB each; a larger file is refused before it is parsed. */
export const MAX_ROUND_FILE_BYTES = 256 * 1024 * 1024;

const text = (max: number) => z.string().check(z.maxLength(max));
const MAX_MESSAGE_LENGTH = 5000;

const storedFileSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9_-]+$/)),
  file: text(2000),
  /** A plan as the reader accepted it when it was received; read again on opening. */
  plan: z.optional(z.unknown()),
  /** Why the file could not be read. */
  message: z.optional(text(MAX_MESSAGE_LENGTH)),
  /**
   * For a plan read from a Word file: the reader's report (word-source.ts), checked on its own so
   * that a damaged one makes that file unreadable, not the round. Absent in older rounds.
   */
  word: z.optional(z.unknown()),
});

/** The abbreviation in "BC-SNV": a few letters; longer is a mistake or a hostile file. */
export const MAX_ABBREVIATION_LENGTH = 20;

/** Who sends the summary and the letters (`RoundSender`); every field may be left out. */
const storedSenderSchema = z.strictObject({
  name: z.optional(text(MAX_NAME_LENGTH)),
  province: z.optional(text(MAX_NAME_LENGTH)),
  place: z.optional(text(MAX_NAME_LENGTH)),
  abbreviation: z.optional(text(MAX_ABBREVIATION_LENGTH)),
  signingForm: z.optional(z.enum(['', 'KT.', 'TL.', 'TUQ.', 'Q.'])),
  signingFor: z.optional(text(MAX_NAME_LENGTH)),
  signerTitle: z.optional(text(MAX_NAME_LENGTH)),
  signerName: z.optional(text(MAX_NAME_LENGTH)),
  issueDate: z.optional(z.nullable(z.iso.date())),
});

export const storedRoundSchema = z.strictObject({
  format: z.literal(ROUND_FORMAT),
  version: z.literal(ROUND_VERSION),
  name: text(MAX_NAME_LENGTH),
  planYear: z.nullable(z.int().check(z.minimum(MIN_YEAR), z.maximum(MAX_YEAR))),
  deadline: z.nullable(z.iso.date()),
  roster: z.array(text(MAX_NAME_LENGTH)).check(z.maxLength(MAX_ROSTER_UNITS)),
  /** Absent in rounds saved before the page asked for it: they read unchanged. */
  sender: z.optional(storedSenderSchema),
  kept: z.record(text(2000), text(64)),
  province: z.optional(text(64)),
  matches: z.optional(z.record(text(2000), z.record(text(64), text(64)))),
  files: z.array(storedFileSchema).check(z.maxLength(MAX_ROUND_FILES)),
});

export type StoredRound = z.infer<typeof storedRoundSchema>;

/** The round as stored: plans as their values. */
export function storeRound(round: Round): StoredRound {
  return {
    format: ROUND_FORMAT,
    version: ROUND_VERSION,
    name: round.name,
    planYear: round.planYear,
    deadline: round.deadline,
    roster: round.roster,
    ...(round.sender === undefined ? {} : { sender: round.sender }),
    kept: round.kept,
    ...(round.province === undefined ? {} : { province: round.province }),
    ...(round.matches === undefined ? {} : { matches: round.matches }),
    files: round.files.map((file) =>
      file.kind === 'plan'
        ? { id: file.id, file: file.file, plan: file.plan, ...(file.word && { word: file.word }) }
        : { id: file.id, file: file.file, message: file.message },
    ),
  };
}

export type OpenedRound = { ok: true; round: Round } | { ok: false; message: string };

const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

/** Whether a record the round keys by unit or row holds a key that could reach a prototype. */
function holdsForbiddenKey(value: unknown, depth = 0): boolean {
  if (typeof value !== 'object' || value === null || depth > 2) return false;
  return Object.keys(value).some(
    (key) =>
      forbiddenKeys.has(key) ||
      holdsForbiddenKey((value as Record<string, unknown>)[key], depth + 1),
  );
}

/** A stored round (from IndexedDB, or a parsed round file) read back; never throws. */
export function openStoredRound(value: unknown): OpenedRound {
  const record =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const words = Array.isArray(record.files)
    ? record.files.map((file: unknown) => (file as { word?: unknown } | null)?.word)
    : [];
  if (
    holdsForbiddenKey(record.kept) ||
    holdsForbiddenKey(record.matches) ||
    holdsForbiddenKey(record.sender) ||
    words.some((word) => holdsForbiddenKey(word))
  ) {
    return {
      ok: false,
      message:
        'Tệp tổng hợp chứa tên trường không được phép (có thể là dữ liệu độc hại): không đọc được.',
    };
  }
  const parsed = storedRoundSchema.safeParse(value);
  if (!parsed.success) {
    const isRound =
      typeof value === 'object' &&
      value !== null &&
      (value as { format?: unknown }).format === ROUND_FORMAT;
    if (isRound && (value as { version?: unknown }).version !== ROUND_VERSION) {
      return {
        ok: false,
        message: `Tệp tổng hợp được lưu bằng phiên bản khác của công cụ (phiên bản ${String((value as { version?: unknown }).version)}); công cụ này đọc phiên bản ${ROUND_VERSION}.`,
      };
    }
    return {
      ok: false,
      message: isRound
        ? 'Tệp tổng hợp bị hỏng hoặc đã bị sửa tay: không đọc được.'
        : `Đây không phải tệp tổng hợp (tệp tổng hợp ghi "format": "${ROUND_FORMAT}").`,
    };
  }
  const stored = parsed.data;
  const files: RoundFile[] = stored.files.map(({ id, file, plan, message, word }) => {
    if (plan === undefined) {
      return { kind: 'unreadable', id, file, message: message ?? 'Không đọc được tệp.' };
    }
    const report = word === undefined ? undefined : readStoredWord(word);
    if (report === null) return { kind: 'unreadable', id, file, message: storedWordMessage };
    const read = readPlanValue(plan);
    if (read.ok) {
      return {
        kind: 'plan',
        id,
        file,
        plan: read.plan,
        fromVersion: read.fromVersion,
        ...(report && { word: report }),
      };
    }
    return {
      kind: 'unreadable',
      id,
      file,
      message: read.problems
        .slice(0, 3)
        .map((problem) =>
          problem.where ? `${problem.where}: ${problem.message}` : problem.message,
        )
        .join(' '),
    };
  });
  const ids = new Set(files.map((file) => file.id));
  if (ids.size !== files.length) {
    return { ok: false, message: 'Tệp tổng hợp bị hỏng: hai tệp mang cùng một mã.' };
  }
  return {
    ok: true,
    round: {
      name: stored.name,
      planYear: stored.planYear,
      deadline: stored.deadline,
      roster: stored.roster,
      ...(stored.sender && { sender: stored.sender }),
      kept: Object.fromEntries(Object.entries(stored.kept).filter(([, id]) => ids.has(id))),
      ...(stored.province !== undefined &&
        ids.has(stored.province) && { province: stored.province }),
      ...(stored.matches && { matches: stored.matches }),
      files,
    },
  };
}

/** A round file's bytes read; never throws. */
export function readRoundFile(bytes: Uint8Array): OpenedRound {
  if (bytes.length > MAX_ROUND_FILE_BYTES) {
    return {
      ok: false,
      message: `Tệp tổng hợp quá lớn (${formatMegabytes(bytes.length)}); giới hạn là ${formatMegabytes(MAX_ROUND_FILE_BYTES)}.`,
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return {
      ok: false,
      message: 'Tệp không phải tệp tổng hợp .json đọc được (hỏng hoặc sai định dạng).',
    };
  }
  return openStoredRound(value);
}

/** The round file's text: a plan file's conventions (UTF-8, two-space indent, final newline). */
export function writeRoundFile(round: Round): string {
  return `${JSON.stringify(storeRound(round), null, 2)}\n`;
}
