/**
 * What the Sở Nội vụ sends after a round, in every format, read back: the summary's Word file and
 * Markdown, the workbook's three sheets, a comment letter per unit, the JSON. The round: the Sở
 * example, the UBND huyện example, the training plan (17 findings), the Sở example again with a
 * later date (kept; the first set aside), a damaged file, and a roster with one unit that never
 * sent.
 */
import { strToU8 } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { planToJsonBytes } from '../../../src/export/json.ts';
import { roundLetterToDocx, roundSummaryToDocx } from '../../../src/export/round/docx.ts';
import { roundSummary, roundToJson } from '../../../src/export/round/json.ts';
import { roundSummaryToMarkdown } from '../../../src/export/round/markdown.ts';
import { roundTaskSource } from '../../../src/export/round/tasks.ts';
import { ROUND_SHEET_NAMES, roundToXlsx } from '../../../src/export/round/xlsx.ts';
import { roundFileName, roundLetterFileName } from '../../../src/export/file-name.ts';
import { checkPlan, countFindings } from '../../../src/plan/index.ts';
import {
  addFiles,
  checkReceivedPlan,
  emptyRound,
  receiveFiles,
  viewRound,
  type Round,
} from '../../../src/round/index.ts';
import { changed, example } from '../plan/fixtures.ts';
import { readWorkbook, unzipText } from './helpers.ts';

const asOf = '2013-09-14';
const round: Round = addFiles(
  emptyRound({
    name: 'Kế hoạch CCHC năm 2013 của các sở, ngành, địa phương',
    planYear: 2013,
    deadline: '2012-12-26',
    roster: ['Sở Nội vụ', 'UBND huyện Mẫu Sơn', 'Sở Giao thông vận tải', 'Sở Tư pháp'],
  }),
  receiveFiles([
    { name: 'so.json', bytes: planToJsonBytes(example('so')) },
    { name: 'huyen.json', bytes: planToJsonBytes(example('huyen')) },
    { name: 'bai-tap.json', bytes: planToJsonBytes(example('training')) },
    {
      name: 'so-lan-2.json',
      bytes: planToJsonBytes(
        changed('so', (plan) => {
          plan.document.issueDate = '2012-12-28';
        }),
      ),
    },
    { name: 'hong.json', bytes: strToU8('{"format": "ke-hoach-cchc"') },
  ]),
);
const checked = new Map(
  round.files.flatMap((file) =>
    file.kind === 'plan' ? [[file.id, checkReceivedPlan(file.plan, asOf)] as const] : [],
  ),
);
const view = viewRound(round, checked);
const options = {
  asOf,
  sender: {
    name: 'Sở Nội vụ tỉnh Mẫu',
    province: 'Mẫu',
    place: 'Mẫu Sơn',
    signerName: 'Trần Văn B',
  },
};
const training = view.units.find((unit) => unit.file === 'bai-tap.json')!;
const huyen = view.units.find((unit) => unit.file === 'huyen.json')!;

/** The text of a Word part's runs, in order, one per line, entities decoded. */
const textOf = (xml: string): string =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1]!)
    .join('\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe('the fixture', () => {
  it('is the round the tests rely on', () => {
    expect(view.tally).toEqual({
      sent: 3,
      onTime: 1,
      late: 2,
      undated: 0,
      missing: 1,
      unreadable: 1,
      setAside: 1,
    });
    expect(view.missing).toEqual(['Sở Tư pháp']);
    expect(training.checked.findings.length).toBeGreaterThan(5);
    expect(huyen.checked.findings).toEqual([]);
  });
});

