// Builds the site twice, at the root and under /cchc/ (the sub-path deployment the tests check),
// then serves both. Playwright starts this once and stops it at the end.
import { spawnSync } from 'node:child_process';
import { serveStatic } from './static-server.mjs';

const subPath = { BASE_PATH: '/cchc/', OUT_DIR: './dist-cchc' };

for (const env of [{}, subPath]) {
  const result = spawnSync('npx', ['astro', 'build'], {
    env: { ...process.env, ...env },
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// The sub-path server starts first: Playwright waits on the root one.
await serveStatic({ root: 'dist-cchc', base: '/cchc/', port: 4330 });
await serveStatic({ root: 'dist', base: '/', port: 4329 });
console.log('Serving dist on :4329 and dist-cchc under /cchc/ on :4330');
