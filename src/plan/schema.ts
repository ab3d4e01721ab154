/**
 * The plan file, version 3: one JSON document per unit and year, following the outline (Đề cương)
 * sections I–IV; version 2 added the template the plan follows (`templates.ts`) and the header and
 * signature of a Kế hoạch (Nghị định 30/2020/NĐ-CP); version 3 added how the plan is carried out:
 * each task's progress and the periodic reports (`progress/`).
 *
 * The schema checks shape, not completeness: a draft with empty fields is a valid file, and the
 * guidance checker (`rules/`) says what is still missing. Objects are strict so that a misspelt
 * field is reported instead of silently dropped.
 */
// zod/mini, not `astro/zod`: the builder runs this model in the browser on a 35 kB gzip budget,
// and classic zod's method-chaining API cannot be tree-shaken (about 29 kB gzip in the builder,
// against about 8 kB for zod/mini). Same package, same zod/v4/core underneath: what is accepted,
// the issues and the JSON Schema are unchanged. tests/unit/plan/bundle-size.test.ts guards this.
// (zod/mini parses objects without generated code, about half as fast: well within the bench.)
import * as z from 'zod/mini';
import type { UnitType } from '../outline/schema.ts';
import { isTemplateId, outlineTemplates, templateById, templateIds } from './templates.ts';
import { CURRENT_VERSION, PLAN_FORMAT } from './file-format.ts';
import { periodIds, taskStatuses, type PeriodId } from './progress/ids.ts';
import { unitTypeLabels } from './unit-type-labels.ts';
import { MAX_NAME_LENGTH, MAX_YEAR, MIN_YEAR } from './limits.ts';

/** An area's slug; which ones a plan may use depends on its template (checked on the whole plan). */
export const areaIdSchema = z.string().check(z.maxLength(64), z.regex(/^[a-z0-9-]+$/));
/** Years a plan can be for, and a name's length: in limits.ts, which pages read without zod. */
export { MAX_NAME_LENGTH, MAX_YEAR, MIN_YEAR };
/** 1,000 billion đồng per row, 5,000 rows: sums stay exact in a double (below 2^53). */
export const MAX_ROW_BUDGET_VND = 1_000_000_000_000;
export const MAX_ROWS = 5000;

/*
 * Text limits, in characters (UTF-16 code units, as JavaScript counts them; JSON Schema's
 * `maxLength` counts code points, so a text within these limits is within the published ones).
 * Ten times or more the longest text in the examples, so no real plan comes near them; they keep
 * the checker fast on any input and every cell of the Excel table below Excel's 32,767
 * characters (a list's items share one cell, one per line: 50 × 500 plus the line breaks).
 */
/** A sentence or a short paragraph: a task in the table, a note, a reference, a timing. */
export const MAX_SENTENCE_LENGTH = 2000;
/** The free text of a section: section II per area, section IV, the inspection and dissemination plans. */
export const MAX_SECTION_TEXT_LENGTH = 20_000;
/** One item of a list: an objective, a product, a unit, a recipient, a target, a method. */
export const MAX_LIST_ITEM_LENGTH = 500;
/** Items in any list of text. */
export const MAX_LIST_ITEMS = 50;

/*
 * No titles here: the JSON Schema's titles come from labels.ts in json-schema.ts, so that the
 * builder, which validates drafts with this schema at start-up, does not carry every field's name.
 */
const unitTypeName = (type: string): string =>
  Object.hasOwn(unitTypeLabels, type)
    ? unitTypeLabels[type as keyof typeof unitTypeLabels]
    : `loại đơn vị “${type}”`;

const text = (maxLength: number) => z.string().check(z.maxLength(maxLength));
const textList = () =>
  z.array(z.string().check(z.maxLength(MAX_LIST_ITEM_LENGTH))).check(z.maxLength(MAX_LIST_ITEMS));
