/**
 * Shape of the outline (Đề cương) kept as data in `content/outline/`.
 * The outline page and the plan model both read that data through these schemas,
 * so the published text and the builder can never drift apart.
 */
import { z } from 'astro/zod';

/** The two kinds of unit the 2012 letter addresses. */
export const unitTypeSchema = z.enum(['so', 'huyen']);
export type UnitType = z.infer<typeof unitTypeSchema>;

export const outlinePointSchema = z.object({
  /** Stable id, `<area id>-<n>`. */
  id: z.string(),
  /** The bullet's wording, verbatim from the outline. */
  text: z.string(),
  /** Unit types the point is meant for; the outline marks some for one type only. */
  appliesTo: z.array(unitTypeSchema).min(1),
  /** A task wording fitted to one unit type, where the outline words the point per type (II.1). */
  taskByUnitType: z.partialRecord(unitTypeSchema, z.string()).optional(),
  /** A condition per unit type, where the outline restricts the point (II.5: only the Sở concerned). */
  condition: z.partialRecord(unitTypeSchema, z.string()).optional(),
});
export type OutlinePoint = z.infer<typeof outlinePointSchema>;

export const areaSchema = z.object({
  /** Stable slug; plans store it, so it never changes. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Position in outline II (1–7) and in the table (I–VII). */
  order: z.number().int().min(1),
  /** Heading in outline II. */
  title: z.string(),
  /** Group label in the table of outline III. */
  tableTitle: z.string(),
  /** A paragraph that stands instead of bullets (II.7). */
  intro: z.string().optional(),
  points: z.array(outlinePointSchema),
  /** Starting tasks where the outline gives a paragraph rather than bullets. */
  suggestedTasks: z.array(z.string()).optional(),
});
export type Area = z.infer<typeof areaSchema>;

export const tableColumnSchema = z.object({
  id: z.enum([
    'generalTask',
    'specificTask',
    'products',
    'leadUnit',
    'coordinatingUnits',
    'period',
    'budgetVnd',
    'notes',
  ]),
  order: z.number().int().min(1),
  /** Column heading, verbatim from the outline's table. */
  label: z.string(),
  /** What the outline's blank table shows in the cell. */
  placeholder: z.string().optional(),
});
export type TableColumn = z.infer<typeof tableColumnSchema>;
