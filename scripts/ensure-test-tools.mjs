// Finds what the tests need, or installs it: a Chromium, fonts with Vietnamese letters, poppler
// (pdftotext, pdfinfo, pdftoppm: the print and Word tests read the PDFs they make) and
// LibreOffice Writer (the Word export tests render the .docx to PDF with it). As root it uses
// Debian's packages, since Playwright's own browser download cannot reach its servers on closed
// networks; otherwise it falls back to Playwright's Chromium and reports what else is missing.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium-path.mjs';

const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const missing = [];
if (!findChromium()) missing.push('chromium');
if (!has('pdftotext') || !has('pdfinfo')) missing.push('poppler-utils');
// The older fonts-liberation has no Vietnamese letters (ơ, ư, ạ…ỹ): LibreOffice would then mix in
// another font and paginate differently, and Chromium's PDFs would not read back.
if (!existsSync('/usr/share/fonts/truetype/liberation2')) missing.push('fonts-liberation2');
// The headless Writer without its GUI: about 90 MB instead of the full suite's several hundred.
if (!has('soffice')) missing.push('libreoffice-writer-nogui');

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
let failed = false;
if (!has('pdftotext') || !has('pdfinfo')) {
  console.error('pdftotext/pdfinfo are missing: install poppler-utils (the PDF tests need them).');
  failed = true;
}
if (!has('soffice')) {
  console.error(
    'soffice is missing: install LibreOffice Writer (Debian: apt-get install --no-install-recommends libreoffice-writer-nogui); the Word export tests render .docx files with it.',
  );
  failed = true;
}
if (failed) process.exit(1);
console.log(`Chromium: ${findChromium() ?? "Playwright's bundled build"}`);