/** ISO date (YYYY-MM-DD), or null while not yet known. */
const isoDate = () => z.nullable(z.iso.date());
const year = z.int().check(z.minimum(MIN_YEAR), z.maximum(MAX_YEAR));

/**
 * The outline's unit types, restated because `src/outline/schema.ts` is classic zod (Astro's
 * content collections use it). `satisfies` makes a type missing here, or one the outline lacks, a
 * compile error, so the two lists cannot drift apart.
 */
export const unitTypeSchema = z.enum({
  tinh: 'tinh',
  so: 'so',
  huyen: 'huyen',
  xa: 'xa',
} satisfies {
  [T in UnitType]: T;
});

export const unitSchema = z.strictObject({
  /** "UBND tỉnh Mẫu": first line of the header. */
  parentAgency: text(MAX_NAME_LENGTH),
  /** "Sở Nội vụ", "UBND huyện Mẫu Sơn": the issuing unit. */
  name: text(MAX_NAME_LENGTH),
  /** Decides which outline points apply (II.1, II.5). */
  type: unitTypeSchema,
});

export const signingForms = ['', 'KT.', 'TM.', 'TL.', 'TUQ.', 'Q.'] as const;

export const documentSchema = z.strictObject({
  /** Registration number, often given only when the plan is issued. */
  number: text(MAX_NAME_LENGTH),
  /** "KH-SNV": the part after "Số …/". */
  symbol: text(MAX_NAME_LENGTH),
  place: text(MAX_NAME_LENGTH),
  issueDate: isoDate(),
  /** Empty when the head signs in their own name. */
  signingForm: z.enum(signingForms),
  /** "Giám đốc" after KT., "Ủy ban nhân dân" after TM.; empty when signingForm is. */
  signingFor: text(MAX_NAME_LENGTH),
  signerTitle: text(MAX_NAME_LENGTH),
  signerName: text(MAX_NAME_LENGTH),
  /** Nơi nhận, one recipient per entry, without the leading "- " and trailing ";". */
  recipients: textList(),
});

export const provincePlanSchema = z.strictObject({
  /** "Quyết định số …/QĐ-UBND ngày … của UBND tỉnh …" (letter I.3 asks to check against it). */
  reference: text(MAX_SENTENCE_LENGTH),
  issueDate: isoDate(),
});

export const monthYearSchema = z.strictObject({
  month: z.nullable(z.int().check(z.minimum(1), z.maximum(12))),
  year: z.nullable(year),
});

/**
 * "2013-03" or "2013-03-12", a month or a day that exists: the month decides on time or late. One
 * pattern (zod's own for ISO dates, beside a month's) so that the JSON Schema says all of it.
 */
// zod's own date pattern, read from a schema: `z.core.regexes` would bring every locale of
// classic zod into the builder.
const isoDayPattern = z.iso.date()._zod.def.pattern as RegExp;
const monthOrDayPattern = new RegExp(`^\\d{4}-(?:0[1-9]|1[0-2])$|${isoDayPattern.source}`);

/**
 * A task's progress (version 3). Evidence is text: a document's number or a link, shown as text
 * and never fetched. The note carries the reason when a task is not carried out.
 */
export const progressSchema = z.strictObject({
  status: z.enum(taskStatuses),
  completedOn: z.nullable(z.string().check(z.maxLength(10), z.regex(monthOrDayPattern))),
  result: text(MAX_SENTENCE_LENGTH),
  evidence: textList(),
  note: text(MAX_SENTENCE_LENGTH),
});

/** Row ids end up in URLs and HTML ids, so they are kept to safe characters. */
export const rowIdSchema = z
  .string()
  .check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9_-]+$/));