describe('the summary as a Word file', () => {
  it('is a Báo cáo from the Sở Nội vụ with the tally, the missing units, the common mistakes and the table of units', async () => {
    const parts = unzipText(await roundSummaryToDocx(round, view, options));
    const xml = parts['word/document.xml']!;
    const text = textOf(xml);
    for (const expected of [
      'UBND TỈNH MẪU',
      'SỞ NỘI VỤ TỈNH MẪU',
      'Số:      /BC-SNV',
      'Mẫu Sơn, ngày … tháng … năm …',
      'BÁO CÁO',
      'Kết quả tiếp nhận, kiểm tra kế hoạch cải cách hành chính năm 2013 của các cơ quan, đơn vị',
      'I. TÌNH HÌNH GỬI KẾ HOẠCH',
      '- Số cơ quan, đơn vị đã gửi kế hoạch: 3 trên tổng số 4 cơ quan, đơn vị phải gửi.',
      '- Ban hành đúng hạn (đến ngày 26/12/2012): 1.',
      '- Ban hành sau hạn: 2 (Sở Giao thông vận tải; Sở Nội vụ).',
      '- Chưa gửi kế hoạch: 1 cơ quan, đơn vị: Sở Tư pháp.',
      '- Tệp không đọc được: 1 (danh sách và lý do tại Phụ lục II).',
      'III. NHỮNG LỖI THƯỜNG GẶP',
      'Nơi nhận:',
      '- UBND tỉnh Mẫu (để báo cáo);',
      'GIÁM ĐỐC',
      'Trần Văn B',
      'PHỤ LỤC I',
      'PHỤ LỤC II',
      'hong.json',
    ]) {
      expect(text).toContain(expected);
    }
    // Every common mistake with its rule's title, its citation and how many units.
    const first = view.mistakes[0]!;
    expect(text).toContain(first.title);
    // The annex's rows: the kept units only, each with its counts and budget.
    expect(text.match(/Sở Nội vụ\n/g)?.length).toBeGreaterThan(0);
    expect(text).toContain('Sở Giao thông vận tải');
    expect(text).toContain('1.517.000.000');
    expect(text).not.toContain('so-lan-2.json');
    // The text on portrait pages, the annexes on a landscape section.
    expect(xml.match(/<w:sectPr/g)?.length).toBe(2);
    expect(xml).toMatch(/w:orient="landscape"/);
  });

  it('dates the file from the signing day, or the day checked, and gives the same bytes every run', async () => {
    const first = await roundSummaryToDocx(round, view, options);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-07-15T08:30:00Z'));
    expect(await roundSummaryToDocx(round, view, options)).toEqual(first);
    const signed = unzipText(
      await roundSummaryToDocx(round, view, {
        ...options,
        sender: { ...options.sender, issueDate: '2013-09-20' },
      }),
    );
    expect(textOf(signed['word/document.xml']!)).toContain('Mẫu Sơn, ngày 20 tháng 09 năm 2013');
    expect(signed['docProps/core.xml']).toContain('2013-09-20T00:00:00Z');
  });
  afterEach(() => vi.useRealTimers());

  it('leaves blanks for the sender the clerk has not named', async () => {
    const text = textOf(
      unzipText(await roundSummaryToDocx(round, view, { asOf }))['word/document.xml']!,
    );
    expect(text).toContain('UBND TỈNH …');
    expect(text).toContain('SỞ NỘI VỤ');
    expect(text).toContain('…, ngày … tháng … năm …');
  });
});

