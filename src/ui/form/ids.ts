/**
 * The HTML ids of a form's parts, from the data path each part edits (`rows[3].to.year`). One
 * function for both ends: a field names its group, its controls and its messages with it, and a
 * link to a path (an error summary's) focuses the element it names, so the two always agree.
 */

/** `rows[3].to.year` → `f-rows-3-to-year`; the whole document is `f-plan`. */
export function fieldId(path: string): string {
  return `f-${slug(path) || 'plan'}`;
}

/**
 * The part of a field a path names, as its control's id ends: `[0]` → `0`, `.year` → `year`;
 * empty for the field itself. `fieldId(field + rest)` is `${fieldId(field)}-${partOf(rest)}`.
 */
export const partOf = (rest: string): string => slug(rest);

const slug = (path: string): string => path.replace(/[^a-zA-Z0-9]+/g, '-').replace(/^-+|-+$/g, '');
