/**
 * The outline's data for code that runs outside Astro's content layer (plan model, CLI, builder).
 * Pages read the same JSON through `astro:content`; both validate with `./schema.ts`.
 */
import { z } from 'astro/zod';
import areasJson from '../../content/outline/areas.json' with { type: 'json' };
import columnsJson from '../../content/outline/table-columns.json' with { type: 'json' };
import { areaSchema, tableColumnSchema } from './schema.ts';

export const areas = z
  .array(areaSchema)
  .parse(areasJson)
  .toSorted((a, b) => a.order - b.order);

export const tableColumns = z
  .array(tableColumnSchema)
  .parse(columnsJson)
  .toSorted((a, b) => a.order - b.order);

const romans = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
/** The table numbers its area groups I–VII. */
export const romanNumeral = (n: number): string => romans[n - 1] ?? String(n);
