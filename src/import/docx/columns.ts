/**
 * The plan table's columns, found by their header text (folded: case and accents do not matter,
 * numbering and brackets neither), not by position: real plans word them differently, merge two
 * header rows ("Phân công" over "Chủ trì" and "Phối hợp"), drop some and add others. A column
 * that maps to no field keeps its header, so that its cells go to the row's notes under that name.
 */
import { fastFold } from '../../plan/fast-fold.ts';
import { headerBudgetUnit } from './budget.ts';
import { cellText, type DocCell } from './model.ts';

export type ColumnField =
  | 'number'
  | 'generalTask'
  | 'specificTask'
  | 'content'
  | 'products'
  | 'leadUnit'
  | 'coordinatingUnits'
  | 'period'
  | 'periodStart'
  | 'periodEnd'
  | 'budget'
  | 'notes';

export interface TableColumn {
  /** First grid column and how many it covers. */
  column: number;
  span: number;
  /** The header's words, as written (rows of a two-row header joined by " – "). */
  header: string;
  field: ColumnField | undefined;
}

export interface ColumnMap {
  columns: TableColumn[];
  /** How many rows the header takes, numbering row ("1 2 3 …") included. */
  headerRows: number;
  /** The budget column's unit from its header (1 for đồng, 1,000,000 for "triệu đồng"). */
  budgetUnit: number;
}

/** In order: the first pattern a header matches decides its field. */
const synonyms: [RegExp, ColumnField][] = [
  [/^(s?tt|so tt|so thu tu|thu tu)$/, 'number'],
  [/\bghi chu\b/, 'notes'],
  [/\bphoi hop\b/, 'coordinatingUnits'],
  [/\bchu tri\b/, 'leadUnit'],
  [/\b(nhiem vu|noi dung|hoat dong|cong viec) cu the\b/, 'specificTask'],
  [
    /\b(nhiem vu|noi dung|nhom nhiem vu) chung\b|\bnhom nhiem vu\b|\bnhiem vu trong tam\b/,
    'generalTask',
  ],
  [/\bsan pham\b|\bket qua\b|\bhinh thuc\b/, 'products'],
  [/\b(bat dau|tu ngay|khoi cong)\b/, 'periodStart'],
  [/\b(thoi gian|thoi han|tien do|moc thoi gian|han hoan thanh)\b/, 'period'],
  [/^(?!.*\bnguon\b).*\b(kinh phi|du toan)\b/, 'budget'],
  [/\b(noi dung|nhiem vu|cong viec|hoat dong)\b/, 'content'],
  [
    /\b(don vi|co quan|bo phan) (thuc hien|thuc hien chinh|dau moi)\b|\btrach nhiem\b|\bphan cong\b/,
    'leadUnit',
  ],
];

const clean = (text: string) =>
  fastFold(text)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^a-z0-9/]+/g, ' ')
    .trim();

export function fieldOfHeader(header: string): ColumnField | undefined {
  const folded = clean(header);
  if (folded === '') return undefined;
  return synonyms.find(([pattern]) => pattern.test(folded))?.[1];
}

/** A row of only column numbers: "1 2 3 …" or "(1) (2) …", as some tables put under the header. */
export const isNumberingRow = (row: readonly DocCell[]): boolean =>
  row.length > 1 &&
  row.every((cell) => /^\(?\d{1,2}\)?$|^$/.test(cellText(cell).trim())) &&
  row.some((cell) => cellText(cell).trim() !== '');

/** Whether a row reads as a header row: at least two of its cells name known columns. */
function headerLike(row: readonly DocCell[]): boolean {
  const known = row.filter((cell) => {
    const text = cellText(cell);
    return text.length <= 120 && fieldOfHeader(text) !== undefined;
  });
  return known.length >= 2;
}

/**
 * The columns of a table whose first rows are its header, or undefined when the table is not a
 * plan table: it needs a task column (nội dung, nhiệm vụ) and two of the lead unit, the time,
 * the budget and the products.
 */
export function mapColumns(rows: readonly (readonly DocCell[])[]): ColumnMap | undefined {
  const first = rows[0];
  if (!first || !headerLike(first)) return undefined;
  let headerRows = 1;
  // A second header row: the sub-columns of a merged heading ("Chủ trì", "Phối hợp").
  const second = rows[1];
  if (
    second &&
    second.some((cell) => !cell.continued && fieldOfHeader(cellText(cell)) !== undefined) &&
    second.every((cell) => cell.continued || cellText(cell).length <= 60) &&
    first.some((cell) => cell.span > 1)
  ) {
    headerRows = 2;
  }
  const width = Math.max(
    ...rows.slice(0, headerRows).flatMap((row) => row.map((cell) => cell.column + cell.span)),
  );
  const columns: TableColumn[] = [];
  const last = rows[headerRows - 1] as DocCell[];
  for (const cell of last) {
    // The words above this column in the header's first row, if it is another cell.
    const above =
      headerRows === 2
        ? first.find((top) => top.column <= cell.column && top.column + top.span > cell.column)
        : undefined;
    const texts = [above && !cell.continued ? cellText(above) : '', cellText(cell)]
      .map((text) => text.replace(/\s+/g, ' ').trim())
      .filter((text, index, all) => text !== '' && all.indexOf(text) === index);
    const header = texts.join(' – ');
    let field = fieldOfHeader(cellText(cell)) ?? fieldOfHeader(header);
    if (field === 'leadUnit' && /\bphoi hop\b/.test(clean(header))) field = 'coordinatingUnits';
    columns.push({ column: cell.column, span: cell.span, header, field });
  }
  // One column per field: a second "Thời gian" after a "Bắt đầu" is the end, others are notes.
  const seen = new Set<ColumnField>();
  for (const column of columns) {
    if (column.field === undefined) continue;
    if (column.field === 'period' && seen.has('periodStart')) column.field = 'periodEnd';
    if (seen.has(column.field)) column.field = undefined;
    else seen.add(column.field);
  }
  if (seen.has('periodStart') && !seen.has('periodEnd')) {
    for (const column of columns) if (column.field === 'periodStart') column.field = 'period';
  }
  const hasTask = seen.has('specificTask') || seen.has('generalTask') || seen.has('content');
  const others = (['leadUnit', 'period', 'budget', 'products'] as const).filter((field) =>
    seen.has(field),
  ).length;
  if (!hasTask || others < 2 || width < 3) return undefined;
  const next = rows[headerRows];
  if (next && isNumberingRow(next)) headerRows++;
  const budget = columns.find((column) => column.field === 'budget');
  return { columns, headerRows, budgetUnit: budget ? headerBudgetUnit(budget.header) : 1 };
}
