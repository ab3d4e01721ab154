/**
 * The desk (src/desk) is an island of its own beside the builder: it builds from the model, the
 * shared UI and the drafts, never from the builder's internals, and only its page reaches into it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const src = fileURLToPath(new URL('../../../src/', import.meta.url));
const desk = join(src, 'desk');

const sources = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|tsx|css|astro|mdx)$/.test(file))
    .map((file) => join(dir, file));

const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map(
    (match) => match[1]!,
  );

it('src/desk imports nothing from src/builder', () => {
  const files = sources(desk);
  expect(files.length).toBeGreaterThan(5);
  for (const file of files) {
    expect(
      importsOf(file).filter((path) => /(^|\/)builder\//.test(path)),
      relative(src, file),
    ).toEqual([]);
  }
});

it('only the desk’s page imports from src/desk', () => {
  const outside = sources(src).filter((file) => !file.startsWith(desk));
  const importers = outside.filter((file) =>
    importsOf(file).some((path) => /(^|\/)desk\//.test(path)),
  );
  expect(importers.map((file) => relative(src, file))).toEqual(['pages/tong-hop.astro']);
});
