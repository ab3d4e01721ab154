/**
 * What every workbook the site writes has in common: Times New Roman 12, boxed cells that wrap,
 * rows as tall as their text, formulas with their cached results, and each sheet printed on A4
 * landscape with Nghị định 30/2020's margins, fitted to the page width, its heading row repeated
 * on every page and the page number at the top. Zipped with the given date, so the same content
 * gives the same bytes in Node and in the browser (../stable-zip.ts).
 *
 * Why write-excel-file: see ../xlsx.ts. Its "universal" entry (Blob only) runs the same code in
 * browsers and in Node ≥ 18.
 */
import writeXlsxFile, { type CellObject, type Feature } from 'write-excel-file/universal';
import { cleanText } from '../plan-text.ts';
import { stampZip, type PackageDate } from '../stable-zip.ts';

/** The money format: Excel shows its own thousands separator, "." on a Vietnamese system. */
export const VND_FORMAT = '#,##0';
/** A share with one decimal: Excel shows "85,7%" on a Vietnamese system. */
export const PERCENT_FORMAT = '0.0%';

/** Margins in inches, as Excel stores them: Nghị định 30/2020's 20/20/30/15 mm. */
const margins = {
  top: 0.787,
  bottom: 0.787,
  left: 1.181,
  right: 0.591,
  header: 0.394,
  footer: 0.394,
};

const border = { borderStyle: 'thin', borderColor: '#000000' } as const;
export const boxed = { ...border, alignVertical: 'top', wrap: true } as const;

/** Every cell is written as an object (value, type, style), or null where a merged cell covers it. */
export type Cell = CellObject | null;
export type Row = Cell[];

export const text = (value: string, style: CellObject = {}): CellObject => ({
  ...boxed,
  type: String,
  value: cleanText(value),
  ...style,
});

/** Cells a merged cell covers: null, so that the library gives them the merged cell's borders. */
export const covered = (count: number): null[] => Array.from({ length: count }, () => null);

/** A bold, centred heading cell. */
export const headingText = (label: string): CellObject =>
  text(label, { fontWeight: 'bold', align: 'center', alignVertical: 'center' });

/** A line of text across `columnCount` columns, without borders (a title above a table). */
export const titleRow = (value: string, columnCount: number, style: CellObject = {}): Row => [
  {
    type: String,
    value: cleanText(value),
    columnSpan: columnCount,
    wrap: true,
    align: 'center',
    ...style,
  },
  ...covered(columnCount - 1),
];

/** "H": the letter of a 0-based column (A to Z: the tables here are narrower). */
export const columnLetter = (index: number): string => String.fromCharCode(65 + index);

/** Points per line of 12 pt Times New Roman, as Excel spaces them, and a little air per row. */
const LINE_HEIGHT = 15.75;
const ROW_PADDING = 3;
/**
 * Excel's tallest row, in points: a taller one makes Excel "repair" the file on opening. A cell
 * with more text than that shows its start, and the whole text in the formula bar. (Cells stay
 * below Excel's 32,767 characters through the schema's text limits.)
 */
export const MAX_ROW_HEIGHT = 409;

/**
 * How many lines `text` takes in a column `width` characters wide, wrapping at spaces. Bold text
 * is wider. An estimate on the generous side: a row a little too tall reads fine, a row too short
 * hides text.
 */
function lineCount(text: string, width: number, bold: boolean): number {
  const perLine = Math.max(1, Math.floor(width * (bold ? 1 : 1.1)) - 1);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      const length = [...word].length;
      if (used > 0 && used + 1 + length <= perLine) {
        used += 1 + length;
        continue;
      }
      if (used > 0) lines++;
      lines += Math.ceil(length / perLine) - 1;
      used = length - (Math.ceil(length / perLine) - 1) * perLine;
    }
  }
  return lines;
}

/**
 * Excel and LibreOffice do not reliably fit a generated row to its wrapped text (LibreOffice
 * measures a merged cell by its first column), so every row is given the height its longest
 * cell needs.
 */
