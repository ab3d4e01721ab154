/**
 * The periodic report in every format, read back: the Word file's parts and text, the Excel
 * sheets with their formulas, the Markdown and the JSON, all saying the report model's figures.
 * The plan is the Sở example carried to the third quarter's cut-off (tests/fixtures/tracked-plans.ts),
 * whose figures are known: 26 tasks, 11 done (10 on time, 1 late), 4 in progress, 7 not started,
 * 4 dropped, 3 overdue, a rate of 11 ÷ 22 = 50%.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { reportFileName } from '../../../src/export/file-name.ts';
import { reportToDocx } from '../../../src/export/report/docx.ts';
import { reportSummary, reportToJson } from '../../../src/export/report/json.ts';
import { reportToMarkdown } from '../../../src/export/report/markdown.ts';
import { REPORT_SHEET_NAMES, reportToXlsx } from '../../../src/export/report/xlsx.ts';
import {
  reportNumberLine,
  reportSymbol,
  taskStateLabel,
} from '../../../src/export/report/report-text.ts';
import { buildPeriodReport, createPlan, type Plan } from '../../../src/plan/index.ts';
import { trackedPlan } from '../../fixtures/tracked-plans.ts';
import { example } from '../plan/fixtures.ts';
import { readWorkbook, unzipText } from './helpers.ts';

const plan = trackedPlan(example('so'), '2013-09-14');
const model = buildPeriodReport(plan, 'quy-3');
const written: Plan = structuredClone(plan);
written.reporting = {
  calendar: {
    'quy-1': { dataFrom: '2012-12-15', dataTo: '2013-03-14', deadline: '2013-03-20' },
    '6-thang': { dataFrom: '2012-12-15', dataTo: '2013-06-14', deadline: '2013-06-20' },
    'quy-3': { dataFrom: '2013-06-15', dataTo: '2013-09-14', deadline: '2013-09-20' },
    nam: { dataFrom: '2012-12-15', dataTo: '2013-12-14', deadline: '2013-12-20' },
  },
  reports: {
    'quy-3': {
      sentOn: '2013-09-18',
      highlights: 'Hoàn thành sớm bộ thủ tục hành chính của Sở.',
      shortcomings: '- Một số nhiệm vụ chậm do thiếu kinh phí.\n- Nhân lực còn mỏng.',
      nextSteps: 'Tập trung hoàn thành các nhiệm vụ quá hạn.',
      proposals: 'Đề nghị UBND tỉnh bổ sung kinh phí.',
    },
  },
};

/** The text of the document's runs, in order. */
const textOf = (xml: string): string =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n');
const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe('the fixture', () => {
  it('has the figures the tests below rely on', () => {
    expect(model.state.counts).toMatchObject({
      planned: 26,
      done: 11,
      doneOnTime: 10,
      doneLate: 1,
      inProgress: 4,
      notStarted: 7,
      dropped: 4,
      overdue: 3,
    });
    expect(model.state.completionRate).toBe(0.5);
  });
});

describe('the report’s wording', () => {
  it('takes the unit’s abbreviation from the plan’s symbol and leaves the number blank', () => {
    expect(reportSymbol(plan)).toBe('BC-SNV');
    expect(reportNumberLine(plan)).toBe('Số:      /BC-SNV');
    const bare = structuredClone(plan);
    bare.document.symbol = '';
    expect(reportNumberLine(bare)).toBe('Số:      /BC-');
  });

  it('names the file after the period, the year and the unit', () => {
    expect(reportFileName(plan, 'quy-3', 'docx')).toBe('bao-cao-cchc-quy-3-2013-so-noi-vu.docx');
    expect(reportFileName(createPlan({ unitType: 'so', planYear: 2014 }), 'nam', 'md')).toBe(
      'bao-cao-cchc-nam-2014.md',
    );
  });
});

