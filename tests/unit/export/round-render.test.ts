/**
 * The round's summary and a comment letter as LibreOffice lays them out: rendered to PDF and read
 * back page by page. The round: the three 2013 examples, one of them the training plan with its
 * mistakes, and a roster with one unit that never sent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roundLetterToDocx, roundSummaryToDocx } from '../../../src/export/round/docx.ts';
import { checkReceivedPlan, viewRound } from '../../../src/round/index.ts';
import { example } from '../plan/fixtures.ts';
import {
  isA4Landscape,
  isA4Portrait,
  removeDir,
  renderDocx,
  requireRenderTools,
  squeeze,
  type PdfPage,
} from './helpers.ts';

const asOf = '2013-09-14';
const plans = [example('so'), example('huyen'), example('training')];
const checked = new Map(plans.map((plan, index) => [`f${index}`, checkReceivedPlan(plan, asOf)]));
const settings = {
  name: '',
  planYear: 2013,
  deadline: '2012-12-26',
  roster: ['Sở Nội vụ', 'UBND huyện Mẫu Sơn', 'Sở Giao thông vận tải', 'Sở Tư pháp'],
};
const view = viewRound(
  {
    ...settings,
    kept: {},
    files: plans.map((_, index) => ({
      kind: 'plan' as const,
      id: `f${index}`,
      file: `${index}.json`,
    })),
  },
  checked,
);
const options = { asOf, sender: { name: 'Sở Nội vụ tỉnh Mẫu', province: 'Mẫu' } };
let summary: PdfPage[];
let letter: PdfPage[];
const dirs: string[] = [];

beforeAll(async () => {
  requireRenderTools();
  const training = view.units.find((unit) => unit.file === '2.json')!;
  // One after the other: two LibreOffice conversions at once on a busy 2-core machine time out.
  const first = await renderDocx(await roundSummaryToDocx(settings, view, options));
  const second = await renderDocx(await roundLetterToDocx(training, options));
  dirs.push(first.dir, second.dir);
  summary = first.pages;
  letter = second.pages;
}, 120_000);

afterAll(() => dirs.forEach(removeDir));

describe('the summary rendered by LibreOffice', () => {
  it('has the text on A4 portrait pages, then the table of units on a landscape page', () => {
    const firstLandscape = summary.findIndex(isA4Landscape);
    expect(firstLandscape).toBeGreaterThan(0);
    expect(summary.slice(0, firstLandscape).every(isA4Portrait)).toBe(true);
    expect(summary.slice(firstLandscape).every(isA4Landscape)).toBe(true);
    const text = squeeze(summary.map((page) => page.raw).join('\n'));
    expect(text).toContain(squeeze('Chưa gửi kế hoạch: 1 cơ quan, đơn vị: Sở Tư pháp.'));
    expect(text).toContain(squeeze('NHỮNG LỖI THƯỜNG GẶP'));
    const annex = squeeze(
      summary
        .slice(firstLandscape)
        .map((page) => page.raw)
        .join('\n'),
    );
    expect(annex).toContain(squeeze('PHỤ LỤC I'));
    expect(annex).toContain(squeeze('Sở Giao thông vận tải'));
    expect(annex).toContain('1.517.000.000');
  });
});

describe('a comment letter rendered by LibreOffice', () => {
  it('is portrait only, with the V/v line under the number and the signature at the end', () => {
    expect(letter.every(isA4Portrait)).toBe(true);
    const first = squeeze(letter[0]!.raw);
    expect(first).toContain(squeeze('V/v góp ý Kế hoạch CCHC năm 2013'));
    expect(first).toContain(squeeze('Kính gửi: Sở Giao thông vận tải.'));
    const last = squeeze(letter.at(-1)!.raw);
    expect(last).toContain(squeeze('Nơi nhận:'));
    expect(last).toContain(squeeze('GIÁM ĐỐC'));
  });
});