export const rowSchema = z.strictObject({
  /** Stable while the row lives, whatever its position: the builder and findings refer to it. */
  id: rowIdSchema,
  areaId: areaIdSchema,
  generalTask: text(MAX_SENTENCE_LENGTH),
  specificTask: text(MAX_SENTENCE_LENGTH),
  products: textList(),
  /** Exactly one unit in charge (letter I.2); the checker flags lists and vague names. */
  leadUnit: text(MAX_NAME_LENGTH),
  coordinatingUnits: textList(),
  from: monthYearSchema,
  to: monthYearSchema,
  /** Whole đồng; 0 means no cost, null means not estimated yet. */
  budgetVnd: z.nullable(z.int().check(z.minimum(0), z.maximum(MAX_ROW_BUDGET_VND))),
  notes: text(MAX_SENTENCE_LENGTH),
  /** Absent until the unit first records how the task is going. */
  progress: z.optional(progressSchema),
});

export const organisationSchema = z.strictObject({
  responsibilities: text(MAX_SECTION_TEXT_LENGTH),
  monitoring: text(MAX_SECTION_TEXT_LENGTH),
  funding: text(MAX_SECTION_TEXT_LENGTH),
  reporting: text(MAX_SECTION_TEXT_LENGTH),
});

/** The unit's own inspection plan (letter II). */
export const inspectionPlanSchema = z.strictObject({
  scope: text(MAX_SECTION_TEXT_LENGTH),
  targets: textList(),
  timing: text(MAX_SENTENCE_LENGTH),
  leadUnit: text(MAX_NAME_LENGTH),
});

/** The unit's dissemination plan (letter III). */
export const disseminationPlanSchema = z.strictObject({
  content: text(MAX_SECTION_TEXT_LENGTH),
  audiences: text(MAX_SENTENCE_LENGTH),
  methods: textList(),
  leadUnit: text(MAX_NAME_LENGTH),
});

const requiredDate = () => z.iso.date();

export const periodCalendarSchema = z.strictObject({
  dataFrom: requiredDate(),
  dataTo: requiredDate(),
  deadline: requiredDate(),
});

/** Sections III–V of one periodic report, which only the unit can write, and when it was sent. */
export const periodReportSchema = z.strictObject({
  sentOn: isoDate(),
  highlights: text(MAX_SECTION_TEXT_LENGTH),
  shortcomings: text(MAX_SECTION_TEXT_LENGTH),
  nextSteps: text(MAX_SECTION_TEXT_LENGTH),
  proposals: text(MAX_SECTION_TEXT_LENGTH),
});

const byPeriod = <T extends z.ZodMiniType>(schema: T) =>
  Object.fromEntries(periodIds.map((id) => [id, schema])) as Record<PeriodId, T>;

/** The periodic reports (version 3): the plan's own calendar and what each report says. */
export const reportingSchema = z.strictObject({
  calendar: z.strictObject(byPeriod(periodCalendarSchema)),
  reports: z.strictObject(byPeriod(z.optional(periodReportSchema))),
});

/** Section II: what the unit will do in each area, as free text (lines starting "- " are bullets). */
export const tasksSchema = z.record(
  areaIdSchema,
  z.string().check(z.maxLength(MAX_SECTION_TEXT_LENGTH)),
);

const planShape = z.strictObject({
  /** Lets editors fetch the published JSON Schema; kept as written. */
  $schema: z.optional(z.string().check(z.maxLength(MAX_SENTENCE_LENGTH))),
  format: z.literal(PLAN_FORMAT),
  version: z.literal(CURRENT_VERSION),
  /** The outline the plan follows: its areas, unit types and citations. */
  template: z.enum(templateIds),
  unit: unitSchema,
  planYear: year,
  document: documentSchema,
  provincePlan: provincePlanSchema,
  objectives: textList(),
  tasks: tasksSchema,
  rows: z.array(rowSchema).check(z.maxLength(MAX_ROWS)),
  organisation: organisationSchema,
  inspectionPlan: z.optional(inspectionPlanSchema),
  disseminationPlan: z.optional(disseminationPlanSchema),
  /** Absent until the unit starts tracking the plan. */
  reporting: z.optional(reportingSchema),
});

