/**
 * A file's `$schema` as a migration step leaves it: a link to the published schema of the version
 * it was written in now names the next version's (an editor following the old one would flag the
 * new fields); a link elsewhere is kept as written; a value that is not text is kept too, for the
 * schema to refuse as it would in a current file.
 */
import { PLAN_FORMAT } from '../file-format.ts';

export function relinkedSchema($schema: unknown, from: number): { $schema?: unknown } {
  if ($schema === undefined) return {};
  const oldFile = `${PLAN_FORMAT}-v${from}.json`;
  if (typeof $schema === 'string' && $schema.endsWith(oldFile)) {
    return { $schema: `${$schema.slice(0, -oldFile.length)}${PLAN_FORMAT}-v${from + 1}.json` };
  }
  return { $schema };
}
