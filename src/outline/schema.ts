/**
 * Shape of the outline (Đề cương) kept as data in `content/outline/`.
 * The outline page and the plan model both read that data through these schemas,
 * so the published text and the builder can never drift apart.
 */
import { z } from 'astro/zod';

/**
 * Kinds of unit that make a plan: the 2012 letter addresses a Sở and a UBND huyện; since 1/7/2025
 * local government has two tiers, so the 2021–2030 programme adds UBND cấp xã, phường.
 */
export const unitTypeSchema = z.enum(['tinh', 'so', 'huyen', 'xa']);
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
  /** The 2012 outline's id of the same area, where the programme renamed it (merging across templates). */
  formerId: z.string().optional(),
});
export type Area = z.infer<typeof areaSchema>;

/**
 * An outline a plan can follow: the 2012 outline (the default) or the 2021–2030 programme. A plan
 * records its template's id, and its areas, unit types and citations all come from here.
 */
/** An area as a template lists it: enough to name, order and validate, without the points. */
export const areaSummarySchema = areaSchema.pick({
  id: true,
  order: true,
  title: true,
  tableTitle: true,
  formerId: true,
});
export type AreaSummary = z.infer<typeof areaSummarySchema>;

export const templateSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Full name, as the builder offers it. */
  title: z.string(),
  /** Short name for labels and citations. */
  shortTitle: z.string(),
  /** The site page (route, without slashes) that publishes the template's areas. */
  page: z.string().regex(/^[a-z0-9-]+$/),
  /** Anchor of area n on that page is `<prefix><n>`. */
  areaAnchorPrefix: z.string(),
  /** Citation label of area n is `<label><n>`. */
  areaCitationLabel: z.string(),
  unitTypes: z.array(unitTypeSchema).min(1),
  /** The document a plan on this template is based on, for its opening "Căn cứ …" line. */
  basis: z.string().optional(),
  default: z.boolean(),
  /**
   * The first plan year this template is the right one for, until the next template's year: the
   * builder proposes it for a new plan of that year. The other template stays selectable.
   */
  plansFrom: z.number().int().min(2000),
  /** `tasksDigest` of section II as a new plan starts it, per unit type (src/plan/tasks-digest.ts). */
  starterDigests: z.partialRecord(unitTypeSchema, z.string().regex(/^[0-9a-f]{8}$/)),
  /**
   * The template's areas without their points, which only starting a plan and a few rules need:
   * the builder can then read a saved plan without loading every outline's text. A unit test
   * checks that they match the areas files.
   */
  areas: z.array(areaSummarySchema).min(1),
});
export type TemplateData = z.infer<typeof templateSchema>;

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
