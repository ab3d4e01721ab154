/**
 * Only the builder's own page may reach into `src/builder/`: the shared UI (`src/ui/`) and any
 * other island (the Sở Nội vụ's desk, the Word importer) must build from what is shared, or they
 * would carry the builder's stores and editor with them and break when its internals move.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const src = join(root, 'src');
const builder = join(src, 'builder');

/** The page that hosts the builder island is where the builder is meant to be imported. */
const hosts = new Set(['src/pages/ke-hoach.astro']);

const sourceFile = /\.(ts|tsx|mts|js|mjs|jsx|astro|mdx|css)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === builder ? [] : filesUnder(path);
    return sourceFile.test(entry.name) ? [path] : [];
  });
}

/**
 * Every module specifier in a file: static imports and re-exports, side-effect imports, dynamic
 * `import()`, `import.meta.glob` patterns and CSS `@import`. Over-matching (an import written in a
 * comment) errs towards refusing, which is the safe side for this test.
 */
function specifiers(text: string): string[] {
  const patterns = [
    /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /(?<!@)\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"`]([^'"`]+)['"`]/g,
    /\bimport\.meta\.glob(?:<[^>]*>)?\(\s*\[?\s*['"`]([^'"`]+)['"`]/g,
    /@import\s+(?:url\()?\s*['"]?([^'")\s;]+)/g,
  ];
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[1]!));
}

/** Whether a specifier written in `file` points into `src/builder/`. */
function reachesBuilder(file: string, specifier: string): boolean {
  const target = specifier.startsWith('.')
    ? resolve(dirname(file), specifier)
    : specifier.startsWith('/')
      ? join(root, specifier)
      : specifier.startsWith('src/')
        ? join(root, specifier)
        : null;
  return target !== null && (target === builder || target.startsWith(builder + sep));
}

describe('nothing outside the builder imports from src/builder/', () => {
  it('finds the specifiers of every kind of import', () => {
    const file = join(src, 'ui', 'Example.tsx');
    const found = specifiers(`
      import { $plan } from '../builder/stores/editor.ts';
      import type { Route } from "../builder/navigation.ts";
      export { edit } from '../builder/stores/editor.ts';
      import '../builder/builder.css';
      const lazy = () => import('../builder/components/Hub.tsx');
      const all = import.meta.glob('../builder/components/*.tsx');
      @import './../builder/builder.css';
    `);
    expect(found).toHaveLength(7);
    expect(found.every((specifier) => reachesBuilder(file, specifier))).toBe(true);
    expect(reachesBuilder(file, './banner/Banner.tsx')).toBe(false);
    expect(reachesBuilder(file, '../plan/schema.ts')).toBe(false);
    expect(reachesBuilder(file, 'preact/hooks')).toBe(false);
    // A folder named like it elsewhere is not the builder.
    expect(reachesBuilder(file, '../builders/x.ts')).toBe(false);
  });

  it('holds for every file under src/', () => {
    const offenders = filesUnder(src)
      .filter((file) => !hosts.has(relative(root, file).split(sep).join('/')))
      .flatMap((file) =>
        specifiers(readFileSync(file, 'utf8'))
          .filter((specifier) => reachesBuilder(file, specifier))
          .map((specifier) => `${relative(root, file)}: ${specifier}`),
      );
    expect(offenders).toEqual([]);
  });

  it('reads the shared UI', () => {
    expect(filesUnder(join(src, 'ui')).length).toBeGreaterThan(0);
  });
});
