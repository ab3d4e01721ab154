// Issue 6: how long a share link is for a 40-row plan (fflate + base64url in the "#" part).
// Issue 10: how fast, and in how much memory, links that inflate to a huge text ("zip bombs")
// are refused. Each bomb is decoded in a child process of its own, so that its peak memory
// (`maxRSS`) is not the peak of building the bomb.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Deflate, strToU8 } from 'fflate';
import { MAX_FILE_BYTES } from '../../src/plan/file-format.ts';
import {
  decodePlanFromLink,
  encodePlanForLink,
  inflateCapped,
  MAX_SHARE_LINK_LENGTH,
} from '../../src/plan/share.ts';

const MB = 1024 * 1024;

if (process.argv[2] === '--decode') {
  // Child: decode one link, as the whole link or (--cap-only) through the size cap alone.
  const link = readFileSync(process.argv[3], 'utf8');
  const capOnly = process.argv[4] === '--cap-only';
  const bytes = capOnly
    ? Uint8Array.from(atob(link.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0))
    : undefined;
  const before = process.memoryUsage().rss;
  const decode = () =>
    capOnly ? inflateCapped(bytes, MAX_FILE_BYTES) === undefined : !decodePlanFromLink(link).ok;
  // The first run is what a visitor waits for, and its peak memory what the page needs (later
  // runs only add garbage not yet collected); the best of the next runs is the time that a busy
  // machine disturbs least, and the one held to the budget.
  const times = [];
  let refused = true;
  let peak = 0;
  for (let i = 0; i < 6; i++) {
    const start = performance.now();
    refused &&= decode();
    times.push(performance.now() - start);
    if (i === 0) peak = process.resourceUsage().maxRSS * 1024;
  }
  console.log(
    JSON.stringify({ refused, first: times[0], best: Math.min(...times.slice(1)), before, peak }),
  );
  process.exit(0);
}

/** A link whose JSON text is `megabytes` MB of spaces, built without holding that text. */
function bombLink(megabytes) {
  const parts = [];
  const deflater = new Deflate({ level: 9 }, (chunk) => parts.push(chunk));
  const spaces = new Uint8Array(MB).fill(0x20);
  deflater.push(strToU8('{"format":"ke-hoach-cchc","version":2,"notes":"'));
  for (let i = 0; i < megabytes; i++) deflater.push(spaces);
  deflater.push(strToU8('"}'), true);
  let binary = '';
  for (const part of parts) {
    for (let i = 0; i < part.length; i += 0x8000) {
      binary += String.fromCharCode(...part.subarray(i, i + 0x8000));
    }
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const example = JSON.parse(readFileSync('content/examples/so-noi-vu-tinh-mau-2013.json', 'utf8'));
const rows = Array.from({ length: 40 }, (_, i) => ({
  ...example.rows[i % example.rows.length],
  id: `r-${i}`,
  specificTask: `${example.rows[i % example.rows.length].specificTask} (${i + 1})`,
}));
const prefix = 'https://cchc.example.org/ke-hoach/#/chia-se/';
const length = prefix.length + encodePlanForLink({ ...example, rows }).length;
let ok = length <= MAX_SHARE_LINK_LENGTH;
console.log(
  `share: 40-row plan link: ${length} characters (limit ${MAX_SHARE_LINK_LENGTH}) ${ok ? 'ok' : 'OVER'}`,
);

/** Refusing a bomb may take this long and this much memory above the process's own. */
const TIME_BUDGET_MS = 250;
const MEMORY_BUDGET_MB = 64;
const dir = mkdtempSync(join(tmpdir(), 'share-bench-'));
try {
  for (const megabytes of [MAX_FILE_BYTES / MB, 64, 400]) {
    const file = join(dir, `bomb-${megabytes}.txt`);
    const link = bombLink(megabytes);
    writeFileSync(file, link);
    for (const mode of ['link', '--cap-only']) {
      const child = spawnSync(process.execPath, [process.argv[1], '--decode', file, mode], {
        encoding: 'utf8',
      });
      if (child.status !== 0) throw new Error(child.stderr);
      const { refused, first, best, before, peak } = JSON.parse(child.stdout);
      const aboveMb = (peak - before) / MB;
      const fine = refused && best < TIME_BUDGET_MS && aboveMb < MEMORY_BUDGET_MB;
      if (!fine) ok = false;
      console.log(
        `share: ${megabytes} MB bomb, ${link.length} characters, ${mode === 'link' ? 'whole link' : 'size cap alone'}: ` +
          `${refused ? 'refused' : 'ACCEPTED'} in ${best.toFixed(1)} ms (first run ${first.toFixed(1)} ms), ` +
          `peak memory ${(peak / MB).toFixed(0)} MB (${aboveMb.toFixed(1)} MB above the start; ` +
          `targets < ${TIME_BUDGET_MS} ms, < ${MEMORY_BUDGET_MB} MB)${fine ? '' : ' — OVER TARGET'}`,
      );
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(ok ? 0 : 1);
