/**
 * The JSON Schema of the current plan file, generated from the zod schema so that the two cannot
 * differ. The site publishes it (src/pages/schema/) for other tools to validate plans with.
 * What JSON Schema cannot say (row ids are unique) is checked by `readPlanFile` only.
 *
 * Titles (what editors show beside each field) are the builder's own labels, added here by path
 * rather than carried by the zod schema: the builder validates drafts at start-up and need not
 * load the name of every field to do so.
 */
import * as z from 'zod/mini';
import { CURRENT_VERSION, PLAN_FORMAT } from './file-format.ts';
import {
  disseminationPlanLabels,
  documentLabels,
  inspectionPlanLabels,
  monthYearLabels,
  organisationLabels,
  periodCalendarLabels,
  periodReportLabels,
  progressLabels,
  provincePlanLabels,
  reportingLabels,
  rowLabels,
  sectionLabels,
  unitLabels,
} from './labels.ts';
import { periodIds } from './progress/periods.ts';
import { planSchema } from './schema.ts';
import {
  DEFAULT_TEMPLATE_ID,
  outlineTemplates,
  templateById,
  type OutlineTemplate,
} from './templates.ts';

/** A node's title, and those of its properties, its items, or every value of a record. */
interface Titles {
  title?: string;
  properties?: Record<string, Titles>;
  items?: Titles;
}

const fields = (labels: Record<string, string>): Record<string, Titles> =>
  Object.fromEntries(Object.entries(labels).map(([key, title]) => [key, { title }]));
const titled = (title: string, labels: Record<string, string>): Titles => ({
  title,
  properties: fields(labels),
});
const monthYear = (title: string): Titles => titled(title, monthYearLabels);
const eachPeriod = (title: string, labels: Record<string, string>): Titles => ({
  title,
  properties: Object.fromEntries(periodIds.map((id) => [id, { properties: fields(labels) }])),
});

const planTitles: Titles = {
  title: 'Kế hoạch cải cách hành chính năm',
  properties: {
    template: { title: sectionLabels.template },
    unit: titled(sectionLabels.unit, unitLabels),
    planYear: { title: sectionLabels.planYear },
    document: titled(sectionLabels.document, documentLabels),
    provincePlan: titled(sectionLabels.provincePlan, provincePlanLabels),
    objectives: { title: sectionLabels.objectives },
    tasks: { title: sectionLabels.tasks },
    rows: {
      title: sectionLabels.rows,
      items: {
        properties: {
          ...fields(rowLabels),
          from: monthYear(rowLabels.from),
          to: monthYear(rowLabels.to),
          progress: titled(rowLabels.progress, progressLabels),
        },
      },
    },
    organisation: titled(sectionLabels.organisation, organisationLabels),
    inspectionPlan: titled(sectionLabels.inspectionPlan, inspectionPlanLabels),
    disseminationPlan: titled(sectionLabels.disseminationPlan, disseminationPlanLabels),
    reporting: {
      title: sectionLabels.reporting,
      properties: {
        calendar: eachPeriod(reportingLabels.calendar, periodCalendarLabels),
        reports: eachPeriod(reportingLabels.reports, periodReportLabels),
      },
    },
  },
};

type Node = Record<string, unknown>;

/** Puts each title first in its node, where a person reading the file looks for it. */
function withTitles(node: Node, titles: Titles): Node {
  const result: Node = titles.title === undefined ? { ...node } : { title: titles.title, ...node };
  const properties = node.properties as Record<string, Node> | undefined;
  if (titles.properties && properties) {
    result.properties = Object.fromEntries(
      Object.entries(properties).map(([key, child]) => {
        const childTitles = Object.hasOwn(titles.properties!, key)
          ? titles.properties![key]
          : undefined;
        return [key, childTitles ? withTitles(child, childTitles) : child];
      }),
    );
  }
  if (titles.items && typeof node.items === 'object' && node.items !== null) {
    result.items = withTitles(node.items as Node, titles.items);
  }
  return result;
}

/**
 * What a plan on one outline may hold: its areas (section II's keys, every one present, and each
 * row's area) and its kinds of unit. Generated from the outlines' data, so it cannot drift.
 */
export function templateFit(template: OutlineTemplate): Node {
  const areaIds = template.areas.map((area) => area.id);
  return {
    properties: {
      unit: { properties: { type: { enum: [...template.unitTypes] } } },
      tasks: { required: areaIds, propertyNames: { enum: areaIds } },
      rows: { items: { properties: { areaId: { enum: areaIds } } } },
    },
  };
}

/** One `if template is … then …` per outline: JSON Schema's way of saying what the reader checks. */
export function templateConditions(): Node[] {
  return outlineTemplates.map((template) => ({
    if: { properties: { template: { const: template.id } }, required: ['template'] },
    then: templateFit(template),
  }));
}

/** For files without `template` (version 1), which all follow the default outline. */
export const defaultTemplateFit = (): Node => templateFit(templateById(DEFAULT_TEMPLATE_ID));

/**
 * What only the reader checks, because JSON Schema cannot say it; the schema's description and
 * the README list the same.
 */
export const readerOnlyRules =
  'Công cụ đọc còn kiểm tra những điều JSON Schema không diễn đạt được: mã dòng (rows[].id) không trùng nhau; ' +
  'độ dài văn bản tính theo đơn vị UTF-16 sau khi chuẩn hóa NFC (một ký tự ngoài mặt phẳng cơ bản, như biểu tượng cảm xúc, tính là 2); ' +
  'tệp không quá 5 MB; không có khóa “__proto__”, “constructor”, “prototype”.';

export function planJsonSchema(options: { id?: string } = {}): Record<string, unknown> {
  const { $schema, ...generated } = z.toJSONSchema(planSchema, {
    target: 'draft-2020-12',
    io: 'input',
  });
  // Identity first, so that a person opening the file sees what it is before the details.
  return {
    $schema,
    ...(options.id === undefined ? {} : { $id: options.id }),
    $comment: `Định dạng "${PLAN_FORMAT}", phiên bản ${CURRENT_VERSION}. Mã dòng (rows[].id) không được trùng nhau.`,
    ...withTitles(generated, planTitles),
    description: `Kế hoạch CCHC năm của một Sở, Ban, ngành, UBND huyện hoặc UBND xã, phường, theo Đề cương kèm Công văn 219/SNV-CCHC&ĐT hoặc Chương trình tổng thể CCHC giai đoạn 2021–2030. ${readerOnlyRules}`,
    allOf: templateConditions(),
  };
}