describe('a comment letter', () => {
  it('is a công văn to the unit, its findings in plain words by severity, each with where and the paragraph', async () => {
    const xml = unzipText(await roundLetterToDocx(training, options))['word/document.xml']!;
    const text = textOf(xml);
    expect(text).toContain('Số:      /SNV-CCHC');
    expect(text).toContain('V/v góp ý Kế hoạch CCHC năm 2013 của Sở Giao thông vận tải');
    expect(text).toContain('Kính gửi: Sở Giao thông vận tải.');
    const counts = training.checked.summary.counts;
    expect(text).toContain(`1. Những nội dung chưa đúng hướng dẫn, phải sửa (${counts.loi} lỗi)`);
    expect(text).toContain(`2. Những nội dung cần rà soát lại (${counts['canh-bao']} cảnh báo)`);
    for (const finding of training.checked.findings) {
      expect(text).toContain(`${finding.where}: `);
      expect(text).toContain(`(căn cứ: ${finding.citation.label}).`);
    }
    expect(text).toContain('- Như trên;');
    // A letter has no annex: one portrait section, no document type line.
    expect(xml.match(/<w:sectPr/g)?.length).toBe(1);
    expect(text).not.toContain('BÁO CÁO');
  });

  it('says a plan without findings meets the guidance', async () => {
    const text = textOf(unzipText(await roundLetterToDocx(huyen, options))['word/document.xml']!);
    expect(text).toContain('Kế hoạch đã đáp ứng các yêu cầu theo hướng dẫn');
    expect(text).not.toContain('phải sửa');
  });

  it('is named after the unit, safely', () => {
    expect(roundLetterFileName('Sở Giao thông vận tải', 2013, 'a.json')).toBe(
      'gop-y-KH-CCHC-2013-so-giao-thong-van-tai.docx',
    );
    expect(roundLetterFileName('../../etc/<passwd>', 2013, 'a.json')).toBe(
      'gop-y-KH-CCHC-2013-etc-passwd.docx',
    );
    expect(roundLetterFileName('', 2013, 'thu muc/ke hoach.json')).toBe(
      'gop-y-KH-CCHC-2013-thu-muc-ke-hoach-json.docx',
    );
    expect(roundFileName(2013, 'xlsx')).toBe('tong-hop-ke-hoach-cchc-2013.xlsx');
  });
});

describe('the workbook', () => {
  it('has a sheet of units (kept, set aside, missing), one of every task, one of every finding', async () => {
    const bytes = await roundToXlsx(round, view, { ...options, tasks: roundTaskSource(round) });
    const workbook = readWorkbook(bytes, 1);
    for (const name of ROUND_SHEET_NAMES) expect(workbook.parts['xl/workbook.xml']).toContain(name);
    const units = workbook.cells;
    expect(units.get('B2')?.value).toBe('Cơ quan, đơn vị');
    const rows = view.units.length + view.missing.length;
    const column = (letter: string) =>
      Array.from({ length: rows }, (_, index) => units.get(`${letter}${index + 3}`)?.value);
    expect(column('T')).toEqual([...view.units.map((unit) => unit.file), undefined]);
    expect(column('U')).toEqual([...view.units.map(() => 'Kế hoạch (.json)'), undefined]);
    expect(column('V')).toEqual([
      'Để ra ngoài (đơn vị gửi nhiều bản)',
      'Tính vào tổng hợp',
      'Tính vào tổng hợp',
      'Tính vào tổng hợp',
      'Chưa gửi kế hoạch',
    ]);
    expect(column('B')[4]).toBe('Sở Tư pháp');
    const so = view.units.findIndex((unit) => unit.file === 'so-lan-2.json') + 3;
    expect(units.get(`N${so}`)).toMatchObject({ value: 1_517_000_000, format: '#,##0' });
    expect(units.get(`I${so}`)?.value).toBe(0);

    const tasks = readWorkbook(bytes, 2).cells;
    const taskCount = view.units
      .filter((unit) => unit.kept)
      .reduce((sum, unit) => sum + unit.checked.summary.tasks, 0);
    expect(tasks.get(`A${taskCount + 2}`)?.value).toBe(taskCount);
    expect(tasks.get(`A${taskCount + 3}`)).toBeUndefined();
    expect(tasks.get('C3')?.value).toMatch(/^I\. /);

    const findings = readWorkbook(bytes, 3).cells;
    const findingCount = training.checked.findings.length;
    expect(findings.get(`A${findingCount + 2}`)?.value).toBe(findingCount);
    expect(findings.get('B3')?.value).toBe('Sở Giao thông vận tải');
    expect(findings.get('C3')?.value).toBe('lỗi');
    expect(findings.get('G3')?.value).toBe(training.checked.findings[0]!.citation.label);
  });

  it('lists at most the given number of tasks and findings, and says how many were left out', async () => {
    const bytes = await roundToXlsx(round, view, {
      ...options,
      tasks: roundTaskSource(round),
      maxSheetRows: 5,
    });
    const tasks = readWorkbook(bytes, 2).cells;
    expect(tasks.get('A7')?.value).toBe(5);
    expect(String(tasks.get('A8')?.value)).toMatch(/^Bảng chỉ liệt kê 5 trên tổng số 63 nhiệm vụ/);
    expect(String(readWorkbook(bytes, 3).cells.get('A8')?.value)).toMatch(/5 trên tổng số/);
  });
});

