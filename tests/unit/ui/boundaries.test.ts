/**
 * src/ui is shared by every island: nothing in it may import an island's code, or a second
 * island using a form field would pull in the builder's stores.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../src/ui/', import.meta.url));

it('src/ui imports nothing from src/builder', () => {
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) =>
    /\.(ts|tsx|css)$/.test(file),
  );
  expect(files.length).toBeGreaterThan(5);
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    const imports = [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map(
      (match) => match[1]!,
    );
    expect(
      imports.filter((path) => /(^|\/)builder\//.test(path)),
      file,
    ).toEqual([]);
  }
});
