/**
 * Where the user is in the builder, kept in the address's hash (#/<draft>/<section>/…) so that
 * the back button, reloads and links from the review page all work.
 */
import { atom } from 'nanostores';
import type { AreaId } from '../plan/templates.ts';
import { SHARE_SEGMENT } from '../site/paths.ts';
import { sectionById, type SectionId } from './sections.ts';

export type { SectionId };

export interface Route {
  /** A plan carried in the link itself (#/chia-se/<data>), shown read-only. */
  share?: string;
  draftId?: string;
  section?: SectionId;
  areaId?: AreaId;
  rowId?: string;
}

/** A segment of the address, decoded; a malformed one (`%`, `%E0%A4%A`) is no route at all. */
function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** Where an address points; any address it cannot make sense of leads to the draft list. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  if (path.startsWith(`${SHARE_SEGMENT}/`)) return { share: path.slice(SHARE_SEGMENT.length + 1) };
  const segments = path.split('/').map(decodeSegment);
  if (segments.includes(undefined)) return {};
  const [draftId, section, areaId, rowId] = segments;
  if (!draftId) return {};
  const known = section === undefined ? undefined : sectionById(section);
  return {
    draftId,
    section: known?.id as SectionId | undefined,
    areaId: known?.nested && areaId ? (areaId as AreaId) : undefined,
    rowId: known?.nested && rowId ? rowId : undefined,
  };
}

export function routeHash(route: Route): string {
  const parts = [route.draftId, route.section, route.areaId, route.rowId].filter(
    (part): part is string => !!part,
  );
  return `#/${parts.map(encodeURIComponent).join('/')}`;
}

// Read at once, so the first render already shows the right page (the island runs only in the browser).
export const $route = atom<Route>(typeof location === 'undefined' ? {} : parseRoute(location.hash));

export function navigate(route: Route): void {
  const hash = routeHash(route);
  if (location.hash !== hash) location.hash = hash;
  else $route.set(route);
}
