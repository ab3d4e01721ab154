/**
 * Version 2 records the outline a plan follows (`template`), since the 2021–2030 programme joined
 * the 2012 outline. Every version 1 file followed the 2012 outline, and nothing else changed, so
 * the step only names that template; the version 2 schema then checks the whole plan, in the same
 * words as before, since the fields are the same.
 */
import { readProblem } from '../read/problem.ts';
import { DEFAULT_TEMPLATE_ID } from '../templates.ts';
import { relinkedSchema } from './schema-link.ts';
import type { Migration, MigrationOutcome } from './types.ts';

export const v1ToV2: Migration = {
  from: 1,
  migrate(value: unknown): MigrationOutcome {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return {
        ok: false,
        problems: [readProblem([], 'Tệp phiên bản 1 phải là một đối tượng JSON.')],
      };
    }
    const { $schema, ...rest } = value as Record<string, unknown>;
    if (Object.hasOwn(rest, 'template')) {
      return {
        ok: false,
        problems: [
          readProblem(
            ['template'],
            'Tệp ghi phiên bản 1 nhưng có trường “template” của phiên bản 2: hãy sửa “version” thành 2.',
          ),
        ],
      };
    }
    return {
      ok: true,
      value: {
        ...relinkedSchema($schema, 1),
        ...rest,
        version: 2,
        template: DEFAULT_TEMPLATE_ID,
      },
      notices: [],
    };
  },
};
