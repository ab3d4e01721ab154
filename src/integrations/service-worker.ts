/**
 * Writes `sw.js` into the build: the service worker of `src/offline/sw.ts`, bundled, with the
 * list of every file of the build in front of it (see `src/offline/manifest.ts`).
 *
 * Must come after `pagefind()` in the integrations: Astro runs `astro:build:done` hooks one
 * after another in that order, and the list has to include Pagefind's index.
 */
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPrecache, renderServiceWorker, type BuiltFile } from '../offline/manifest.ts';

async function builtFiles(outDir: string): Promise<BuiltFile[]> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile());
  return Promise.all(
    files.map(async (entry) => {
      const full = join(entry.parentPath, entry.name);
      return { path: relative(outDir, full).split('\\').join('/'), bytes: await readFile(full) };
    }),
  );
}

/** The worker's code alone; it reads its list from the `PRECACHE` constant. */
async function workerCode(root: URL): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('src/offline/sw.ts', root))],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    write: false,
  });
  return result.outputFiles[0]!.text;
}

export default function serviceWorkerIntegration(): AstroIntegration {
  let root: URL;
  let base = '/';
  return {
    name: 'ke-hoach-cchc:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const code = await workerCode(root);
        const files = await builtFiles(outDir);
        if (!files.some((file) => file.path === 'pagefind/pagefind-entry.json'))
          throw new Error('sw.js: no Pagefind index yet; serviceWorker() must follow pagefind()');
        const precache = buildPrecache(files, base, code);
        await writeFile(join(outDir, 'sw.js'), renderServiceWorker(precache, code));
        logger.info(`sw.js precaches ${precache.files.length} files, version ${precache.version}.`);
      },
    },
  };
}