describe('Markdown and JSON', () => {
  it('says the summary in Markdown, in the Word file’s order', () => {
    const markdown = roundSummaryToMarkdown(round, view, options);
    const order = [
      '# BÁO CÁO',
      '## I. TÌNH HÌNH GỬI KẾ HOẠCH',
      '## II. KẾT QUẢ KIỂM TRA',
      '## III. NHỮNG LỖI THƯỜNG GẶP',
      '## IV. ĐỀ XUẤT, KIẾN NGHỊ',
      '***Nơi nhận:***',
      '## PHỤ LỤC I',
      '## PHỤ LỤC II',
    ].map((heading) => markdown.indexOf(heading));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(markdown).toContain('Chưa gửi kế hoạch: 1 cơ quan, đơn vị: Sở Tư pháp.');
  });

  it('gives each unit the counts ke-hoach check --json gives, and the unreadable files with their reason', () => {
    const json = JSON.parse(roundToJson(round, view, options)) as ReturnType<typeof roundSummary>;
    expect(json.round).toEqual({
      name: round.name,
      planYear: 2013,
      deadline: '2012-12-26',
    });
    expect(json.asOf).toBe(asOf);
    const plan = example('training');
    const unit = json.units.find((entry) => entry.file === 'bai-tap.json')!;
    expect(unit).toMatchObject({
      unitName: 'Sở Giao thông vận tải',
      unitType: 'so',
      planYear: 2013,
      kept: true,
      onTime: false,
      counts: countFindings(checkPlan(plan, { asOf })),
    });
    expect(json.units.find((entry) => entry.file === 'so.json')?.kept).toBe(false);
    expect(json.unreadable).toEqual([
      { file: 'hong.json', message: expect.stringMatching(/cắt ngắn/) },
    ]);
    expect(json.missing).toEqual(['Sở Tư pháp']);
    expect(json.mistakes[0]).toMatchObject({
      ruleId: view.mistakes[0]!.ruleId,
      units: view.mistakes[0]!.units,
      citation: expect.stringMatching(/^(Công văn|Đề cương|Chương trình)/),
    });
  });
});

describe('hostile names', () => {
  it('reach the Word and Excel files escaped, as text', async () => {
    const hostile = '<script>alert(1)</script> & "x" \u0007';
    const unit = {
      ...training,
      checked: {
        ...training.checked,
        summary: { ...training.checked.summary, unitName: hostile },
      },
    };
    const letter = unzipText(await roundLetterToDocx(unit, options))['word/document.xml']!;
    expect(letter).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
    expect(letter).not.toContain('<script>');
    expect(letter).not.toContain('\u0007');
    const hostileView = { ...view, units: view.units.map((u) => (u === training ? unit : u)) };
    const workbook = unzipText(await roundToXlsx(round, hostileView, options));
    expect(workbook['xl/sharedStrings.xml']).toContain(
      '&lt;script&gt;alert(1)&lt;/script&gt; &amp;',
    );
    expect(workbook['xl/sharedStrings.xml']).not.toContain('<script>');
  });
});
