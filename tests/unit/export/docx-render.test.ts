/**
 * The Word file as LibreOffice lays it out: rendered to PDF and read back page by page, so that a
 * file a word processor would reject or mangle cannot pass. Two conversions (about 1.5 s each, run
 * at once): the Sở example, complete, and a fresh UBND huyện draft with its gaps.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planToDocx } from '../../../src/export/docx.ts';
import { createPlan, type Plan } from '../../../src/plan/index.ts';
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

let complete: PdfPage[];
let draft: PdfPage[];
const dirs: string[] = [];
const so: Plan = example('so');

beforeAll(async () => {
  requireRenderTools();
  const [first, second] = await Promise.all([
    renderDocx(await planToDocx(so)),
    renderDocx(await planToDocx(createPlan({ unitType: 'huyen', planYear: 2013 }))),
  ]);
  dirs.push(first.dir, second.dir);
  complete = first.pages;
  draft = second.pages;
}, 60_000);

afterAll(() => dirs.forEach(removeDir));

const portraitPages = (pages: PdfPage[]) => pages.filter(isA4Portrait);
const annexPages = (pages: PdfPage[]) => pages.filter(isA4Landscape);
/** The first non-empty line of a page: where the header's page number sits. */
const firstLine = (page: PdfPage | undefined) =>
  (page?.text ?? '')
    .split('\n')
    .find((line) => line.trim() !== '')
    ?.trim();

describe('the Sở example rendered by LibreOffice', () => {
  it('has A4 portrait pages for the text, then A4 landscape pages for the annex', () => {
    expect(complete.length).toBeGreaterThanOrEqual(2);
    const firstLandscape = complete.findIndex(isA4Landscape);
    expect(firstLandscape).toBeGreaterThan(0);
    expect(complete.slice(0, firstLandscape).every(isA4Portrait)).toBe(true);
    expect(complete.slice(firstLandscape).every(isA4Landscape)).toBe(true);
  });

  it('opens with the header, the title and section I on page 1, without a page number', () => {
    const page = complete[0];
    expect(page?.text).toMatch(/UBND TỈNH MẪU +CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
    expect(page?.text).toMatch(/SỞ NỘI VỤ +Độc lập - Tự do - Hạnh phúc/);
    expect(page?.text).toMatch(/Số: 152\/KH-SNV +Mẫu, ngày 20 tháng 12 năm 2012/);
    expect(page?.text).toMatch(/^ +KẾ HOẠCH$/m);
    expect(page?.text).toMatch(/^ +Cải cách hành chính năm 2013$/m);
    expect(page?.text).toContain('I. MỤC TIÊU');
    expect(firstLine(page)).toMatch(/^UBND TỈNH MẪU +CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/);
  });

  it('numbers every later page at the top, the annex included', () => {
    complete.slice(1).forEach((page, index) => expect(firstLine(page)).toBe(String(index + 2)));
  });

  it('ends the text with Nơi nhận beside the signature', () => {
    const text = portraitPages(complete).at(-1)?.text ?? '';
    expect(text).toMatch(/Nơi nhận: +KT\. GIÁM ĐỐC/);
    expect(text).toMatch(/- UBND tỉnh \(b\/c\); +PHÓ GIÁM ĐỐC/);
    expect(text).toContain('- Lưu: VT, CCHC.');
    expect(text).toContain('Trần Văn Minh');
  });

  it('prints the annex with its heading row on every page, every task and the total', () => {
    const pages = annexPages(complete);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages[0]?.text).toContain('PHỤ LỤC');
    expect(pages[0]?.text).toContain('KẾ HOẠCH TRIỂN KHAI CÁC NHIỆM VỤ CCHC NĂM 2013');
    for (const page of pages) {
      // Heading cells wrap, so look for the heading's words in the raw text of the page.
      expect(squeeze(page.raw)).toContain(
        squeeze('TT Nhiệm vụ chung Nhiệm vụ cụ thể Sản phẩm Cơ quan chủ trì'),
      );
    }
    const annex = squeeze(pages.map((page) => page.raw).join(''));
    expect(annex).toContain(squeeze(`I. Cải cách thể chế 1 ${so.rows[0]?.generalTask}`));
    for (const row of so.rows) expect(annex).toContain(squeeze(row.specificTask));
    const last = pages.at(-1)?.text ?? '';
    expect(last).toMatch(/Tổng kinh phí +1\.517\.000\.000/);
  });
});

describe('a new draft rendered by LibreOffice', () => {
  it('renders with its gaps visible, signed on behalf of the People’s Committee', () => {
    expect(draft.length).toBeGreaterThanOrEqual(2);
    expect(isA4Portrait(draft[0] as PdfPage)).toBe(true);
    expect(isA4Landscape(draft.at(-1) as PdfPage)).toBe(true);
    const text = draft.map((page) => page.text).join('\n');
    expect(text).toContain('…, ngày … tháng … năm …');
    expect(text).toContain('(Chưa có nội dung.)');
    expect(text).toContain('TM. ỦY BAN NHÂN DÂN');
    expect(text).toContain('CHỦ TỊCH');
    expect(squeeze(text)).toMatch(/Tổngkinhphí\(chưagồm\d+nhiệmvụchưacókinhphídựkiến\)0/);
  });
});
