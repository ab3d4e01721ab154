/**
 * Identity of a plan file. A file names its format and version so that any later change of shape
 * is a new version with a migration (see `migrations/`), never a silent reinterpretation.
 */

/** The `format` field of every plan file. */
export const PLAN_FORMAT = 'ke-hoach-cchc';

/** The version this code writes; older versions are migrated up to it, newer ones refused. */
export const CURRENT_VERSION = 3;

/** Files above this size are refused before parsing: a real plan is a few hundred kB at most. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Where the site publishes the JSON Schema of the current version, relative to the site base. */
export const PLAN_SCHEMA_PATH = `schema/${PLAN_FORMAT}-v${CURRENT_VERSION}.json`;
