/**
 * Every browser test runs under the policy watch of tests/e2e/fixtures.ts: a spec that took
 * `test` or `expect` from '@playwright/test' itself would skip it without anyone noticing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const folder = new URL('../../e2e/', import.meta.url);
const files = readdirSync(folder).filter((name) => /\.(ts|mts|js|mjs)$/.test(name));

/** Names a file imports as values (not `import type`, not `type X`) from '@playwright/test'. */
function playwrightValueImports(source: string): string[] {
  const names: string[] = [];
  const statements = source.matchAll(
    /\b(import|export)\s+(type\s+)?([^;]*?)\s+from\s+['"]@playwright\/test['"]/g,
  );
  for (const [, , typeOnly, clause] of statements) {
    if (typeOnly) continue;
    const named = /\{([^}]*)\}/.exec(clause!)?.[1];
    const rest = clause!
      .replace(/\{[^}]*\}/, '')
      .replace(/,/g, ' ')
      .trim();
    if (rest) names.push(rest);
    for (const name of named?.split(',') ?? [])
      if (name.trim() && !/^type\s/.test(name.trim())) names.push(name.trim());
  }
  // `import('@playwright/test')` and `require('@playwright/test')` reach the same values.
  if (/\b(import|require)\s*\(\s*['"]@playwright\/test['"]/.test(source)) names.push('import()');
  return names;
}

describe('browser tests', () => {
  it('finds value imports, and lets type imports through', () => {
    expect(playwrightValueImports(`import { expect, test } from '@playwright/test';`)).toEqual([
      'expect',
      'test',
    ]);
    expect(
      playwrightValueImports(`import { test as t, type Page } from "@playwright/test"`),
    ).toEqual(['test as t']);
    expect(playwrightValueImports(`import pw from '@playwright/test';`)).toEqual(['pw']);
    expect(playwrightValueImports(`import * as pw from '@playwright/test';`)).toEqual(['* as pw']);
    expect(playwrightValueImports(`const { test } = await import('@playwright/test');`)).toEqual([
      'import()',
    ]);
    expect(playwrightValueImports(`import type { Page } from '@playwright/test';`)).toEqual([]);
    expect(playwrightValueImports(`import { type Page } from '@playwright/test';`)).toEqual([]);
  });

  it.each(files.filter((name) => name !== 'fixtures.ts'))(
    '%s takes test and expect from ./fixtures.ts',
    (name) => {
      const source = readFileSync(new URL(name, folder), 'utf8');
      expect(playwrightValueImports(source)).toEqual([]);
      if (name.endsWith('.spec.ts')) expect(source).toMatch(/from '\.\/fixtures\.ts'/);
    },
  );
});
