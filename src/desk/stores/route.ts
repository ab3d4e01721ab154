/**
 * Where the reviewer is on the desk, in the address's hash so that Back works: the round
 * (`#/` or nothing) or one unit's findings (`#/don-vi/<file id>`).
 */
import { atom } from 'nanostores';

export interface DeskRoute {
  unitId?: string;
}

export function parseDeskRoute(hash: string): DeskRoute {
  const match = /^#\/don-vi\/([A-Za-z0-9_-]+)$/.exec(hash);
  return match ? { unitId: match[1]! } : {};
}

export const unitHash = (id: string) => `#/don-vi/${id}`;

export const $deskRoute = atom<DeskRoute>(
  typeof location === 'undefined' ? {} : parseDeskRoute(location.hash),
);

/** Follows the address; returns the function that stops following it. */
export function followAddress(): () => void {
  const update = () => $deskRoute.set(parseDeskRoute(location.hash));
  update();
  addEventListener('hashchange', update);
  return () => removeEventListener('hashchange', update);
}
