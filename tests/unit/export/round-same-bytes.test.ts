/**
 * The round's Word and Excel files are the same bytes in Chromium as in Node, whatever the time
 * zone: the desk's downloads and `ke-hoach tong-hop` give the same files. The exporters are
 * bundled the way a page loads them (esbuild, browser platform); the round's view, plain data,
 * is computed here and handed over as JSON.
 */
import { chromium, type Browser } from '@playwright/test';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testLaunchOptions } from '../../../scripts/chromium-path.mjs';
import { planToJsonBytes } from '../../../src/export/json.ts';
import { roundLetterToDocx, roundSummaryToDocx } from '../../../src/export/round/docx.ts';
import { roundTaskSource } from '../../../src/export/round/tasks.ts';
import { roundToXlsx } from '../../../src/export/round/xlsx.ts';
import {
  addFiles,
  checkReceivedPlan,
  emptyRound,
  receiveFiles,
  viewRound,
  type Round,
  type RoundView,
} from '../../../src/round/index.ts';
import type { RoundExportOptions } from '../../../src/export/round/round-text.ts';
import { example } from '../plan/fixtures.ts';
import { bigPlan } from './helpers.ts';

const asOf = '2013-09-14';
const round = addFiles(
  emptyRound({ name: 'Đợt 1', planYear: 2013, deadline: '2012-12-26', roster: ['Sở Tư pháp'] }),
  receiveFiles([
    { name: 'lon.json', bytes: planToJsonBytes(bigPlan(300)) },
    { name: 'huyen.json', bytes: planToJsonBytes(example('huyen')) },
    { name: 'bai-tap.json', bytes: planToJsonBytes(example('training')) },
  ]),
);
const view = viewRound(
  round,
  new Map(
    round.files.flatMap((file) =>
      file.kind === 'plan' ? [[file.id, checkReceivedPlan(file.plan, asOf)] as const] : [],
    ),
  ),
);
const options = { asOf, sender: { name: 'Sở Nội vụ tỉnh Mẫu', province: 'Mẫu' } };

describe('in Chromium', () => {
  let browser: Browser;
  let bundle: string;

  beforeAll(async () => {
    const result = await build({
      stdin: {
        contents: `export { roundLetterToDocx, roundSummaryToDocx } from './src/export/round/docx.ts';
export { roundToXlsx } from './src/export/round/xlsx.ts';
export { roundTaskSource } from './src/export/round/tasks.ts';`,
        resolveDir: fileURLToPath(new URL('../../../', import.meta.url)),
        sourcefile: 'round-exporters-entry.ts',
        loader: 'ts',
      },
      bundle: true,
      minify: true,
      format: 'iife',
      globalName: 'roundExporters',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    bundle = result.outputFiles[0]?.text ?? '';
    browser = await chromium.launch(testLaunchOptions());
  }, 60_000);

  afterAll(async () => browser?.close());

  interface Api {
    roundSummaryToDocx: typeof roundSummaryToDocx;
    roundToXlsx: typeof roundToXlsx;
    roundLetterToDocx: typeof roundLetterToDocx;
    roundTaskSource: typeof roundTaskSource;
  }

  it('writes the same summary, workbook and letter bytes as Node', async () => {
    const context = await browser.newContext({ timezoneId: 'America/Los_Angeles' });
    const page = await context.newPage();
    await page.setContent('<!doctype html><title>export</title>');
    await page.addScriptTag({ content: bundle });
    const bytes = await page.evaluate(async (json) => {
      const { round, view, options } = JSON.parse(json) as {
        round: Round;
        view: RoundView;
        options: RoundExportOptions;
      };
      const api = (globalThis as unknown as { roundExporters: Api }).roundExporters;
      const tasks = api.roundTaskSource(round);
      return {
        summary: Array.from(await api.roundSummaryToDocx(round, view, options)),
        workbook: Array.from(await api.roundToXlsx(round, view, { ...options, tasks })),
        letter: Array.from(await api.roundLetterToDocx(view.units[2]!, options)),
      };
    }, JSON.stringify({ round, view, options }));
    await context.close();
    expect(new Uint8Array(bytes.summary)).toEqual(await roundSummaryToDocx(round, view, options));
    expect(new Uint8Array(bytes.workbook)).toEqual(
      await roundToXlsx(round, view, { ...options, tasks: roundTaskSource(round) }),
    );
    expect(new Uint8Array(bytes.letter)).toEqual(await roundLetterToDocx(view.units[2]!, options));
  }, 90_000);
});
