/** The HTML pages of a build the tests serve, found by walking its folder: no hand-kept list. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The URL path of every HTML page in `buildDir`, as served under `base`. */
export function htmlPages(buildDir: string, base: string, dir = buildDir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = join(dir, name);
    if (statSync(file).isDirectory()) return htmlPages(buildDir, base, file);
    if (!name.endsWith('.html')) return [];
    const path = base + relative(buildDir, file).split(sep).join('/');
    return [path.replace(/(^|\/)index\.html$/, '$1')];
  });
}
