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

export const tableColumns = (columnsJson as TableColumn[]).toSorted((a, b) => a.order - b.order);

const romans = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
/** The table numbers its area groups I–VII. */
export const romanNumeral = (n: number): string => romans[n - 1] ?? String(n);
