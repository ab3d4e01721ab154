// `npm run bench`: runs every benchmark in scripts/bench/ in turn and prints its figures.
// A benchmark exits non-zero when a figure misses its budget; this script then does too.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const only = process.argv[2];
let failed = 0;
for (const file of readdirSync(new URL('./bench/', import.meta.url))
  .filter((f) => f.endsWith('.mjs'))
  .sort()) {
  if (only && !file.includes(only)) continue;
  console.log(`\n== ${file}`);
  const result = spawnSync(process.execPath, [`scripts/bench/${file}`], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
