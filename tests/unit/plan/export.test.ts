/** The JSON writer and the Markdown exporter in src/export. */
import { describe, expect, it } from 'vitest';
import { planFileName } from '../../../src/export/file-name.ts';
import { planToJson, planToJsonBytes } from '../../../src/export/json.ts';
import { planToMarkdown } from '../../../src/export/markdown.ts';
import { createPlan, readPlanFile } from '../../../src/plan/index.ts';
import { changed, example, row } from './fixtures.ts';

describe('planToJson', () => {
  it('writes fields in the schema’s order, two-space indented, ending in a newline', () => {
    const plan = example('so');
    const shuffled = Object.fromEntries(Object.entries(plan).reverse()) as typeof plan;
    const text = planToJson(shuffled);
    expect(text).toBe(planToJson(plan));
    expect(
      text.startsWith(
        '{\n  "format": "ke-hoach-cchc",\n  "version": 3,\n  "template": "de-cuong-2012",\n  "unit": {',
      ),
    ).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('writes NFC text and UTF-8 bytes that read back to the same plan', () => {
    const plan = changed('so', (p) => (p.unit.name = 'Sở Nội vụ'.normalize('NFD')));
    const result = readPlanFile(planToJsonBytes(plan));
    expect(result.ok && result.plan.unit.name).toBe('Sở Nội vụ');
    expect(planToJson(plan)).not.toMatch(/\u0323/);
  });
});

describe('planToMarkdown', () => {
  const markdown = planToMarkdown(example('so'));

  it('lays out header, sections I–IV, the table and the signature', () => {
    expect(markdown).toMatch(/^\| UBND TỈNH MẪU \| CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \|/);
    expect(markdown).toContain('| **SỞ NỘI VỤ** | **Độc lập - Tự do - Hạnh phúc** |');
    expect(markdown).toContain('| Số: 152/KH-SNV | *Mẫu, ngày 20 tháng 12 năm 2012* |');
    const headings = markdown.match(/^## .*$/gm);
    expect(headings).toEqual([
      '## I. MỤC TIÊU',
      '## II. NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH',
      '## III. KẾ HOẠCH TRIỂN KHAI CÁC NHIỆM VỤ CCHC',
      '## IV. TỔ CHỨC THỰC HIỆN',
    ]);
    expect(markdown).toContain('**KT. GIÁM ĐỐC**<br>**PHÓ GIÁM ĐỐC**<br><br><br>**Trần Văn Minh**');
    expect(markdown).toContain('- UBND tỉnh (b/c);<br>');
    expect(markdown).toContain('- Lưu: VT, CCHC.');
  });

  it('builds the table with the outline’s columns, area groups with subtotals and the total', () => {
    expect(markdown).toContain(
      '| TT | Nhiệm vụ chung | Nhiệm vụ cụ thể | Sản phẩm | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện | Kinh phí dự kiến (VNĐ) | Ghi chú |',
    );
    expect(markdown).toContain(
      '| **I** | **Cải cách thể chế** |  |  |  |  |  | **45.000.000 đ** |  |',
    );
    expect(markdown).toContain('| **VII** | **Công tác chỉ đạo, điều hành CCHC** |');
    expect(markdown).toContain('|  | **Tổng kinh phí** |  |  |  |  |  | **1.517.000.000 đ** |  |');
    expect(markdown).toMatch(
      /\| 1 \| Tham mưu ban hành .* \| Phòng Tổ chức - Biên chế \| Văn phòng Sở<br>Sở Tư pháp \| 02\/2013 - 06\/2013 \| 15\.000\.000 đ \| {2}\|/,
    );
    const tableRows = markdown.split('\n').filter((line) => /^\| \d+ \|/.test(line));
    expect(tableRows).toHaveLength(26);
  });

  it('escapes text that Markdown would read as formatting, and keeps each row on one line', () => {
    const plan = changed('so', (p) => {
      row(p, 'tc-1').specificTask = 'A | B *nhấn* <script>\ndòng hai';
      p.tasks['the-che'] = '# không phải tiêu đề\n- gạch đầu dòng';
    });
    const text = planToMarkdown(plan);
    expect(text).toContain('A \\| B \\*nhấn\\* \\<script\\><br>dòng hai');
    expect(text).toContain('\\# không phải tiêu đề\n\n- gạch đầu dòng');
  });

  it('shows a draft’s gaps instead of inventing content', () => {
    const text = planToMarkdown(createPlan({ unitType: 'huyen', planYear: 2013 }));
    expect(text).toContain('Số: …/KH-');
    expect(text).toContain('*…, ngày … tháng … năm …*');
    expect(text).toContain('## I. MỤC TIÊU\n\n(Chưa có nội dung.)');
    expect(text).toMatch(/Chưa gồm 2\d nhiệm vụ chưa có kinh phí dự kiến/);
    expect(text).toContain('**TM. ỦY BAN NHÂN DÂN**<br>**CHỦ TỊCH**');
  });

  it('adds the inspection and dissemination plans to section IV when present', () => {
    expect(markdown).toContain('### 5. Kiểm tra cải cách hành chính');
    expect(markdown).toContain('### 6. Tuyên truyền, phổ biến, quán triệt về cải cách hành chính');
    const without = planToMarkdown(changed('so', (p) => delete p.inspectionPlan));
    expect(without).not.toContain('Kiểm tra cải cách hành chính\n');
    expect(without).toContain('### 5. Tuyên truyền');
  });
});

describe('planFileName', () => {
  it('names the file after the year and unit, without accents', () => {
    expect(planFileName(example('huyen'), 'md')).toBe('KH-CCHC-2013-ubnd-huyen-mau-son.md');
    expect(planFileName(createPlan({ unitType: 'so', planYear: 2014 }), 'json')).toBe(
      'KH-CCHC-2014.json',
    );
  });
});