describe('the Word report', async () => {
  const parts = unzipText(await reportToDocx(plan, 'quy-3'));
  const documentXml = parts['word/document.xml'] ?? '';
  const text = decode(textOf(documentXml));
  const sections = [...documentXml.matchAll(/<w:sectPr\b.*?<\/w:sectPr>/g)].map((m) => m[0]);

  it('has a portrait section for the text and a landscape one for the annexes', () => {
    expect(sections).toHaveLength(2);
    expect(sections[0]).toContain('w:orient="portrait"');
    expect(sections[1]).toContain('w:orient="landscape"');
  });

  it('opens with the plan’s header block, BÁO CÁO and the title, as a draft to number', () => {
    expect(text).toContain('UBND TỈNH MẪU\nSỞ NỘI VỤ');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc');
    expect(text).toContain('Số:      /BC-SNV\nMẫu, ngày … tháng … năm …\nBÁO CÁO\n');
    expect(text).toContain('Kết quả thực hiện công tác cải cách hành chính quý III năm 2013');
    expect(parts['docProps/core.xml']).toContain(
      '<dc:title>Báo cáo kết quả thực hiện công tác cải cách hành chính quý III năm 2013</dc:title>',
    );
  });

  it('has sections I to V in order, III–V shown empty while the unit has not written them', () => {
    const headings = [
      'I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH',
      'II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH',
      '1. Cải cách thể chế',
      'III. ĐÁNH GIÁ CHUNG',
      '1. Kết quả nổi bật',
      '(Chưa có nội dung.)',
      '2. Tồn tại, hạn chế và nguyên nhân',
      '(Chưa có nội dung.)',
      'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI',
      '(Chưa có nội dung.)',
      'V. ĐỀ XUẤT, KIẾN NGHỊ',
      '(Chưa có nội dung.)',
      'Nơi nhận:',
    ];
    let at = 0;
    for (const heading of headings) {
      const found = text.indexOf(`${heading}\n`, at);
      expect(found, heading).toBeGreaterThan(at);
      at = found;
    }
  });

  it('says each task’s outcome in section II, from the model', () => {
    for (const task of model.areas.flatMap((area) => area.tasks)) {
      expect(text).toContain(`${task.name}: ${task.outcome}`.replace(/\s+$/, ''));
    }
    expect(text).toContain(model.overview);
  });

  it('signs as the plan does', () => {
    expect(text).toContain('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTrần Văn Minh');
  });

  it('has the three annexes, with the figures per area and the totals', () => {
    const annex = text.slice(text.indexOf('PHỤ LỤC I\n'));
    expect(annex).toMatch(
      /^PHỤ LỤC I\nKẾT QUẢ THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH THEO LĨNH VỰC\n/,
    );
    expect(annex).toContain(
      '(Kèm theo Báo cáo số      /BC-SNV ngày …/…/… của Sở Nội vụ; số liệu tính đến ngày 14/09/2013)',
    );
    expect(annex).toContain('Tổng cộng\n26\n11\n10\n1\n4\n7\n4\n3\n50%');
    expect(annex).toContain('PHỤ LỤC II\n');
    expect(annex).toContain('PHỤ LỤC III\n');
    // Annex II: each overdue or dropped task with its state.
    for (const task of model.notDone) expect(annex).toContain(taskStateLabel(task));
    // Annex III: every task's result.
    for (const row of plan.rows) {
      if (row.progress?.result) expect(annex).toContain(row.progress.result);
    }
  });

  it('says what the unit wrote in III–V and the day it was sent', async () => {
    const sent = decode(
      textOf(unzipText(await reportToDocx(written, 'quy-3'))['word/document.xml'] ?? ''),
    );
    expect(sent).toContain('Mẫu, ngày 18 tháng 09 năm 2013');
    expect(sent).toContain('1. Kết quả nổi bật\nHoàn thành sớm bộ thủ tục hành chính của Sở.');
    expect(sent).toContain('- Một số nhiệm vụ chậm do thiếu kinh phí.\n- Nhân lực còn mỏng.');
    expect(sent).toContain(
      'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI\nTập trung hoàn thành các nhiệm vụ quá hạn.',
    );
    expect(sent).toContain('V. ĐỀ XUẤT, KIẾN NGHỊ\nĐề nghị UBND tỉnh bổ sung kinh phí.');
    expect(sent).toContain('ngày 18/09/2013 của Sở Nội vụ');
  });
});

describe('the Excel report', async () => {
  const bytes = await reportToXlsx(plan, 'quy-3');
  const [byArea, notDone, all] = [1, 2, 3].map((sheet) => readWorkbook(bytes, sheet));
  const value = (sheet: typeof byArea, ref: string) => sheet!.cells.get(ref)?.value;

  it('has the three annexes as sheets, each printing its heading row on every page', () => {
    const workbook = byArea!.parts['xl/workbook.xml'] ?? '';
    for (const name of REPORT_SHEET_NAMES) expect(workbook).toContain(`name="${name}"`);
    expect(workbook).toContain(`localSheetId="2">'Các nhiệm vụ'!$4:$4</definedName>`);
    expect(value(byArea, 'A1')).toBe('PHỤ LỤC I');
    expect(value(byArea, 'A4')).toBe('Lĩnh vực');
  });

  it('writes each area’s counts as numbers and its rate as a formula', () => {
    const first = model.areas[0]!;
    expect(value(byArea, 'A5')).toBe(first.tableHeading);
    expect(
      ['B5', 'C5', 'D5', 'E5', 'F5', 'G5', 'H5', 'I5'].map((ref) => value(byArea, ref)),
    ).toEqual([
      first.counts.planned,
      first.counts.done,
      first.counts.doneOnTime,
      first.counts.doneLate,
      first.counts.inProgress,
      first.counts.notStarted,
      first.counts.dropped,
      first.counts.overdue,
    ]);
    expect(byArea!.cells.get('J5')).toMatchObject({
      formula: 'IF(B5-H5=0,"",C5/(B5-H5))',
      value: first.completionRate,
      format: '0.0%',
    });
  });

  it('totals every column with a formula, its result cached for readers that do not compute', () => {
    const total = 5 + model.areas.length;
    expect(value(byArea, `A${total}`)).toBe('Tổng cộng');
    const last = total - 1;
    const expected = [26, 11, 10, 1, 4, 7, 4, 3];
    ['B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'].forEach((letter, index) =>
      expect(byArea!.cells.get(`${letter}${total}`)).toMatchObject({
        formula: `SUM(${letter}5:${letter}${last})`,
        value: expected[index],
      }),
    );
    expect(byArea!.cells.get(`J${total}`)).toMatchObject({
      formula: `IF(B${total}-H${total}=0,"",C${total}/(B${total}-H${total}))`,
      value: 0.5,
    });
  });

  it('lists the overdue and dropped tasks, and every task with its result', () => {
    const names = (sheet: typeof byArea) =>
      [...sheet!.cells.entries()]
        .filter(([ref]) => /^B\d+$/.test(ref) && Number(ref.slice(1)) > 4)
        .map(([, cell]) => cell.value)
        // Under a merged group row.
        .filter((name) => name !== undefined);
    expect(names(notDone)).toEqual(model.notDone.map((task) => task.name));
    expect(names(all)).toEqual(model.areas.flatMap((area) => area.tasks.map((task) => task.name)));
    const results = [...all!.cells.values()].map((cell) => cell.value);
    for (const row of plan.rows) {
      if (row.progress?.result) expect(results).toContain(row.progress.result);
    }
  });
});