export function fitHeight(row: Row, widths: readonly number[]): Row {
  let lines = 1;
  let column = 0;
  for (const cell of row) {
    if (cell !== null) {
      const span = cell.columnSpan ?? 1;
      const width = widths.slice(column, column + span).reduce((sum, w) => sum + w, 0);
      if (cell.type === String && typeof cell.value === 'string') {
        const size = (cell.fontSize ?? 12) / 12;
        lines = Math.max(
          lines,
          Math.ceil(lineCount(cell.value, width / size, cell.fontWeight === 'bold') * size),
        );
      }
    }
    column++;
  }
  const [first, ...rest] = row;
  if (first === null || first === undefined) return row;
  return [
    { ...first, height: Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + ROW_PADDING) },
    ...rest,
  ];
}

export interface WorkbookSheet {
  /** As Excel shows it on its tab (at most 31 characters). */
  name: string;
  data: Row[];
  /** Column widths in characters. */
  widths: number[];
  /** 1-based number of the heading row, repeated on every printed page. */
  headingRow: number;
  /** Cached results of the formulas by cell ("H10" → 45000000), for readers that do not compute. */
  formulaValues: ReadonlyMap<string, number>;
}

const escapeXml = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * What write-excel-file does not write itself: A4 landscape fitted to the page width, the
 * decree's margins, the page number centred at the top, each sheet's heading row repeated on
 * every page (the `_xlnm.Print_Titles` defined names), cached formula results, and recalculation
 * on open.
 */
function printSetup(sheets: readonly WorkbookSheet[]): Feature<Blob> {
  const printTitles = sheets
    .map(
      (sheet, index) =>
        `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">'${escapeXml(sheet.name)}'!$${sheet.headingRow}:$${sheet.headingRow}</definedName>`,
    )
    .join('');
  return {
    files: {
      transform: {
        'xl/workbook.xml': {
          transformElementAttributes: (tagName, attributes) =>
            tagName === 'calcPr' ? { ...attributes, fullCalcOnLoad: 1 } : attributes,
          transform: (xml) =>
            xml.replace(/<definedNames\s*\/>/, `<definedNames>${printTitles}</definedNames>`),
        },
        'xl/worksheets/sheet{id}.xml': {
          transformElementAttributes: (tagName, attributes) => {
            if (tagName === 'pageMargins') return margins;
            if (tagName === 'pageSetup') {
              return {
                ...attributes,
                paperSize: 9,
                orientation: 'landscape',
                fitToWidth: 1,
                fitToHeight: 0,
              };
            }
            return attributes;
          },
          transform: (xml, _options, { sheetIndex }) => {
            const formulaValues = sheets[sheetIndex]?.formulaValues ?? new Map<string, number>();
            return (
              xml
                // sheetPr must be the worksheet's first child; fitToPage makes fitToWidth apply.
                .replace(
                  /(<worksheet\b[^>]*>)/,
                  '$1<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>',
                )
                .replace(
                  /(<pageSetup\b[^>]*\/>)/,
                  '$1<headerFooter><oddHeader>&amp;C&amp;"Times New Roman,Regular"&amp;12&amp;P</oddHeader></headerFooter>',
                )
                .replace(
                  /<c r="([A-Z]+\d+)"([^>]*)><f>([^<]*)<\/f><\/c>/g,
                  (match, ref: string, rest: string, formula: string) => {
                    const value = formulaValues.get(ref);
                    return value === undefined
                      ? match
                      : `<c r="${ref}"${rest}><f>${formula}</f><v>${value}</v></c>`;
                  },
                )
            );
          },
        },
      },
    },
  };
}

export async function writeWorkbook(
  sheets: readonly WorkbookSheet[],
  date: PackageDate,
): Promise<Uint8Array<ArrayBuffer>> {
  const blob = await writeXlsxFile(
    sheets.map((sheet) => ({
      data: sheet.data.map((row) => fitHeight(row, sheet.widths)),
      sheet: sheet.name,
      orientation: 'landscape' as const,
      stickyRowsCount: sheet.headingRow,
      columns: sheet.widths.map((width) => ({ width })),
    })),
    { fontFamily: 'Times New Roman', fontSize: 12, features: [printSetup(sheets)] },
  ).toBlob();
  return stampZip(new Uint8Array(await blob.arrayBuffer()), date);
}
