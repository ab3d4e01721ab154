/**
 * Section III's table as an Excel workbook, for units that keep their budget in a spreadsheet:
 * the outline's columns, rows grouped under area rows, amounts as numbers in the `#,##0` format,
 * subtotals and the total as formulas, and an A4 landscape print set-up that repeats the heading
 * row on every page and fits the columns to the page width.
 *
 * Why write-excel-file: it is small (about 12 kB gzip of its own, 19 kB with fflate) and depends
 * only on fflate, the zip library docx is built on too (docx 9.15 inlines its own copy, so the two
 * exporters do not share those bytes in the browser); it is maintained (4.1 came out in June
 * 2026); it writes merged cells, number formats and formulas, and lets a "feature" rewrite its XML
 * parts, which is how the print set-up below is added. exceljs weighs about 270 kB gzip, and the
 * npm build of SheetJS is stale with a known CVE.
 *
 * Pure: plan in, bytes out. It uses the library's "universal" entry (Blob only, present in
 * browsers and in Node ≥ 18), not its Node or browser entries, so both run the very same code;
 * the zip's entries are then stamped with the plan's date (./stable-zip.ts), so the bytes are the
 * same everywhere and on every run.
 */
import writeXlsxFile, { type CellObject, type Feature } from 'write-excel-file/universal';
import { areaOf, tableHeadingOf, templateOf } from '../plan/templates.ts';
import type { Plan, PlanRow } from '../plan/schema.ts';
import { computeTotals } from '../plan/totals.ts';
import { formatPeriod } from '../plan/vi-format.ts';
import { romanNumeral, tableColumns } from '../outline/data.ts';
import type { TableColumn } from '../outline/schema.ts';
import { annexAttachment, annexTitle, cleanText, grandTotalLabel } from './plan-text.ts';
import { packageDate, stampZip } from './stable-zip.ts';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The sheet's name as Excel shows it on its tab (at most 31 characters). */
export const SHEET_NAME = 'Kế hoạch triển khai';

/** Rows above the table: the title, the "Kèm theo …" line, then the heading row. */
const TITLE_ROWS = 2;
/** 1-based number of the heading row, repeated on every printed page. */
export const HEADING_ROW = TITLE_ROWS + 1;

/** The money format: Excel shows its own thousands separator, "." on a Vietnamese system. */
export const VND_FORMAT = '#,##0';

type ColumnId = TableColumn['id'];
/**
 * Widths in characters. About 150 in all, so that fitting them to the landscape page keeps the
 * print at about 80 % (9–10 pt).
 */
const columnWidths: Record<ColumnId, number> = {
  generalTask: 18,
  specificTask: 30,
  products: 22,
  leadUnit: 16,
  coordinatingUnits: 18,
  period: 15,
  budgetVnd: 15,
  notes: 14,
};
const TT_WIDTH = 5;
const widths = [TT_WIDTH, ...tableColumns.map((column) => columnWidths[column.id])];
const columnCount = tableColumns.length + 1;
const budgetIndex = 1 + tableColumns.findIndex((column) => column.id === 'budgetVnd');
/** "H": the budget column's letter (A is TT). */
const budgetLetter = String.fromCharCode(65 + budgetIndex);

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
const boxed = { ...border, alignVertical: 'top', wrap: true } as const;

/** Every cell is written as an object (value, type, style), or null where a merged cell covers it. */
type Cell = CellObject | null;
type Row = Cell[];

const text = (value: string, style: CellObject = {}): CellObject => ({
  ...boxed,
  type: String,
  value: cleanText(value),
  ...style,
});

const list = (items: readonly string[]): string =>
  items
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .join('\n');

/** Cells a merged cell covers: null, so that the library gives them the merged cell's borders. */
const covered = (count: number): null[] => Array.from({ length: count }, () => null);

function headingRow(): Row {
  return [
    text('TT', { fontWeight: 'bold', align: 'center', alignVertical: 'center' }),
    ...tableColumns.map((column) =>
      text(
        column.id === 'period' ? `${column.label}\n(từ tháng/năm - đến tháng/năm)` : column.label,
        { fontWeight: 'bold', align: 'center', alignVertical: 'center' },
      ),
    ),
  ];
}

function taskRow(row: PlanRow, position: number): Row {
  const byColumn: Record<ColumnId, Cell> = {
    generalTask: text(row.generalTask.trim()),
    specificTask: text(row.specificTask.trim()),
    products: text(list(row.products)),
    leadUnit: text(row.leadUnit.trim()),
    coordinatingUnits: text(list(row.coordinatingUnits)),
    period: text(formatPeriod(row.from, row.to), { align: 'center' }),
    budgetVnd:
      row.budgetVnd === null
        ? text('')
        : { ...boxed, type: Number, value: row.budgetVnd, format: VND_FORMAT },
    notes: text(row.notes.trim()),
  };
  return [
    { ...boxed, type: Number, value: position, align: 'center' },
    ...tableColumns.map((column) => byColumn[column.id]),
  ];
}

