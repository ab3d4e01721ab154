/**
 * The shape of the register of unit names: `content/units/register.json` (the units) and
 * `content/units/sources.json` (the documents they cite). Checked by
 * tests/unit/plan/unit-register.test.ts; the checker reads the data without it.
 */
import * as z from 'zod/mini';

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const id = z.string().check(z.regex(/^[a-z0-9-]+$/));

/** How a unit stopped existing; each has its wording in the checker's message. */
export const replacementKinds = [
  'hop-nhat',
  'to-chuc-lai',
  'bo-cap-huyen',
  'thoi-to-chuc',
] as const;

export const unitSourceSchema = z.object({
  id,
  /** Number and kind, as cited: "Nghị định số 150/2025/NĐ-CP". */
  label: z.string(),
  date: isoDate,
  title: z.string(),
  effective: z.optional(isoDate),
  /** What of it could be checked, where less than the whole text was read. */
  checked: z.optional(z.string()),
});

export const registeredUnitSchema = z.object({
  id,
  /** The official name, as it is written in a plan. */
  name: z.string(),
  /** Short forms people type: "Sở TN&MT", "TT PVHCC". */
  abbreviations: z.optional(z.array(z.string())),
  /** A sở or equivalent, a board or centre, an organisation, a People's Committee, an office. */
  kind: z.enum([
    'so',
    'ban',
    'to-chuc',
    'ubnd',
    'phong-thuoc-so',
    'phong-thuoc-huyen',
    'phong-thuoc-xa',
  ]),
  /** The levels of local government it belongs to. */
  levels: z.array(z.enum(['tinh', 'huyen', 'xa'])),
  /** First day it existed under this name, where it began within the register's span. */
  validFrom: z.optional(isoDate),
  /** Last day it existed; absent while it exists. */
  validTo: z.optional(isoDate),
  replacedBy: z.optional(
    z.object({
      /** The day the successors took over: the day after `validTo`. */
      date: isoDate,
      how: z.enum(replacementKinds),
      successors: z.optional(z.array(id)),
      /** What to write instead, where no single successor takes everything over. */
      advice: z.optional(z.string()),
      /** The source of the change (an id of sources.json). */
      source: id,
    }),
  ),
  /** Ids of sources.json, with the article where it could be checked. */
  sources: z.array(z.object({ source: id, article: z.optional(z.string()) })),
  /** Where provinces differ, or what the dates mean. */
  note: z.optional(z.string()),
});

export type UnitSource = z.infer<typeof unitSourceSchema>;
export type RegisteredUnit = z.infer<typeof registeredUnitSchema>;
