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
 * same everywhere and on every run. What every workbook shares is in ./xlsx/workbook.ts.
 */
import { areaOf, tableHeadingOf, templateOf } from '../plan/templates.ts';
import type { Plan, PlanRow } from '../plan/schema.ts';
import { computeTotals } from '../plan/totals.ts';
import { formatPeriod } from '../plan/vi-format.ts';
import { romanNumeral, tableColumns } from '../outline/data.ts';
import type { TableColumn } from '../outline/schema.ts';
import { annexAttachment, annexTitle, grandTotalLabel } from './plan-text.ts';
import { packageDate } from './stable-zip.ts';
import {
  boxed,
  columnLetter,
  covered,
  headingText,
  text,
  titleRow,
  VND_FORMAT,
  writeWorkbook,
  type Cell,
  type Row,
  type WorkbookSheet,
} from './xlsx/workbook.ts';

export { MAX_ROW_HEIGHT, VND_FORMAT } from './xlsx/workbook.ts';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The sheet's name as Excel shows it on its tab (at most 31 characters). */
export const SHEET_NAME = 'Kế hoạch triển khai';

/** Rows above the table: the title, the "Kèm theo …" line, then the heading row. */
const TITLE_ROWS = 2;
/** 1-based number of the heading row, repeated on every printed page. */
export const HEADING_ROW = TITLE_ROWS + 1;

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
const budgetLetter = columnLetter(budgetIndex);

const list = (items: readonly string[]): string =>
  items
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .join('\n');

function headingRow(): Row {
  return [
    headingText('TT'),
    ...tableColumns.map((column) =>
      headingText(
        column.id === 'period' ? `${column.label}\n(từ tháng/năm - đến tháng/năm)` : column.label,
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

function buildSheet(plan: Plan): WorkbookSheet {
  const totals = computeTotals(plan);
  const data: Row[] = [
    titleRow(annexTitle(plan), columnCount, { fontWeight: 'bold', fontSize: 14 }),
    titleRow(annexAttachment(plan), columnCount, { fontStyle: 'italic' }),
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
  return { name: SHEET_NAME, data, widths, headingRow: HEADING_ROW, formulaValues };
}

export async function planToXlsx(plan: Plan): Promise<Uint8Array<ArrayBuffer>> {
  return writeWorkbook([buildSheet(plan)], packageDate(plan));
}
