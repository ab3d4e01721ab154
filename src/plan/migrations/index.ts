/**
 * The chain of format migrations. Reading a file of version n runs every step from n up to the
 * current version, one at a time; a change of shape adds one step here and never edits an old one.
 */
import { CURRENT_VERSION } from '../file-format.ts';
import type { ReadProblem } from '../read/problem.ts';
import type { Migration } from './types.ts';
import { v0ToV1 } from './v0-to-v1.ts';
import { v1ToV2 } from './v1-to-v2.ts';
import { v2ToV3 } from './v2-to-v3.ts';

export const migrations: readonly Migration[] = [v0ToV1, v1ToV2, v2ToV3];

/** The oldest version that can still be read. */
export const OLDEST_VERSION = Math.min(CURRENT_VERSION, ...migrations.map((step) => step.from));

export type MigrateOutcome =
  { ok: true; value: unknown; notices: string[] } | { ok: false; problems: ReadProblem[] };

export interface MigrateOptions {
  /** The chain to use; tests pass their own to exercise multi-step paths. */
  steps?: readonly Migration[];
  toVersion?: number;
}

export function migrate(
  value: unknown,
  fromVersion: number,
  { steps = migrations, toVersion = CURRENT_VERSION }: MigrateOptions = {},
): MigrateOutcome {
  let current = value;
  const notices: string[] = [];
  for (let version = fromVersion; version < toVersion; version++) {
    const step = steps.find((candidate) => candidate.from === version);
    if (!step) {
      return {
        ok: false,
        problems: [
          {
            path: 'version',
            where: 'Trường “version”',
            message: `Không có cách chuyển tệp từ phiên bản ${version} lên phiên bản ${version + 1}.`,
          },
        ],
      };
    }
    const outcome = step.migrate(current);
    if (!outcome.ok) return outcome;
    current = outcome.value;
    notices.push(...outcome.notices);
  }
  return { ok: true, value: current, notices };
}
