/**
 * Reading a plan file. `readPlanFile` never throws, whatever it is given: every way a file can be
 * wrong comes back as a list of problems in Vietnamese, each with where it is. A file of an older
 * version is migrated step by step; a newer one is refused rather than guessed at.
 *
 * A plan whose only problems are values out of range or texts over their length is not refused
 * outright: the failure carries a `repair` (see `./repair.ts`) for the builder's repair view.
 */
import { CURRENT_VERSION, PLAN_FORMAT } from '../file-format.ts';
import { migrate, OLDEST_VERSION } from '../migrations/index.ts';
import type { RowLocator } from '../paths.ts';
import { planSchema, type Plan } from '../schema.ts';
import { decodeInput } from './decode.ts';
import { issueToProblems } from './issue-messages.ts';
import { parseJson, sanitizeValue } from './parse-json.ts';
import { describeValue, readProblem, type ReadProblem } from './problem.ts';
import { fixesFor, withValues, type Repair } from './repair.ts';

export type { Repair, RepairFix } from './repair.ts';

export type ReadResult =
  | {
      ok: true;
      plan: Plan;
      /** The version the file was written in; below CURRENT_VERSION means it was migrated. */
      fromVersion: number;
      /** What migration changed that the user should look at, in Vietnamese. */
      notices: string[];
      problems: readonly [];
    }
  | {
      ok: false;
      problems: ReadProblem[];
      /** Present when every problem is a value to put right: the plan can still be repaired. */
      repair?: Repair;
    };

/** A broken file can have thousands of problems; past this many, more help nobody. */
export const MAX_PROBLEMS = 50;

function fail(problems: ReadProblem[], repair?: Repair): ReadResult {
  if (problems.length <= MAX_PROBLEMS) return { ok: false, problems, ...(repair && { repair }) };
  const shown = problems.slice(0, MAX_PROBLEMS - 1);
  shown.push(
    readProblem(
      [],
      `Còn ${problems.length - shown.length} vấn đề khác; hãy sửa các vấn đề trên rồi đọc lại tệp.`,
    ),
  );
  return { ok: false, problems: shown, ...(repair && { repair }) };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function readVersion(
  value: Record<string, unknown>,
): { ok: true; version: number } | { ok: false; problem: ReadProblem } {
  const problem = (message: string) => ({
    ok: false as const,
    problem: readProblem(['version'], message),
  });
  const { version } = value;
  if (version === undefined) {
    return problem(
      'Thiếu trường “version” (phiên bản định dạng tệp), nên không biết đọc tệp theo cách nào.',
    );
  }
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return problem(
      `Trường “version” phải là một số nguyên, nhưng đang là ${describeValue(version)}.`,
    );
  }
  if (version > CURRENT_VERSION) {
    return problem(
      `Tệp được lưu bằng phiên bản mới hơn của công cụ (định dạng phiên bản ${version}); ` +
        `công cụ này chỉ đọc được đến phiên bản ${CURRENT_VERSION}. Hãy dùng công cụ mới hơn để mở tệp; tệp không bị thay đổi.`,
    );
  }
  if (version < OLDEST_VERSION) {
    return problem(`Không có định dạng tệp kế hoạch nào mang phiên bản ${version}.`);
  }
  return { ok: true, version };
}

function readValue(clean: unknown): ReadResult {
  if (!isRecord(clean)) {
    return fail([
      readProblem(
        [],
        `Nội dung tệp phải là một nhóm trường bắt đầu bằng “{”, nhưng đang là ${describeValue(clean)}.`,
      ),
    ]);
  }
  if (clean.format !== PLAN_FORMAT) {
    const message =
      clean.format === undefined
        ? `Đây không phải tệp kế hoạch CCHC: thiếu trường “format” (tệp kế hoạch ghi "format": "${PLAN_FORMAT}").`
        : `Đây không phải tệp kế hoạch CCHC: trường “format” là ${describeValue(clean.format)}, không phải “${PLAN_FORMAT}”.`;
    return fail([readProblem(['format'], message)]);
  }
  const version = readVersion(clean);
  if (!version.ok) return fail([version.problem]);
  const migrated = migrate(clean, version.version);
  if (!migrated.ok) return fail(migrated.problems);
  const parsed = planSchema.safeParse(migrated.value, { reportInput: true });
  if (!parsed.success) {
    const { issues } = parsed.error;
    // Values to put right need a plan around them, with its rows to say where they are.
    const value =
      isRecord(migrated.value) && Array.isArray(migrated.value.rows) ? migrated.value : undefined;
    const fixes = value && fixesFor(issues, value as unknown as RowLocator);
    return fail(
      issues.flatMap((issue) => issueToProblems(issue)),
      value &&
        fixes && {
          value,
          fixes,
          fromVersion: version.version,
          notices: migrated.notices,
        },
    );
  }
  return {
    ok: true,
    plan: parsed.data,
    fromVersion: version.version,
    notices: migrated.notices,
    problems: [],
  };
}

function guarded(read: () => ReadResult): ReadResult {
  try {
    return read();
  } catch {
    // Every known failure is handled above; this keeps the promise of never throwing even for a bug.
    return fail([
      readProblem(
        [],
        'Không đọc được tệp do một lỗi không lường trước của công cụ. Hãy báo lại kèm tệp này.',
      ),
    ]);
  }
}

/** Reads a plan file's text or bytes (UTF-8, or UTF-16 with a byte-order mark). */
export function readPlanFile(input: string | Uint8Array | ArrayBuffer): ReadResult {
  return guarded(() => {
    const decoded = decodeInput(input);
    if (!decoded.ok) return fail([decoded.problem]);
    const parsed = parseJson(decoded.text);
    if (!parsed.ok) return fail(parsed.problems);
    return readValue(parsed.value);
  });
}

/** Reads a value that is already parsed (e.g. a saved draft), with the same checks. */
export function readPlanValue(value: unknown): ReadResult {
  return guarded(() => {
    const clean = sanitizeValue(value);
    if (!clean.ok) return fail(clean.problems);
    return readValue(clean.value);
  });
}

/**
 * Reads a plan under repair again with the user's values put in place (machine path → value):
 * the same checks as any plan, so a repair is finished only when the reader accepts the result.
 */
export function readRepaired(
  repair: Repair,
  replacements: ReadonlyMap<string, number | string | null>,
): ReadResult {
  const read = readPlanValue(withValues(repair, replacements));
  return read.ok ? { ...read, fromVersion: repair.fromVersion, notices: repair.notices } : read;
}
