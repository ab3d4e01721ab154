/**
 * The periodic report's Word file as LibreOffice lays it out: rendered to PDF and read back page
 * by page. The Sở example carried to the third quarter's cut-off (tests/fixtures/tracked-plans.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportToDocx } from '../../../src/export/report/docx.ts';
import { trackedPlan } from '../../fixtures/tracked-plans.ts';
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

const plan = trackedPlan(example('so'), '2013-09-14');
let pages: PdfPage[];
let dir = '';

beforeAll(async () => {
  requireRenderTools();
  const rendered = await renderDocx(await reportToDocx(plan, 'quy-3'));
  dir = rendered.dir;
  pages = rendered.pages;
}, 60_000);

afterAll(() => removeDir(dir));

const firstLine = (page: PdfPage | undefined) =>
  (page?.text ?? '')
    .split('\n')
    .find((line) => line.trim() !== '')
    ?.trim();

describe('the report rendered by LibreOffice', () => {
  it('has A4 portrait pages for the text, then A4 landscape pages for the annexes', () => {
    const firstLandscape = pages.findIndex(isA4Landscape);
    expect(firstLandscape).toBeGreaterThan(0);
    expect(pages.slice(0, firstLandscape).every(isA4Portrait)).toBe(true);
    expect(pages.slice(firstLandscape).every(isA4Landscape)).toBe(true);
    // One landscape page at least for each of the three annexes.
    expect(pages.length - firstLandscape).toBeGreaterThanOrEqual(3);
  });

  it('opens with the header block, BÁO CÁO and the title, without a page number', () => {
    const page = pages[0];
    expect(firstLine(page)).toMatch(/^UBND TỈNH MẪU +CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/);
    expect(page?.text).toMatch(/SỞ NỘI VỤ +Độc lập - Tự do - Hạnh phúc/);
    expect(page?.text).toMatch(/Số: +\/BC-SNV +Mẫu, ngày … tháng … năm …/);
    expect(page?.text).toMatch(/^ +BÁO CÁO$/m);
    expect(page?.text).toMatch(
      /^ +Kết quả thực hiện công tác cải cách hành chính quý III năm 2013$/m,
    );
    expect(page?.text).toContain('I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH');
  });

  it('numbers every later page at the top', () => {
    pages.slice(1).forEach((page, index) => expect(firstLine(page)).toBe(String(index + 2)));
  });

  it('ends the text with sections III–V, Nơi nhận and the signature', () => {
    const text = pages
      .filter(isA4Portrait)
      .map((page) => page.text)
      .join('\n');
    expect(text).toContain('III. ĐÁNH GIÁ CHUNG');
    expect(text).toContain('V. ĐỀ XUẤT, KIẾN NGHỊ');
    expect(text).toMatch(/Nơi nhận: +KT\. GIÁM ĐỐC/);
    expect(text).toContain('Trần Văn Minh');
  });

  it('prints the three annexes, the totals, and a task’s result', () => {
    const landscape = pages.filter(isA4Landscape);
    const annex = squeeze(landscape.map((page) => page.raw).join(''));
    for (const label of ['PHỤ LỤC I', 'PHỤ LỤC II', 'PHỤ LỤC III']) {
      expect(annex).toContain(squeeze(label));
    }
    expect(landscape[0]?.text).toMatch(/Tổng cộng +26 +11 +10 +1 +4 +7 +4 +3 +50%/);
    const result = plan.rows.find((row) => row.progress?.result)?.progress?.result ?? '';
    expect(result).not.toBe('');
    expect(annex).toContain(squeeze(result));
    // Every landscape page of annex III repeats its heading row.
    const third = landscape.findIndex((page) => page.text.includes('PHỤ LỤC III'));
    for (const page of landscape.slice(third)) {
      expect(squeeze(page.raw)).toContain(squeeze('Kết quả, sản phẩm đã có'));
    }
  });
});
