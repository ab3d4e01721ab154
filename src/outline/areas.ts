/**
 * Every template's areas in full, with the points each outline lists: what starting a plan, the
 * builder's suggested tasks and the unit-type rules quote. Kept apart from `./data.ts` so that
 * reading a saved plan in the browser does not load this text.
 */
import areas2021Json from '../../content/outline/areas-2021-2030.json' with { type: 'json' };
import areasJson from '../../content/outline/areas.json' with { type: 'json' };
import type { Area } from './schema.ts';

const byOrder = (list: Area[]): Area[] => list.toSorted((a, b) => a.order - b.order);

/** The 2012 outline's seven areas, as /de-cuong/ publishes them. */
export const areas = byOrder(areasJson as Area[]);

const areasByTemplate: Readonly<Record<string, readonly Area[]>> = {
  'de-cuong-2012': areas,
  'chuong-trinh-2021-2030': byOrder(areas2021Json as Area[]),
};

/** A template's areas in full, in order; empty for an unknown template. */
export function fullAreasOf(templateId: string): readonly Area[] {
  return areasByTemplate[templateId] ?? [];
}

/** One area in full, with its points. */
export function fullAreaOf(templateId: string, areaId: string): Area | undefined {
  return fullAreasOf(templateId).find((area) => area.id === areaId);
}
