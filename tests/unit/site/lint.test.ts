/**
 * The linter knows the rules of hooks where the islands' hooks are: a hook after an early return
 * (as ReviewSection once had) or an effect missing a dependency fails `npm run lint`. A change of
 * `eslint.config.js` that stopped seeing them would otherwise pass without anyone noticing.
 */
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: fileURLToPath(new URL('../../../', import.meta.url)) });

async function rulesBroken(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message);
}

const hookAfterReturn = `
import { useState } from 'preact/hooks';
export function Section({ ready }: { ready: boolean }) {
  if (!ready) return <p>Đang tải…</p>;
  const [open, setOpen] = useState(false);
  return <button onClick={() => setOpen(!open)}>Mở</button>;
}
`;

const missingDependency = `
import { useEffect, useState } from 'preact/hooks';
export function Field({ value }: { value: string }) {
  const [text, setText] = useState(value);
  useEffect(() => {
    if (value !== text) setText(value);
  }, [value]);
  return <input value={text} />;
}
`;

describe('eslint.config.js', () => {
  it('refuses a hook called after an early return in an island', async () => {
    expect(await rulesBroken(hookAfterReturn, 'src/builder/components/Example.tsx')).toContain(
      'react-hooks/rules-of-hooks',
    );
  });

  it('refuses an effect that misses a dependency', async () => {
    expect(await rulesBroken(missingDependency, 'src/builder/components/Example.tsx')).toContain(
      'react-hooks/exhaustive-deps',
    );
  });

  it('lets Playwright fixtures call `use()`, which is no hook', async () => {
    const fixture = `
import { test as base } from '@playwright/test';
export const test = base.extend<{ page: unknown }>({
  page: async ({ page }, use) => {
    try {
      await use(page);
    } finally {
      await Promise.resolve();
    }
  },
});
`;
    expect(await rulesBroken(fixture, 'tests/e2e/example.ts')).toEqual([]);
  });
});
