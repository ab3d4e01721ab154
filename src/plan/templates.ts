/**
 * The outlines a plan can follow, as the plan model sees them: the 2012 outline (Đề cương kèm Công
 * văn 219, the default) and the 2021–2030 programme (Nghị quyết 76/NQ-CP). A plan records its
 * template's id; its areas, unit types and the citations of its findings come from the template.
 *
 * Template ids are spelled out here so that TypeScript knows them; `content/outline/templates.json`
 * stays the source of everything else, and the check below fails loudly at import if they disagree.
 */
import { romanNumeral, templates } from '../outline/data.ts';
import type { AreaSummary, TemplateData, UnitType } from '../outline/schema.ts';

export const templateIds = ['de-cuong-2012', 'chuong-trinh-2021-2030'] as const;
export type TemplateId = (typeof templateIds)[number];

/** Plans without a template (file version 1 and older) follow the 2012 outline. */
export const DEFAULT_TEMPLATE_ID: TemplateId = 'de-cuong-2012';

/** An area's stable slug; which ids are valid depends on the plan's template. */
export type AreaId = string;

export interface OutlineTemplate extends Omit<TemplateData, 'areas'> {
  id: TemplateId;
  unitTypes: UnitType[];
  /** In order: section II numbers them 1–7, the table I–VII. Points: `src/outline/areas.ts`. */
  areas: readonly AreaSummary[];
}

const contentIds = templates.map((template) => template.id).join(',');
if (contentIds !== templateIds.join(',')) {
  // A renamed template would silently orphan every saved plan: refuse to start instead.
  throw new Error(
    `content/outline/templates.json has templates ${contentIds}; the plan model expects ${templateIds.join(',')}`,
  );
}

export const outlineTemplates: readonly OutlineTemplate[] = templates.map((template) => ({
  ...template,
  id: template.id as TemplateId,
}));

const byId = new Map(outlineTemplates.map((template) => [template.id, template]));

/** Plain check, so that code which only needs ids does not load the schema library. */
export function isTemplateId(value: unknown): value is TemplateId {
  return typeof value === 'string' && byId.has(value as TemplateId);
}

export function templateById(id: TemplateId): OutlineTemplate {
  return byId.get(id) as OutlineTemplate;
}

/** The template of a plan, or of something that may not be a valid plan yet (the default then). */
export function templateOf(plan: { template?: unknown }): OutlineTemplate {
  return templateById(isTemplateId(plan.template) ? plan.template : DEFAULT_TEMPLATE_ID);
}

export function areaOf(template: OutlineTemplate, id: unknown): AreaSummary | undefined {
  return template.areas.find((area) => area.id === id);
}

export function isAreaOf(template: OutlineTemplate, id: unknown): id is AreaId {
  return areaOf(template, id) !== undefined;
}

/** "I. Cải cách thể chế": how the table of section III heads an area's group of rows. */
export function tableHeadingOf(area: Pick<AreaSummary, 'order' | 'tableTitle'>): string {
  return `${romanNumeral(area.order)}. ${area.tableTitle}`;
}

/** The table heading of an area given by id, or its id in words when the template lacks it. */
export function areaTableHeading(template: OutlineTemplate, id: AreaId): string {
  const area = areaOf(template, id);
  return area ? tableHeadingOf(area) : `lĩnh vực “${id}”`;
}

/** "1. Cải cách thể chế": how section II heads an area. */
export function areaSectionHeading(template: OutlineTemplate, id: AreaId): string {
  const area = areaOf(template, id);
  return area ? `${area.order}. ${area.title}` : `lĩnh vực “${id}”`;
}

/**
 * The area of `template` that matches an area of another template: the same id, or the id the
 * programme renamed (`formerId`), in either direction. Merging rows across templates uses it.
 */
export function counterpartArea(template: OutlineTemplate, id: AreaId): AreaId | undefined {
  const match = template.areas.find(
    (area) =>
      area.id === id ||
      area.formerId === id ||
      outlineTemplates.some((other) =>
        other.areas.some((candidate) => candidate.id === id && candidate.formerId === area.id),
      ),
  );
  return match?.id;
}