/** A label across the columns before the budget, the sum as a formula, then the notes cell. */
function sumRow(label: string, formula: string): Row {
  return [
    text(label, { fontWeight: 'bold', align: 'right', columnSpan: budgetIndex }),
    ...covered(budgetIndex - 1),
    { ...boxed, type: 'Formula', value: formula, format: VND_FORMAT, fontWeight: 'bold' },
    ...Array.from({ length: columnCount - budgetIndex - 1 }, () => text('')),
  ];
}

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
function fitHeight(row: Row): Row {
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

interface Sheet {
  data: Row[];
  /** Cached results of the formulas by cell ("H10" → 45000000), for readers that do not compute. */
  formulaValues: Map<string, number>;
}

function buildSheet(plan: Plan): Sheet {
  const totals = computeTotals(plan);
  const fullWidth = { columnSpan: columnCount, wrap: true, align: 'center' } as const;
  const data: Row[] = [
    [
      {
        type: String,
        value: cleanText(annexTitle(plan)),
        fontWeight: 'bold',
        fontSize: 14,
        ...fullWidth,
      },
      ...covered(columnCount - 1),
    ],
    [
      { type: String, value: cleanText(annexAttachment(plan)), fontStyle: 'italic', ...fullWidth },
      ...covered(columnCount - 1),
    ],
    headingRow(),
  ];
  const formulaValues = new Map<string, number>();
  const subtotalCells: string[] = [];
  for (const total of totals.areas) {
    const area = areaOf(templateOf(plan), total.areaId);
    if (!area) continue;
    data.push([
      text(tableHeadingOf(area), {
        fontWeight: 'bold',
        columnSpan: columnCount,
      }),
      ...covered(columnCount - 1),
    ]);
    const first = data.length + 1;
    plan.rows
      .filter((row) => row.areaId === total.areaId)
      .forEach((row, index) => data.push(taskRow(row, index + 1)));
    const last = data.length;
    // An area without tasks still gets its line, summing nothing (an empty range would be
    // read backwards by Excel, as H7:H6, and count the area row).
    const formula = last >= first ? `SUM(${budgetLetter}${first}:${budgetLetter}${last})` : '0';
    data.push(sumRow(`Cộng ${romanNumeral(area.order)}`, formula));
    const cell = `${budgetLetter}${data.length}`;
    subtotalCells.push(cell);
    formulaValues.set(cell, total.budgetVnd);
  }
  data.push(sumRow(grandTotalLabel(totals.unbudgetedRowCount), `SUM(${subtotalCells.join(',')})`));
  formulaValues.set(`${budgetLetter}${data.length}`, totals.budgetVnd);
  return { data: data.map(fitHeight), formulaValues };
}

const escapeXml = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * What write-excel-file does not write itself: A4 landscape fitted to the page width, the
 * decree's margins, the page number centred at the top, the heading row repeated on every page
 * (the `_xlnm.Print_Titles` defined name), cached formula results, and recalculation on open.
 */
function printSetup(formulaValues: ReadonlyMap<string, number>): Feature<Blob> {
  return {
    files: {
      transform: {
        'xl/workbook.xml': {
          transformElementAttributes: (tagName, attributes) =>
            tagName === 'calcPr' ? { ...attributes, fullCalcOnLoad: 1 } : attributes,
          transform: (xml) =>
            xml.replace(
              /<definedNames\s*\/>/,
              `<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">'${escapeXml(SHEET_NAME)}'!$${HEADING_ROW}:$${HEADING_ROW}</definedName></definedNames>`,
            ),
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
          transform: (xml) =>
            xml
              // sheetPr must be the worksheet's first child; fitToPage makes fitToWidth apply.
              .replace(/(<worksheet\b[^>]*>)/, '$1<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>')
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
              ),
        },
      },
    },
  };
}

export async function planToXlsx(plan: Plan): Promise<Uint8Array<ArrayBuffer>> {
  const { data, formulaValues } = buildSheet(plan);
  const blob = await writeXlsxFile(
    data,
    {
      sheet: SHEET_NAME,
      orientation: 'landscape',
      stickyRowsCount: HEADING_ROW,
      columns: widths.map((width) => ({ width })),
    },
    { fontFamily: 'Times New Roman', fontSize: 12, features: [printSetup(formulaValues)] },
  ).toBlob();
  return stampZip(new Uint8Array(await blob.arrayBuffer()), packageDate(plan));
}
