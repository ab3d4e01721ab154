/**
 * Which precached copy answers a request. Shared by the service worker (bundled into sw.js) and
 * the unit tests, so it must stay free of DOM, Node and worker globals.
 */

/** What the build hands the service worker: see `src/offline/manifest.ts`. */
export interface Precache {
  /** Changes whenever any precached file or the worker's own code changes. */
  version: string;
  /** The site's base path, with a trailing slash: `/` or `/cchc/`. */
  base: string;
  /** `[url path, SHA-256 of the file's bytes in hex]`, sorted by path. */
  files: [string, string][];
}

/**
 * The precached URL that answers `pathname`, or undefined. The query string never matters:
 * `/tim-kiem/?q=abc` is the search page, and Pagefind adds `?ts=…` to bust caches that this
 * versioned cache does not need busting. Pages are cached under their directory URL (as links
 * write them), so a navigation to `…/index.html` or to a directory without its slash finds
 * them too.
 */
export function precacheKey(
  pathname: string,
  isNavigation: boolean,
  precached: { has(path: string): boolean },
): string | undefined {
  if (precached.has(pathname)) return pathname;
  if (!isNavigation) return undefined;
  if (pathname.endsWith('/index.html')) {
    const directory = pathname.slice(0, -'index.html'.length);
    if (precached.has(directory)) return directory;
  }
  if (!pathname.endsWith('/') && precached.has(`${pathname}/`)) return `${pathname}/`;
  return undefined;
}

/** Caches of one deployment share a prefix, so two sites on one origin never delete each other's. */
export function cachePrefix(base: string): string {
  return `ke-hoach-cchc:${base}:`;
}
