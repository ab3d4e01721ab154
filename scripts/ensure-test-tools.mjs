// Finds what the browser tests need, or installs it: a Chromium, fonts with Vietnamese letters,
// and poppler's pdftotext (print tests read the PDF Chromium makes). As root it uses Debian's
// packages, since Playwright's own browser download cannot reach its servers on closed networks;
// otherwise it falls back to Playwright's Chromium and reports what else is missing.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium-path.mjs';

const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const missing = [];
if (!findChromium()) missing.push('chromium');
if (!has('pdftotext')) missing.push('poppler-utils');
if (!existsSync('/usr/share/fonts/truetype/liberation2')) missing.push('fonts-liberation2');

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (missing.length > 0) {
  try {
    if (isRoot && has('apt-get')) {
      console.log(`Installing Debian packages: ${missing.join(' ')}`);
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } else if (missing.includes('chromium')) {
      console.log("No system Chromium: downloading Playwright's Chromium…");
      execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
    }
  } catch (error) {
    console.error(
      `Could not install ${missing.join(', ')}: ${error instanceof Error ? error.message : error}`,
    );
    process.exit(1);
  }
}
if (!has('pdftotext')) {
  console.error('pdftotext is missing: install poppler-utils (the print tests need it).');
  process.exit(1);
}
console.log(`Chromium: ${findChromium() ?? "Playwright's bundled build"}`);
