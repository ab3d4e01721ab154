// Builds the site twice, at the root and under /cchc/ (the sub-path deployment the tests check),
// then serves both. Playwright starts this once and stops it at the end.
import { spawnSync } from 'node:child_process';
import { serveStatic } from './static-server.mjs';

// Own output folders, so that a `npm run build` elsewhere cannot pull files from under the tests.
const root = { OUT_DIR: './.test-dist/root' };
const subPath = { BASE_PATH: '/cchc/', OUT_DIR: './.test-dist/cchc' };

for (const env of [root, subPath]) {
  const result = spawnSync('npx', ['astro', 'build'], {
    env: { ...process.env, ...env },
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// E2E_PORT as in playwright.config.ts; the sub-path site is on the next port.
const port = Number(process.env.E2E_PORT ?? 4329);
// The sub-path server starts first: Playwright waits on the root one.
await serveStatic({ root: subPath.OUT_DIR, base: '/cchc/', port: port + 1 });
await serveStatic({ root: root.OUT_DIR, base: '/', port });
console.log(`Serving the site on :${port}, and under /cchc/ on :${port + 1}`);
