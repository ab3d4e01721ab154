/** Hostile text in a Word plan stays text: never run, never sent to a terminal, never a hang. */
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.ts';
import type { CliIo } from '../../../src/cli/io.ts';
import { readDocxPlan } from '../../../src/import/docx/index.ts';
import { documentXml, p, rawDocx, table, wordFile } from './word-files.ts';

const header = ['TT', 'Nội dung', 'Cơ quan chủ trì', 'Thời gian', 'Kinh phí', 'Ghi chú'];
const script = '<script>alert(1)</script><img src=x onerror=alert(2)>';
const long = 'Rà soát '.repeat(12_500);

async function hostilePlan(): Promise<Uint8Array> {
  return wordFile([
    {
      children: [
        p('KẾ HOẠCH'),
        p('Cải cách hành chính năm 2014'),
        table([
          header,
          [{ text: 'I. Cải cách thể chế', columnSpan: 6 }],
          ['1', script, '"; DROP TABLE plans; --', 'Quý I', '{{7*7}}', '${process.exit(1)}'],
          ['2', long, long, long, long, long],
        ]),
      ],
    },
  ]);
}

const rels =
  '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** A table row of text cells, in raw WordprocessingML (so that any character can be written). */
const rawRow = (cells: string[]) =>
  `<w:tr>${cells.map((cell) => `<w:tc><w:p><w:r><w:t xml:space="preserve">${cell}</w:t></w:r></w:p></w:tc>`).join('')}</w:tr>`;

describe('hostile text in a Word plan', () => {
  it('keeps script payloads and other code as plain text', async () => {
    const result = readDocxPlan(await hostilePlan());
    if (!result.ok) throw new Error(result.message);
    const [row] = result.plan.rows;
    expect(row?.specificTask).toBe(script);
    expect(row?.leadUnit).toBe('"; DROP TABLE plans; --');
    expect(row?.notes).toBe('${process.exit(1)}\n[Nhập từ Word] Kinh phí: {{7*7}}');
  });

  it('cuts 100,000-character cells to each field’s limit, reports it, and stays fast', async () => {
    const bytes = await hostilePlan();
    const start = performance.now();
    const result = readDocxPlan(bytes);
    expect(performance.now() - start).toBeLessThan(2000);
    if (!result.ok) throw new Error(result.message);
    const row = result.plan.rows[1];
    expect(row?.specificTask).toBe(long.trim().slice(0, 2000));
    expect(row?.leadUnit).toHaveLength(300);
    expect(row?.budgetVnd).toBeNull();
    expect(
      result.report.items.filter((item) => item.kind === 'cut').map((item) => item.where),
    ).toEqual([
      'Bảng 1, dòng 4, cột “Nội dung”',
      'Bảng 1, dòng 4, cột “Cơ quan chủ trì”',
      'Bảng 1, dòng 4, cột “Ghi chú”',
    ]);
  });

  it('never sends a terminal escape from the document to the terminal', async () => {
    // Raw, as a hand-made file can carry them (sax refuses them as character references).
    const escape = '\u001b]0;pwned\u0007\u001b[2J\u009b2J\u202e';
    const body =
      `<w:p><w:r><w:t>Đoạn ${escape} lạc chỗ</w:t></w:r></w:p>` +
      `<w:tbl>${rawRow(header)}${rawRow(['I', 'CẢI CÁCH THỂ CHẾ', '', '', '', ''])}${rawRow(['1', `Nhiệm vụ ${escape}`, 'Sở', 'Bất kỳ lúc nào', '', ''])}</w:tbl>`;
    const bytes = rawDocx({ '_rels/.rels': rels, 'word/document.xml': documentXml(body) });
    let stdout = '';
    let stderr = '';
    const io: CliIo = {
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      readFile: async () => ({ ok: true, bytes }),
      writeFile: async () => undefined,
    };
    expect(await main(['import', 'hostile.docx'], io)).toBe(0);
    expect(stdout + stderr).not.toContain('\u001b');
    for (const char of ['\u0007', '\u009b', '\u202e']) expect(stdout + stderr).not.toContain(char);
    expect(stderr).toContain('\\u001b]0;pwned');
    // The plan keeps the text as it was; JSON escapes it.
    expect(JSON.parse(stdout).rows[0].specificTask).toBe(`Nhiệm vụ ${escape}`);
  });
});
