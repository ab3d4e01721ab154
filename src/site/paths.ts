/**
 * Every internal link goes through `href`, so the site works when deployed under a sub-path
 * (`BASE_PATH=/cchc/`). Routes are part of the product: provincial portals link to them.
 */
const base = import.meta.env.BASE_URL.endsWith('/')
  ? import.meta.env.BASE_URL
  : `${import.meta.env.BASE_URL}/`;

/**
 * `href('de-cuong/#iii')` → `/cchc/de-cuong/#iii` under a sub-path, `/de-cuong/#iii` otherwise.
 * A link that already carries the base is returned as it is: a document's HTML mixes links written
 * by authors ("/huong-dan/#i-2") with links that components have already resolved, and the prose
 * finishing resolves them all.
 */
export function href(path = ''): string {
  if (base !== '/' && path.startsWith(base)) return path;
  return base + path.replace(/^\/+/, '');
}

export const routes = {
  home: '',
  guidance: 'huong-dan/',
  outline: 'de-cuong/',
  programme: 'chuong-trinh-2021-2030/',
  tracking: 'theo-doi-bao-cao/',
  glossary: 'thuat-ngu/',
  search: 'tim-kiem/',
  builder: 'ke-hoach/',
  desk: 'tong-hop/',
  training: 'tap-huan/',
} as const;

/**
 * The builder's address for a plan carried in the link itself (`ke-hoach/#/chia-se/<plan>`),
 * opened read-only: any island may make one.
 */
export const SHARE_SEGMENT = 'chia-se';

export const siteName = 'Kế hoạch cải cách hành chính';
