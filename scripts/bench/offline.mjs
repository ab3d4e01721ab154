// Offline use (src/offline/): what a first visit downloads in the background to make the whole
// site work offline, and what the service worker costs the reading pages. Sizes are of a fresh
// production build; gzip is what a compressing server sends (Pagefind's index and WASM are
// compressed already, so they barely shrink).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { budgetReporter, buildSite } from '../bench-setup.mjs';

// sw.js was 3.7 kB gzip before it carried each file's SHA-256 (issue 10): 88 digests of 32 random
// bytes do not compress, about 3.2 kB in base64, so its budget grew from 6 to 7 kB.
const budgets = { precacheGzipKb: 500, swGzipKb: 7, registerGzipKb: 1 };
const outDir = './.test-dist/bench-offline';
const kb = (bytes) => bytes / 1024;
const gzip = (data) => gzipSync(data, { level: 9 }).length;
const { report, exit } = budgetReporter('offline');

buildSite(outDir);

const sw = readFileSync(join(outDir, 'sw.js'), 'utf8');
const precache = JSON.parse(/^const PRECACHE = (.*);$/m.exec(sw)[1]);
let raw = 0;
let packed = 0;
for (const [url] of precache.files) {
  const path = url === '/' ? 'index.html' : url.slice(1).replace(/\/$/, '/index.html');
  const bytes = readFileSync(join(outDir, decodeURI(path)));
  raw += bytes.length;
  packed += gzip(bytes);
}
console.log(`offline: precache: ${precache.files.length} files, version ${precache.version}`);
report('precache, as files', kb(raw), undefined, 'kB');
report('precache, gzip', kb(packed), budgets.precacheGzipKb, 'kB gzip');
report('sw.js, as served', kb(Buffer.byteLength(sw)), undefined, 'kB');
report('sw.js, gzip', kb(gzip(sw)), budgets.swGzipKb, 'kB gzip');

// The registration script alone, as Vite would minify it into every page's inline module.
const register = await build({
  entryPoints: ['src/offline/register.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  define: { 'import.meta.env.PROD': 'true', 'import.meta.env.BASE_URL': '"/"' },
});
const registerCode = register.outputFiles[0].text;
report('registration script, minified', kb(Buffer.byteLength(registerCode)), undefined, 'kB');
report('registration script, gzip', kb(gzip(registerCode)), budgets.registerGzipKb, 'kB gzip');
// It ships inside each page's inline module script, which site.mjs does not count (it counts
// script files); here is that whole module, as served.
const html = readFileSync(join(outDir, 'huong-dan/index.html'), 'utf8');
const inline = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
report(
  'inline module of every page, with it, gzip',
  kb(gzip(inline.join(''))),
  undefined,
  'kB gzip',
);
exit();