/**
 * What depends on the template: the unit type, section II's areas and each row's area. Run even
 * when other fields have problems (`when`), so that a file's reader hears everything at once;
 * hence the defensive reading of a value that may not have the plan's shape.
 */
const templateFits = z.superRefine(
  (value: unknown, context) => {
    const plan = value as {
      template?: unknown;
      unit?: { type?: unknown };
      tasks?: unknown;
      rows?: unknown;
    };
    if (typeof plan !== 'object' || plan === null || !isTemplateId(plan.template)) return;
    const template = templateById(plan.template);
    const areaIds = template.areas.map((area) => area.id);
    const areaList = areaIds.map((id) => `“${id}”`).join(', ');
    const unknownArea = (id: string) =>
      `${template.shortTitle} không có lĩnh vực “${id}”; các lĩnh vực là ${areaList}.`;
    const unitType = plan.unit?.type;
    if (typeof unitType === 'string' && !(template.unitTypes as string[]).includes(unitType)) {
      const fitting = outlineTemplates.filter((other) =>
        (other.unitTypes as string[]).includes(unitType),
      );
      context.addIssue({
        code: 'custom',
        path: ['unit', 'type'],
        message:
          `${template.shortTitle} không dành cho ${unitTypeName(unitType)}` +
          (fitting.length > 0
            ? `; hãy chọn ${fitting.map((other) => other.shortTitle).join(', ')}.`
            : '.'),
      });
    }
    if (typeof plan.tasks === 'object' && plan.tasks !== null && !Array.isArray(plan.tasks)) {
      const tasks = plan.tasks;
      for (const id of areaIds.filter((id) => !Object.hasOwn(tasks, id))) {
        context.addIssue({
          code: 'custom',
          path: ['tasks', id],
          message: `Thiếu nội dung mục II của lĩnh vực “${id}” (ghi "" nếu chưa viết).`,
        });
      }
      for (const id of Object.keys(tasks).filter((id) => !areaIds.includes(id))) {
        context.addIssue({ code: 'custom', path: ['tasks', id], message: unknownArea(id) });
      }
    }
    if (Array.isArray(plan.rows)) {
      plan.rows.forEach((row: unknown, index) => {
        const areaId = (row as { areaId?: unknown } | null)?.areaId;
        if (typeof areaId === 'string' && !areaIds.includes(areaId)) {
          context.addIssue({
            code: 'custom',
            path: ['rows', index, 'areaId'],
            message: unknownArea(areaId),
          });
        }
      });
    }
  },
  { when: () => true },
);

export const planSchema = planShape.check(
  templateFits,
  z.superRefine((plan, context) => {
    // Findings, undo and links all address rows by id, so two rows must never share one.
    const firstIndex = new Map<string, number>();
    plan.rows.forEach((row, index) => {
      const first = firstIndex.get(row.id);
      if (first === undefined) {
        firstIndex.set(row.id, index);
        return;
      }
      context.addIssue({
        code: 'custom',
        path: ['rows', index, 'id'],
        message: `Mã dòng “${row.id}” trùng với dòng ${first + 1} của bảng; mỗi dòng cần một mã riêng.`,
      });
    });
  }),
);

export type Plan = z.infer<typeof planSchema>;
export type PlanUnit = z.infer<typeof unitSchema>;
export type PlanDocument = z.infer<typeof documentSchema>;
export type SigningForm = (typeof signingForms)[number];
export type ProvincePlan = z.infer<typeof provincePlanSchema>;
export type MonthYear = z.infer<typeof monthYearSchema>;
export type PlanRow = z.infer<typeof rowSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type InspectionPlan = z.infer<typeof inspectionPlanSchema>;
export type DisseminationPlan = z.infer<typeof disseminationPlanSchema>;
export type Tasks = z.infer<typeof tasksSchema>;
export type TaskProgress = z.infer<typeof progressSchema>;
export type Reporting = z.infer<typeof reportingSchema>;
export type PeriodReport = z.infer<typeof periodReportSchema>;
