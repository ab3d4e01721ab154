// Builds the site twice, at the root and under /cchc/ (the sub-path deployment the tests check),
// and serves both. Playwright starts this once and stops it at the end; it waits for the root
// site only, so the tests start as soon as that is served, while the /cchc/ build runs. The
// /cchc/ server listens from the start and holds every request until its build is on disk, and
// the build is written elsewhere and moved into place when complete: a test that reads
// `.test-dist/cchc` itself first waits for that server (`subPathBuilt` in tests/e2e/support.ts).
//
// A build is skipped when its folder was made from the same sources: the digest of every file
// the build reads (src/, content/, public/, the configuration, the lockfiles) and of the
// environment is kept beside it. Delete `.test-dist` to force a build.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from './static-server.mjs';

// Own output folders, so that a `npm run build` elsewhere cannot pull files from under the tests.
const root = { name: 'root', BASE_PATH: '/', OUT_DIR: './.test-dist/root' };
const subPath = { name: 'cchc', BASE_PATH: '/cchc/', OUT_DIR: './.test-dist/cchc' };

const inputs = [
  'astro.config.mjs',
  'package.json',
  'package-lock.json',
  'node_modules/.package-lock.json',
  'tsconfig.json',
  'src',
  'content',
  'public',
];

function filesOf(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesOf(join(path, name)));
}

/** What a build's output depends on: the files it reads and the environment it runs in. */
function sourceDigest(build) {
  const hash = createHash('sha256');
  hash.update(JSON.stringify([build, process.version, process.env.SITE_URL ?? null]));
  for (const file of inputs.flatMap(filesOf)) hash.update(`\0${file}\0`).update(readFileSync(file));
  return hash.digest('hex');
}

function astroBuild(env) {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['astro', 'build'], {
      env: { ...process.env, ...env },
      stdio: 'inherit',
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`astro build exited with ${code}`)),
    );
  });
}

/** Builds into a folder of its own, then moves it into place, unless it is there already. */
async function build({ name, BASE_PATH, OUT_DIR }) {
  const digest = sourceDigest({ name, BASE_PATH, OUT_DIR });
  const digestFile = `${OUT_DIR}.digest`;
  if (existsSync(OUT_DIR) && existsSync(digestFile)) {
    if (readFileSync(digestFile, 'utf8') === digest) {
      console.log(`${OUT_DIR}: built from these sources already`);
      return;
    }
  }
  const building = `${OUT_DIR}.building`;
  await Promise.all(
    [digestFile, OUT_DIR, building].map((path) => rm(path, { recursive: true, force: true })),
  );
  await astroBuild({ BASE_PATH, OUT_DIR: building });
  await rename(building, OUT_DIR);
  await writeFile(digestFile, digest);
}

// E2E_PORT as in playwright.config.ts; the sub-path site is on the next port.
const port = Number(process.env.E2E_PORT ?? 4329);
let rootServed;
const subPathReady = new Promise((resolve) => (rootServed = resolve)).then(() => build(subPath));
// A failed /cchc/ build is logged here, and answered 503 to the tests that ask for the site.
subPathReady.then(
  () => console.log(`Serving the site under /cchc/ on :${port + 1}`),
  (error) => console.error(`The /cchc/ build failed: ${error.message}`),
);
await serveStatic({ root: subPath.OUT_DIR, base: '/cchc/', port: port + 1, ready: subPathReady });
try {
  await build(root);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
await serveStatic({ root: root.OUT_DIR, base: '/', port });
console.log(`Serving the site on :${port}; under /cchc/ on :${port + 1} once that is built`);
rootServed();
