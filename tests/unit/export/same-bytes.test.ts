/**
 * The exporters give the same bytes for the same plan: on every run, whatever the clock says,
 * and in Chromium as in Node. The builder's download and `ke-hoach export` are then the same
 * file, and a re-export of an unchanged plan does not look like a new version.
 */
import { chromium, type Browser } from '@playwright/test';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { planToDocx } from '../../../src/export/docx.ts';
import { planToXlsx } from '../../../src/export/xlsx.ts';
import { reportToDocx } from '../../../src/export/report/docx.ts';
import { reportToXlsx } from '../../../src/export/report/xlsx.ts';
import { trackedPlan } from '../../fixtures/tracked-plans.ts';
import { testLaunchOptions } from '../../../scripts/chromium-path.mjs';
import { example } from '../plan/fixtures.ts';
import { packageDate, stampZip, ZipStampError } from '../../../src/export/stable-zip.ts';
import type { Plan } from '../../../src/plan/index.ts';
import { bigPlan } from './helpers.ts';

/** The MS-DOS date and time of every entry, from the central directory and the local headers. */
function zipDates(zip: Uint8Array): Set<string> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const format = (time: number, date: number) => {
    const two = (n: number) => String(n).padStart(2, '0');
    return `${(date >> 9) + 1980}-${two((date >> 5) & 15)}-${two(date & 31)} ${two(time >> 11)}:${two((time >> 5) & 63)}:${two((time & 31) * 2)}`;
  };
  const dates = new Set<string>();
  let end = zip.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end--;
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < view.getUint16(end + 10, true); i++) {
    dates.add(format(view.getUint16(at + 12, true), view.getUint16(at + 14, true)));
    const local = view.getUint32(at + 42, true);
    dates.add(format(view.getUint16(local + 10, true), view.getUint16(local + 12, true)));
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
  }
  return dates;
}

const exporters = { docx: planToDocx, xlsx: planToXlsx };

describe('in Node', () => {
  afterEach(() => vi.useRealTimers());

  it.each(Object.entries(exporters))(
    'writes the same %s bytes on every run, whatever the date and time',
    async (_format, exporter) => {
      const plan = example('so');
      const first = await exporter(plan);
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2031-07-15T08:30:00Z'));
      const second = await exporter(plan);
      expect(second).toEqual(first);
    },
  );

  it.each(Object.entries(exporters))(
    'stamps every %s entry with the plan’s issue date, or 31 December before the plan year',
    async (_format, exporter) => {
      expect(zipDates(await exporter(example('so')))).toEqual(new Set(['2012-12-20 12:00:00']));
      const draft = example('so');
      draft.document.issueDate = null;
      expect(zipDates(await exporter(draft))).toEqual(new Set(['2012-12-31 12:00:00']));
    },
  );

  it('refuses to stamp what is not a zip file', () => {
    expect(() =>
      stampZip(new TextEncoder().encode('không phải zip'), packageDate(example('so'))),
    ).toThrow(ZipStampError);
  });

  it('changes the bytes when the plan changes', async () => {
    const plan = example('so');
    const other = example('so');
    other.document.number = '153';
    expect(await planToDocx(other)).not.toEqual(await planToDocx(plan));
    expect(await planToXlsx(other)).not.toEqual(await planToXlsx(plan));
  });
});

/**
 * The exporters bundled the way the builder loads them (esbuild, browser platform), run in
 * Chromium in another time zone than this process.
 */
describe('in Chromium', () => {
  let browser: Browser;
  let bundle: string;

  beforeAll(async () => {
    const result = await build({
      stdin: {
        contents: `export { planToDocx } from './src/export/docx.ts';
export { planToXlsx } from './src/export/xlsx.ts';
export { reportToDocx } from './src/export/report/docx.ts';
export { reportToXlsx } from './src/export/report/xlsx.ts';`,
        resolveDir: fileURLToPath(new URL('../../../', import.meta.url)),
        sourcefile: 'exporters-entry.ts',
        loader: 'ts',
      },
      bundle: true,
      minify: true,
      format: 'iife',
      globalName: 'exporters',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    bundle = result.outputFiles[0]?.text ?? '';
    browser = await chromium.launch(testLaunchOptions());
  }, 60_000);

  afterAll(async () => browser?.close());

  type Exporters = {
    planToDocx: typeof planToDocx;
    planToXlsx: typeof planToXlsx;
    reportToDocx: typeof reportToDocx;
    reportToXlsx: typeof reportToXlsx;
  };
  type Format = 'docx' | 'xlsx';

  /** The bytes the bundled exporters give for `plan` in a page in another time zone. */
  async function inChromium(
    plan: Plan,
    timezoneId: string,
    names: Record<Format, keyof Exporters>,
  ): Promise<Record<Format, Uint8Array>> {
    const context = await browser.newContext({ timezoneId });
    const page = await context.newPage();
    await page.setContent('<!doctype html><title>export</title>');
    await page.addScriptTag({ content: bundle });
    const bytes = await page.evaluate(
      async ({ json, names }) => {
        const plan = JSON.parse(json);
        const api = (globalThis as unknown as { exporters: Exporters }).exporters;
        // Report exporters take the period after the plan; plan exporters ignore it.
        const run = (name: keyof Exporters) =>
          (api[name] as (plan: Plan, period: 'quy-3') => Promise<Uint8Array>)(plan, 'quy-3');
        return { docx: Array.from(await run(names.docx)), xlsx: Array.from(await run(names.xlsx)) };
      },
      { json: JSON.stringify(plan), names },
    );
    await context.close();
    return { docx: new Uint8Array(bytes.docx), xlsx: new Uint8Array(bytes.xlsx) };
  }

  // A large plan, so that the parts are big enough to take fflate's other code paths too. About
  // 5 s each on an idle machine; the timeouts leave room for a machine running other suites.
  it('writes the same Word and Excel bytes as Node for a 300-row plan', async () => {
    const plan = bigPlan(300);
    const fromBrowser = await inChromium(plan, 'America/Los_Angeles', {
      docx: 'planToDocx',
      xlsx: 'planToXlsx',
    });
    expect(fromBrowser.docx).toEqual(await planToDocx(plan));
    expect(fromBrowser.xlsx).toEqual(await planToXlsx(plan));
  }, 60_000);

  it('writes the same Word and Excel report bytes as Node for a 300-row plan', async () => {
    const plan = trackedPlan(bigPlan(300), '2013-09-14');
    const fromBrowser = await inChromium(plan, 'Asia/Ho_Chi_Minh', {
      docx: 'reportToDocx',
      xlsx: 'reportToXlsx',
    });
    expect(fromBrowser.docx).toEqual(await reportToDocx(plan, 'quy-3'));
    expect(fromBrowser.xlsx).toEqual(await reportToXlsx(plan, 'quy-3'));
  }, 60_000);
});
