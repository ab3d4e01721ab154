import type { ReadProblem } from '../read/problem.ts';

export type MigrationOutcome =
  { ok: true; value: unknown; notices: string[] } | { ok: false; problems: ReadProblem[] };

/**
 * One step, from version `from` to `from + 1`. A step validates its own input shape (so problems
 * are reported in the words of that version) and is deterministic: the same old file always
 * becomes the same new one.
 */
export interface Migration {
  from: number;
  migrate(value: unknown): MigrationOutcome;
}
