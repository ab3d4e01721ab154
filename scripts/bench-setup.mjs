// What the browser benchmarks in scripts/bench/ share: figures printed against their budgets, a
// production build in a folder of its own, served, and Debian's Chromium launched. (Not in
// scripts/bench/, where every file is a benchmark.)
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { chromiumArgs, findChromium } from './chromium-path.mjs';
import { serveStatic } from './static-server.mjs';

/**
 * Prints each figure as `name: label: value unit (budget …) ok|OVER` and counts those over;
 * `exit()` ends the benchmark with 1 if any was. `digits` and `unitSpace` keep a benchmark's own
 * layout (the layout-shift bench writes "0.004" and units with their own space: " ms").
 */
export function budgetReporter(name, { digits = 2, unitSpace = ' ' } = {}) {
  let over = 0;
  return {
    /** `better: 'higher'` for a score that must reach its budget. */
    report(label, value, budget, unit, better = 'lower') {
      const ok = budget === undefined || (better === 'lower' ? value <= budget : value >= budget);
      if (!ok) over++;
      const target =
        budget === undefined ? '' : ` (budget ${budget}${unitSpace}${unit}) ${ok ? 'ok' : 'OVER'}`;
      console.log(`${name}: ${label}: ${value.toFixed(digits)}${unitSpace}${unit}${target}`);
    },
    /** A failure that is no figure (a tool that would not run). */
    fail(message) {
      console.log(`${name}: ${message}`);
      over++;
    },
    exit() {
      process.exit(over ? 1 : 0);
    },
  };
}

/** A production build into `outDir` (each benchmark its own, so that two can run at once). */
export function buildSite(outDir) {
  const build = spawnSync('npx', ['astro', 'build'], {
    env: { ...process.env, OUT_DIR: outDir },
    stdio: 'ignore',
  });
  if (build.status !== 0) throw new Error('astro build failed');
}

/** The build served at the root on `port`, as an ordinary web host would. */
export async function serveSite(root, port) {
  const server = await serveStatic({ root, base: '/', port });
  return { server, origin: `http://127.0.0.1:${port}` };
}

/** Debian's Chromium with the flags that keep it off the network (see chromium-path.mjs). */
export const launchChromium = () =>
  chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
