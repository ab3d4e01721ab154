/**
 * The outline's data for code that runs outside Astro's content layer (plan model, CLI, builder):
 * the templates with their areas' names, and the table's columns. The areas' points, which are
 * most of the text, are in `./areas.ts`, for the few places that need them. Pages read the same
 * JSON through `astro:content`; both share the types of `./schema.ts`.
 */
import columnsJson from '../../content/outline/table-columns.json' with { type: 'json' };
import templatesJson from '../../content/outline/templates.json' with { type: 'json' };
import type { TableColumn, TemplateData } from './schema.ts';

// Validated by the content collections on every build and by tests/unit/site/outline-data.test.ts;
// not again here, so that the builder in the browser does not carry a schema library for it.

export const templates = (templatesJson as TemplateData[]).map((template) => ({
  ...template,
  areas: template.areas.toSorted((a, b) => a.order - b.order),
}));

/** The template a new plan for `year` should follow: the latest one whose `plansFrom` has come. */
export function templateForYear(year: number): TemplateData {
  const byStart = templates.toSorted((a, b) => a.plansFrom - b.plansFrom);
  return byStart.findLast((template) => template.plansFrom <= year) ?? byStart[0]!;
}

/** "Kế hoạch năm 2013–2021 theo Đề cương 2012; từ năm 2022 theo Chương trình 2021–2030." */
export function templateYearsNote(): string {
  const byStart = templates.toSorted((a, b) => a.plansFrom - b.plansFrom);
  const parts = byStart.map((template, i) => {
    const next = byStart[i + 1];
    const years = next
      ? `năm ${template.plansFrom}–${next.plansFrom - 1}`
      : `từ năm ${template.plansFrom}`;
    return `${years} theo ${template.shortTitle}`;
  });
  return `Kế hoạch ${parts.join('; ')}.`;
}

export const tableColumns = (columnsJson as TableColumn[]).toSorted((a, b) => a.order - b.order);

const romans = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
/** The table numbers its area groups I–VII. */
export const romanNumeral = (n: number): string => romans[n - 1] ?? String(n);
