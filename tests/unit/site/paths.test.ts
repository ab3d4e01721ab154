import { afterEach, describe, expect, it, vi } from 'vitest';

// paths.ts reads the base once, when it loads: each case loads it afresh under its own base.
async function pathsUnder(base: string) {
  vi.stubEnv('BASE_URL', base);
  vi.resetModules();
  return import('../../../src/site/paths.ts');
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('href', () => {
  it('puts a route under the sub-path once, however the link was written', async () => {
    const { href } = await pathsUnder('/cchc/');
    expect(href('huong-dan/#i-2')).toBe('/cchc/huong-dan/#i-2');
    expect(href('/huong-dan/#i-2')).toBe('/cchc/huong-dan/#i-2');
    // A component's link inside a document is resolved again when the document is finished.
    expect(href(href('huong-dan/#i-2'))).toBe('/cchc/huong-dan/#i-2');
  });

  it('leaves root deployments as they were', async () => {
    const { href } = await pathsUnder('/');
    expect(href('de-cuong/#iii')).toBe('/de-cuong/#iii');
    expect(href(href('/de-cuong/#iii'))).toBe('/de-cuong/#iii');
    expect(href()).toBe('/');
  });
});
