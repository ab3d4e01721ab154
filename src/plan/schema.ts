/**
 * The plan file, version 1: one JSON document per unit and year, following the outline (Đề cương)
 * sections I–IV and the header and signature of a Kế hoạch (Nghị định 30/2020/NĐ-CP).
 *
 * The schema checks shape, not completeness: a draft with empty fields is a valid file, and the
 * guidance checker (`rules/`) says what is still missing. Objects are strict so that a misspelt
 * field is reported instead of silently dropped.
 */
import { z } from 'astro/zod';
import { unitTypeSchema } from '../outline/schema.ts';
import { areaIdSchema } from './areas.ts';
import { CURRENT_VERSION, PLAN_FORMAT } from './file-format.ts';
import {
  disseminationPlanLabels,
  documentLabels,
  inspectionPlanLabels,
  monthYearLabels,
  organisationLabels,
  provincePlanLabels,
  rowLabels,
  sectionLabels,
  unitLabels,
} from './labels.ts';

/** Years a plan can be for; the reform programmes run from 2001, and 2100 catches typos. */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;
/** 1,000 billion đồng per row, 5,000 rows: sums stay exact in a double (below 2^53). */
export const MAX_ROW_BUDGET_VND = 1_000_000_000_000;
export const MAX_ROWS = 5000;

const text = (title: string) => z.string().meta({ title });
const textList = (title: string) => z.array(z.string()).meta({ title });
/** ISO date (YYYY-MM-DD), or null while not yet known. */
const isoDate = (title: string) => z.iso.date().nullable().meta({ title });
const year = z.int().min(MIN_YEAR).max(MAX_YEAR);

export const unitSchema = z
  .strictObject({
    /** "UBND tỉnh Mẫu": first line of the header. */
    parentAgency: text(unitLabels.parentAgency),
    /** "Sở Nội vụ", "UBND huyện Mẫu Sơn": the issuing unit. */
    name: text(unitLabels.name),
    /** Decides which outline points apply (II.1, II.5). */
    type: unitTypeSchema.meta({ title: unitLabels.type }),
  })
  .meta({ title: sectionLabels.unit });

export const signingForms = ['', 'KT.', 'TM.', 'TL.', 'TUQ.', 'Q.'] as const;

export const documentSchema = z
  .strictObject({
    /** Registration number, often given only when the plan is issued. */
    number: text(documentLabels.number),
    /** "KH-SNV": the part after "Số …/". */
    symbol: text(documentLabels.symbol),
    place: text(documentLabels.place),
    issueDate: isoDate(documentLabels.issueDate),
    /** Empty when the head signs in their own name. */
    signingForm: z.enum(signingForms).meta({ title: documentLabels.signingForm }),
    /** "Giám đốc" after KT., "Ủy ban nhân dân" after TM.; empty when signingForm is. */
    signingFor: text(documentLabels.signingFor),
    signerTitle: text(documentLabels.signerTitle),
    signerName: text(documentLabels.signerName),
    /** Nơi nhận, one recipient per entry, without the leading "- " and trailing ";". */
    recipients: textList(documentLabels.recipients),
  })
  .meta({ title: sectionLabels.document });

export const provincePlanSchema = z
  .strictObject({
    /** "Quyết định số …/QĐ-UBND ngày … của UBND tỉnh …" (letter I.3 asks to check against it). */
    reference: text(provincePlanLabels.reference),
    issueDate: isoDate(provincePlanLabels.issueDate),
  })
  .meta({ title: sectionLabels.provincePlan });

export const monthYearSchema = z.strictObject({
  month: z.int().min(1).max(12).nullable().meta({ title: monthYearLabels.month }),
  year: year.nullable().meta({ title: monthYearLabels.year }),
});

/** Row ids end up in URLs and HTML ids, so they are kept to safe characters. */
export const rowIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/)
  .meta({ title: rowLabels.id });

export const rowSchema = z.strictObject({
  /** Stable while the row lives, whatever its position: the builder and findings refer to it. */
  id: rowIdSchema,
  areaId: areaIdSchema.meta({ title: rowLabels.areaId }),
  generalTask: text(rowLabels.generalTask),
  specificTask: text(rowLabels.specificTask),
  products: textList(rowLabels.products),
  /** Exactly one unit in charge (letter I.2); the checker flags lists and vague names. */
  leadUnit: text(rowLabels.leadUnit),
  coordinatingUnits: textList(rowLabels.coordinatingUnits),
  from: monthYearSchema.meta({ title: rowLabels.from }),
  to: monthYearSchema.meta({ title: rowLabels.to }),
  /** Whole đồng; 0 means no cost, null means not estimated yet. */
  budgetVnd: z.int().min(0).max(MAX_ROW_BUDGET_VND).nullable().meta({ title: rowLabels.budgetVnd }),
  notes: text(rowLabels.notes),
});

export const organisationSchema = z
  .strictObject({
    responsibilities: text(organisationLabels.responsibilities),
    monitoring: text(organisationLabels.monitoring),
    funding: text(organisationLabels.funding),
    reporting: text(organisationLabels.reporting),
  })
  .meta({ title: sectionLabels.organisation });

/** The unit's own inspection plan (letter II). */
export const inspectionPlanSchema = z
  .strictObject({
    scope: text(inspectionPlanLabels.scope),
    targets: textList(inspectionPlanLabels.targets),
    timing: text(inspectionPlanLabels.timing),
    leadUnit: text(inspectionPlanLabels.leadUnit),
  })
  .meta({ title: sectionLabels.inspectionPlan });

/** The unit's dissemination plan (letter III). */
export const disseminationPlanSchema = z
  .strictObject({
    content: text(disseminationPlanLabels.content),
    audiences: text(disseminationPlanLabels.audiences),
    methods: textList(disseminationPlanLabels.methods),
    leadUnit: text(disseminationPlanLabels.leadUnit),
  })
  .meta({ title: sectionLabels.disseminationPlan });

/** Section II: what the unit will do in each area, as free text (lines starting "- " are bullets). */
export const tasksSchema = z.record(areaIdSchema, z.string()).meta({ title: sectionLabels.tasks });

export const planSchema = z
  .strictObject({
    /** Lets editors fetch the published JSON Schema; kept as written. */
    $schema: z.string().optional(),
    format: z.literal(PLAN_FORMAT),
    version: z.literal(CURRENT_VERSION),
    unit: unitSchema,
    planYear: year.meta({ title: sectionLabels.planYear }),
    document: documentSchema,
    provincePlan: provincePlanSchema,
    objectives: textList(sectionLabels.objectives),
    tasks: tasksSchema,
    rows: z.array(rowSchema).max(MAX_ROWS).meta({ title: sectionLabels.rows }),
    organisation: organisationSchema,
    inspectionPlan: inspectionPlanSchema.optional(),
    disseminationPlan: disseminationPlanSchema.optional(),
  })
  .superRefine((plan, context) => {
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
  })
  .meta({
    title: 'Kế hoạch cải cách hành chính năm',
    description:
      'Kế hoạch CCHC năm của một Sở, Ban, ngành hoặc UBND huyện, theo Đề cương kèm Công văn 219/SNV-CCHC&ĐT.',
  });

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
