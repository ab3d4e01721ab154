/**
 * Version 3 adds how a plan is carried out: each task's `progress` and the plan's `reporting`
 * (its report calendar and the text of each periodic report), and the province's own plan (unit
 * type `tinh`, UBND tỉnh), which the Sở Nội vụ's desk checks the others against. The tracking
 * fields are optional and absent until the unit starts tracking, so a version 2 plan is already a
 * valid version 3 plan: the step only renumbers it and points an editor's link to the new schema.
 */
import { readProblem } from '../read/problem.ts';
import { relinkedSchema } from './schema-link.ts';
import type { Migration, MigrationOutcome } from './types.ts';

const versionThreeFields = ['reporting'] as const;

export const v2ToV3: Migration = {
  from: 2,
  migrate(value: unknown): MigrationOutcome {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return {
        ok: false,
        problems: [readProblem([], 'Tệp phiên bản 2 phải là một đối tượng JSON.')],
      };
    }
    const { $schema, ...rest } = value as Record<string, unknown>;
    const early = versionThreeFields.filter((field) => Object.hasOwn(rest, field));
    const rows = Array.isArray(rest.rows) ? (rest.rows as unknown[]) : [];
    const rowWithProgress = rows.findIndex(
      (row) => typeof row === 'object' && row !== null && Object.hasOwn(row, 'progress'),
    );
    const unit = rest.unit;
    if (typeof unit === 'object' && unit !== null && (unit as { type?: unknown }).type === 'tinh') {
      return {
        ok: false,
        problems: [
          readProblem(
            ['unit', 'type'],
            'Kế hoạch của UBND tỉnh chỉ có từ phiên bản 3 của định dạng tệp: hãy sửa “version” thành 3.',
          ),
        ],
      };
    }
    if (early.length > 0 || rowWithProgress >= 0) {
      return {
        ok: false,
        problems: [
          readProblem(
            early.length > 0 ? [early[0]!] : ['rows', rowWithProgress, 'progress'],
            'Tệp ghi phiên bản 2 nhưng có phần theo dõi thực hiện của phiên bản 3: hãy sửa “version” thành 3.',
          ),
        ],
      };
    }
    return {
      ok: true,
      value: {
        ...relinkedSchema($schema, 2),
        ...rest,
        version: 3,
      },
      notices: [],
    };
  },
};
