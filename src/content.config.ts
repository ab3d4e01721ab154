import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { areaSchema, tableColumnSchema, templateSchema } from './outline/schema.ts';

const basisSchema = z.object({
  /** Number and kind of the document, as cited: "Quyết định số 1009/QĐ-UBND". */
  label: z.string(),
  date: z.coerce.date(),
  /** What it is, in one line. */
  summary: z.string(),
});

/** The published letter and outline, and the trainers' page: prose in MDX, one entry per page. */
const documents = defineCollection({
  loader: glob({ base: './content', pattern: '{guidance,outline,training}/*.mdx' }),
  schema: z.object({
    title: z.string(),
    description: z.string().max(200),
    /** The letter's identity, shown in its document box. */
    document: z
      .object({
        number: z.string(),
        date: z.coerce.date(),
        issuer: z.string(),
        signer: z.string(),
        signerTitle: z.string(),
        kind: z.string(),
        basis: z.array(basisSchema),
      })
      .optional(),
  }),
});

/** The 2012 outline's seven areas: rendered on /de-cuong/ and read by the plan model. */
const areas = defineCollection({
  loader: file('./content/outline/areas.json'),
  schema: areaSchema,
});

/** The 2021–2030 programme's areas: rendered on /chuong-trinh-2021-2030/, read by the plan model. */
const programmeAreas = defineCollection({
  loader: file('./content/outline/areas-2021-2030.json'),
  schema: areaSchema,
});

/** The templates a plan can follow, with their areas' names (src/plan/templates.ts). */
const templates = defineCollection({
  loader: file('./content/outline/templates.json'),
  schema: templateSchema,
});

/** The columns of the outline's implementation table (section III). */
const tableColumns = defineCollection({
  loader: file('./content/outline/table-columns.json'),
  schema: tableColumnSchema,
});

const glossary = defineCollection({
  loader: file('./content/glossary/terms.json'),
  schema: z.object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    term: z.string(),
    /** Full form of an abbreviation. */
    expansion: z.string().optional(),
    definition: z.string(),
    /** Forms in the published text whose first occurrence on a page links here. */
    matches: z.array(z.string()),
    related: z.array(z.string()).optional(),
    /** The site's page that says more, as a route with its anchor: "theo-doi-bao-cao/#ky-bao-cao". */
    see: z
      .object({ path: z.string().regex(/^[a-z0-9-]+\/(#[a-z0-9-]+)?$/), label: z.string() })
      .optional(),
  }),
});

export const collections = {
  documents,
  areas,
  programmeAreas,
  templates,
  tableColumns,
  glossary,
};