describe('the Markdown report', () => {
  const markdown = reportToMarkdown(written, 'quy-3');

  it('has the header, the title, sections I–V, the signature and the annexes', () => {
    expect(markdown).toContain('| Số:      /BC-SNV | *Mẫu, ngày 18 tháng 09 năm 2013* |');
    expect(markdown).toContain(
      '# BÁO CÁO\n\n**Kết quả thực hiện công tác cải cách hành chính quý III năm 2013**',
    );
    for (const heading of [
      '## I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH',
      '## II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH',
      '### 1. Cải cách thể chế',
      '## III. ĐÁNH GIÁ CHUNG',
      '### 2. Tồn tại, hạn chế và nguyên nhân\n\n- Một số nhiệm vụ chậm do thiếu kinh phí.\n- Nhân lực còn mỏng.',
      '## IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI',
      '## V. ĐỀ XUẤT, KIẾN NGHỊ\n\nĐề nghị UBND tỉnh bổ sung kinh phí.',
      '***Nơi nhận:***',
      '## PHỤ LỤC I',
      '| **Tổng cộng** | **26** | **11** | **10** | **1** | **4** | **7** | **4** | **3** | **50%** |',
      '## PHỤ LỤC II',
      '## PHỤ LỤC III',
    ]) {
      expect(markdown).toContain(heading);
    }
  });

  it('escapes what Markdown would read as formatting', () => {
    const hostile = structuredClone(written);
    hostile.rows[0]!.progress!.result = '<script>x</script> | *đậm* [liên kết](x)';
    const out = reportToMarkdown(hostile, 'quy-3');
    expect(out).toContain('\\<script\\>x\\</script\\> \\| \\*đậm\\* \\[liên kết\\](x)');
    expect(out).not.toContain('<script>');
  });
});

describe('the JSON report', () => {
  it('gives the period, the cut-off, the counts and the rate per area and for the plan', () => {
    const json = JSON.parse(reportToJson(plan, 'quy-3')) as ReturnType<typeof reportSummary>;
    expect(json).toMatchObject({ period: 'quy-3', cutOff: '2013-09-14', completionRate: 0.5 });
    expect(Object.keys(json.counts)).toEqual([
      'planned',
      'done',
      'doneOnTime',
      'doneLate',
      'inProgress',
      'notStarted',
      'dropped',
      'overdue',
    ]);
    expect(json.areas.map((area) => area.completionRate)).toEqual(
      model.areas.map((area) => area.completionRate),
    );
    expect(json.tasks).toHaveLength(26);
  });

  it('takes another cut-off when asked', () => {
    const early = reportSummary(plan, 'quy-3', { cutOff: '2013-01-31' });
    expect(early.cutOff).toBe('2013-01-31');
    expect(early.counts.done).toBeLessThan(11);
  });
});

describe('the same bytes on every run', () => {
  afterEach(() => vi.useRealTimers());

  it.each([
    ['docx', reportToDocx],
    ['xlsx', reportToXlsx],
  ] as const)('for the %s report, whatever the clock says', async (_format, exporter) => {
    const first = await exporter(plan, 'quy-3');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-07-15T08:30:00Z'));
    expect(await exporter(plan, 'quy-3')).toEqual(first);
    vi.useRealTimers();
    expect(await exporter(written, 'quy-3')).not.toEqual(first);
  });
});
