/**
 * The seven CCHC areas as the plan model sees them.
 * Ids are spelled out here so that TypeScript knows them; `content/outline/areas.json` stays the
 * source of titles and points, and the check below fails loudly at import if the two disagree.
 */
import type { Area } from '../outline/schema.ts';
import { areas, romanNumeral } from '../outline/data.ts';

export const areaIds = [
  'the-che',
  'thu-tuc-hanh-chinh',
  'to-chuc-bo-may',
  'can-bo-cong-chuc',
  'tai-chinh-cong',
  'hien-dai-hoa',
  'chi-dao-dieu-hanh',
] as const;

export type AreaId = (typeof areaIds)[number];

/** Plain check, so that code which only needs area ids does not load the schema library. */
export function isAreaId(value: unknown): value is AreaId {
  return typeof value === 'string' && (areaIds as readonly string[]).includes(value);
}

const contentIds = areas.map((area) => area.id).join(',');
if (contentIds !== areaIds.join(',')) {
  // A renamed or reordered area would silently orphan every saved plan: refuse to start instead.
  throw new Error(
    `content/outline/areas.json has areas ${contentIds}; the plan model expects ${areaIds.join(',')}`,
  );
}

const byId = new Map(areas.map((area) => [area.id as AreaId, area]));

/** The outline's area, by id; every AreaId has one (checked above). */
export function areaById(id: AreaId): Area {
  return byId.get(id) as Area;
}

/** The outline's areas in order (II.1–7, table I–VII). */
export const planAreas: readonly Area[] = areas;

/** "I. Cải cách thể chế": how the table of section III heads an area's group of rows. */
export function areaTableHeading(id: AreaId): string {
  const area = areaById(id);
  return `${romanNumeral(area.order)}. ${area.tableTitle}`;
}

/** "1. Cải cách thể chế": how section II heads an area. */
export function areaSectionHeading(id: AreaId): string {
  const area = areaById(id);
  return `${area.order}. ${area.title}`;
}
