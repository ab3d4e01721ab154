/**
 * Word files built in the tests with the `docx` library, laid out as units really write their
 * plans (not as this tool exports them): header blocks as a table or as tab-separated lines,
 * tables with merged cells, annexes on landscape pages.
 */
import {
  Document,
  PageOrientation,
  Packer,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableRow,
  TextRun,
  type ISectionOptions,
} from 'docx';
import { strToU8, zipSync } from 'fflate';

export type CellSpec =
  string | string[] | { text: string | string[]; rowSpan?: number; columnSpan?: number };

export const p = (text: string): Paragraph => new Paragraph({ children: [new TextRun(text)] });

/** A line with tabs between its parts, as header blocks typed without a table are. */
export const tabbed = (...parts: string[]): Paragraph =>
  new Paragraph({
    children: [
      new TextRun({
        children: parts.flatMap((part, index) => (index === 0 ? [part] : [new Tab(), part])),
      }),
    ],
  });

function cell(spec: CellSpec): TableCell {
  const { text, rowSpan, columnSpan } =
    typeof spec === 'string' || Array.isArray(spec)
      ? { text: spec, rowSpan: undefined, columnSpan: undefined }
      : spec;
  const lines = Array.isArray(text) ? text : [text];
  return new TableCell({ rowSpan, columnSpan, children: lines.map((line) => p(line)) });
}

/** A table; a cell with `rowSpan` is left out of the rows it covers below (docx adds them). */
export const table = (rows: CellSpec[][]): Table =>
  new Table({ rows: rows.map((row) => new TableRow({ children: row.map(cell) })) });

export interface SectionSpec {
  landscape?: boolean;
  children: (Paragraph | Table)[];
}

export async function wordFile(sections: SectionSpec[]): Promise<Uint8Array> {
  const document = new Document({
    sections: sections.map((section): ISectionOptions => ({
      properties: section.landscape
        ? {
            page: { size: { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE } },
          }
        : {},
      children: section.children,
    })),
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** A .docx made by hand: the parts given, as a zip. */
export function rawDocx(parts: Record<string, string | Uint8Array>): Uint8Array {
  return zipSync(
    Object.fromEntries(
      Object.entries(parts).map(([name, data]) => [
        name,
        typeof data === 'string' ? strToU8(data) : data,
      ]),
    ),
  );
}

/** A main part with `body` inside `w:body`. */
export const documentXml = (body: string, prolog = ''): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${prolog}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;

/**
 * UBND huyện Mẫu Sơn's plan for 2014 as a district writes it (header table, body table, a general
 * task merged over two rows, a time and a budget in words that go to the notes): a Word plan for
 * the desk's round and `ke-hoach tong-hop`.
 */
/** The outline's table header as units type it: "TT" and the eight columns. */
export const outlineHeader = [
  'TT',
  'Nhiệm vụ chung',
  'Nhiệm vụ cụ thể',
  'Sản phẩm',
  'Cơ quan chủ trì',
  'Cơ quan phối hợp',
  'Thời gian thực hiện',
  'Kinh phí (đồng)',
  'Ghi chú',
];

export function districtWordPlan(): Promise<Uint8Array> {
  return wordFile([
    {
      children: [
        table([
          [
            ['UBND TỈNH MẪU', 'UBND HUYỆN MẪU SƠN'],
            ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
          ],
          ['Số: 30/KH-UBND', 'Mẫu Sơn, ngày 25 tháng 12 năm 2013'],
        ]),
        p('KẾ HOẠCH'),
        p('Cải cách hành chính năm 2014'),
        p('Đề nghị UBND tỉnh bổ sung kinh phí cho phần mềm một cửa.'),
        p('I. MỤC TIÊU'),
        p('- 100% thủ tục hành chính được công khai.'),
        p('III. KẾ HOẠCH TRIỂN KHAI'),
        table([
          outlineHeader,
          [{ text: 'I. CẢI CÁCH THỂ CHẾ', columnSpan: 9 }],
          [
            '1',
            { text: 'Rà soát văn bản', rowSpan: 2 },
            'Rà soát văn bản QPPL của huyện năm 2013',
            'Báo cáo rà soát',
            'Phòng Tư pháp',
            'Văn phòng HĐND và UBND huyện; Phòng Nội vụ',
            'Quý I/2014',
            '12.000.000',
            '',
          ],
          [
            '2',
            'Công bố danh mục văn bản hết hiệu lực',
            'Quyết định công bố',
            'Phòng Tư pháp',
            '',
            'Thường xuyên',
            'Lồng ghép',
            '',
          ],
          [{ text: 'II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH', columnSpan: 9 }],
          [
            '1',
            'Kiểm soát TTHC',
            'Niêm yết TTHC tại bộ phận một cửa',
            'Bảng niêm yết',
            'Văn phòng HĐND và UBND huyện',
            '',
            'Tháng 3/2014',
            '5.000.000',
            '',
          ],
        ]),
        p('IV. TỔ CHỨC THỰC HIỆN'),
        p('- Các phòng, ban thực hiện kế hoạch này.'),
      ],
    },
  ]);
}

/** A Word 97–2003 file (.doc): a compound binary file with a "WordDocument" stream. */
export function docFile(): Uint8Array {
  const bytes = new Uint8Array(1024);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const name = 'WordDocument';
  for (let i = 0; i < name.length; i++) bytes[600 + i * 2] = name.charCodeAt(i);
  return bytes;
}
