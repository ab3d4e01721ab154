/**
 * The plan table's rows → the plan's rows. Area rows (one text across the table, or a Roman
 * numeral and a name: "I | CẢI CÁCH THỂ CHẾ") start an area; rows that total ("Cộng", "Tổng kinh
 * phí") are skipped, as the plan computes its totals; a spanning row that names no area
 * ("1. Rà soát văn bản") is a group whose words become the general task of the rows under it
 * when they have none. A general task merged down over several rows reaches each of them (the
 * document model resolved the merge). Every cell's words end up in a field or in the notes.
 */
import { fastFold } from '../../plan/fast-fold.ts';
import { MAX_SENTENCE_LENGTH, type PlanRow } from '../../plan/schema.ts';
import type { OutlineTemplate } from '../../plan/templates.ts';
import { readBudget } from './budget.ts';
import { isNumberingRow, type ColumnMap, type TableColumn } from './columns.ts';
import { fitList, fitText, type Fitter } from './fit.ts';
import { isRomanNumbered, matchArea, splitNumbering } from './areas.ts';
import { cellText, type DocCell, type DocTable } from './model.ts';
import { IMPORTED_MARK, cellPlace, quote, type ReportItem } from './report.ts';
import { readTime } from './time.ts';
import { splitListLines, splitUnits } from './units.ts';

export interface RowContext {
  template: OutlineTemplate;
  planYear: number;
  /** The area rows are going to, carried from one table to the next (an annex split in two). */
  areaId: string | undefined;
  items: ReportItem[];
  rows: PlanRow[];
}

/** "Cộng I", "Tổng cộng", "Tổng kinh phí (…)": the whole cell, so "Tổng kết …" is a task. */
const isTotalRow = (text: string) =>
  /^(cong( [ivx]+| linh vuc [^\n]*)?|tong cong|tong kinh phi[^\n]*|tong so[ :][^\n]*|tong)\s*:?$/.test(
    fastFold(text).replace(/\s+/g, ' ').trim(),
  );

function cellAt(row: readonly DocCell[], column: TableColumn): DocCell | undefined {
  return row.find(
    (cell) => cell.column <= column.column && cell.column + cell.span > column.column,
  );
}

/** The row's distinct filled cells (a cell spanning several columns counts once). */
function filledCells(row: readonly DocCell[]): DocCell[] {
  return row.filter((cell) => !cell.continued && cellText(cell) !== '');
}

export function readTableRows(table: DocTable, map: ColumnMap, context: RowContext): void {
  const { template, items } = context;
  const width = Math.max(...map.columns.map((column) => column.column + column.span));
  const numberColumn = map.columns.find((column) => column.field === 'number');
  let group = '';
  table.rows.slice(map.headerRows).forEach((row, offset) => {
    const rowNumber = map.headerRows + offset + 1;
    const place = (header?: string) => cellPlace(table.number, rowNumber, header);
    if (isNumberingRow(row)) return;
    const filled = filledCells(row);
    if (filled.length === 0) return;
    const first = filled[0] as DocCell;
    const firstText = cellText(first);
    if (filled.length <= 3 && isTotalRow(firstText)) return;

    // An area or group row: one text across the table, or a numbering cell and one text.
    const inNumberColumn = numberColumn && first.column === numberColumn.column && first.span === 1;
    const headingText =
      filled.length === 1
        ? firstText
        : filled.length === 2 && inNumberColumn
          ? `${firstText}. ${cellText(filled[1])}`
          : undefined;
    if (headingText !== undefined) {
      const spans = filled.length === 1 && first.span >= Math.max(2, width / 2);
      const areaId = matchArea(template, headingText);
      const roman = isRomanNumbered(headingText);
      if (areaId || roman || spans) {
        if (areaId) {
          context.areaId = areaId;
          group = '';
          return;
        }
        if (roman) {
          const { number } = splitNumbering(headingText);
          const byOrder = template.areas.find((area) => area.order === number);
          if (byOrder) {
            context.areaId = byOrder.id;
            group = '';
            items.push({
              kind: 'guess',
              where: place(),
              text: `Dòng nhóm ${quote(headingText)} không khớp tên lĩnh vực nào của ${template.shortTitle}; đã xếp theo số thứ tự vào lĩnh vực “${byOrder.tableTitle}”.`,
            });
            return;
          }
        }
        if (spans) {
          // A group inside an area: its words are the general task of the rows below. (A number
          // and one text is a task with its other cells empty, unless it names an area.)
          group = headingText.replace(/\s+/g, ' ').trim();
          return;
        }
      }
    }
    readTaskRow(row, map, context, place, group);
  });
}

function readTaskRow(
  row: readonly DocCell[],
  map: ColumnMap,
  context: RowContext,
  place: (header?: string) => string,
  group: string,
): void {
  const { items, planYear } = context;
  const notes: string[] = [];
  const fields: Partial<Record<string, { lines: string[]; column: TableColumn; cell: DocCell }>> =
    {};
  const seen = new Set<DocCell>();
  for (const column of map.columns) {
    const cell = cellAt(row, column);
    if (!cell || seen.has(cell)) continue;
    seen.add(cell);
    const text = cellText(cell);
    if (text === '') continue;
    if (column.field === undefined) {
      const name = column.header === '' ? 'Cột không tên' : column.header;
      notes.push(`${IMPORTED_MARK} ${name}: ${text.replace(/\n/g, '; ')}`);
      items.push({
        kind: 'notes',
        where: place(column.header),
        text: `Cột không thuộc trường nào: ${quote(text)} đưa vào Ghi chú.`,
      });
      continue;
    }
    if (column.field === 'number') continue;
    fields[column.field] = { lines: cell.lines, column, cell };
  }
  const text = (field: string) => (fields[field] ? cellText(fields[field].cell) : '');
  const fitter: Fitter = (value, max, header) => fitText(value, max, items, place(header));

  let specificTask = text('specificTask');
  let generalTask = text('generalTask');
  const content = text('content');
  if (content !== '') {
    if (!fields.specificTask) specificTask = content;
    else if (!fields.generalTask) generalTask = content;
  }
  if (generalTask === '' && group !== '') generalTask = group;
  if (context.areaId === undefined) {
    const first = context.template.areas[0];
    context.areaId = first?.id;
    items.push({
      kind: 'guess',
      where: place(),
      text: `Nhiệm vụ ở trước dòng lĩnh vực đầu tiên: đã xếp vào lĩnh vực “${first?.tableTitle ?? ''}”.`,
    });
  }

  // Time: one column, or a start and an end column.
  const periodHeader =
    fields.period?.column.header ?? fields.periodStart?.column.header ?? 'Thời gian';
  const startText = fields.period ? text('period') : text('periodStart');
  const endText = fields.period ? startText : text('periodEnd');
  const start = readTime(startText, planYear);
  const end = endText === startText ? start : readTime(endText, planYear);
  const timeWords = [startText, endText === startText ? '' : endText]
    .filter((part) => part !== '')
    .join(' – ');
  if (timeWords !== '' && (start.kind !== 'exact' || end.kind !== 'exact')) {
    notes.push(`${IMPORTED_MARK} ${periodHeader}: ${timeWords.replace(/\n/g, ' ')}`);
    items.push({
      kind: start.kind === 'unread' || end.kind === 'unread' ? 'unread' : 'notes',
      where: place(periodHeader),
      text:
        start.kind === 'unread' || end.kind === 'unread'
          ? `Không đọc được thời gian ${quote(timeWords)}: để trống tháng, giữ nguyên văn trong Ghi chú.`
          : `Thời gian ${quote(timeWords)} không chỉ rõ tháng: ghi từ tháng ${start.from.month ?? '…'} đến tháng ${end.to.month ?? '…'}, giữ nguyên văn trong Ghi chú.`,
    });
  }

  // Budget.
  let budgetVnd: number | null = null;
  const budget = fields.budget;
  if (budget) {
    const header = budget.column.header;
    const words = cellText(budget.cell).replace(/\n/g, ' ');
    if (budget.cell.continued) {
      notes.push(`${IMPORTED_MARK} ${header}: ${words} (ghi chung với nhiệm vụ ở dòng trên)`);
      items.push({
        kind: 'notes',
        where: place(header),
        text: `Kinh phí ${quote(words)} ghi chung cho nhiều dòng: để trống kinh phí của dòng này, giữ nguyên văn trong Ghi chú.`,
      });
    } else {
      const reading = readBudget(words, map.budgetUnit);
      budgetVnd = reading.vnd;
      if (reading.kind !== 'exact') {
        notes.push(`${IMPORTED_MARK} ${header}: ${words}`);
        items.push({
          kind: 'notes',
          where: place(header),
          text:
            reading.kind === 'words'
              ? `Kinh phí ${quote(words)} không phải một số tiền: để “chưa dự kiến”, giữ nguyên văn trong Ghi chú.`
              : `Kinh phí ${quote(words)}: đọc là ${reading.vnd} đồng, giữ nguyên văn trong Ghi chú.`,
        });
      }
    }
  }

  const ownNotes = text('notes');
  const allNotes = [ownNotes, ...notes].filter((part) => part !== '').join('\n');
  const productLines = fields.products ? splitListLines(fields.products.lines) : [];
  const units = fields.coordinatingUnits ? splitUnits(fields.coordinatingUnits.lines) : [];
  const header = (field: string) => fields[field]?.column.header;
  context.rows.push({
    id: `w-${context.rows.length + 1}`,
    areaId: context.areaId as string,
    generalTask: fitter(
      generalTask,
      MAX_SENTENCE_LENGTH,
      header('generalTask') ?? header('content'),
    ),
    specificTask: fitter(
      specificTask,
      MAX_SENTENCE_LENGTH,
      header('specificTask') ?? header('content'),
    ),
    products: fitList(productLines, items, place(header('products'))),
    leadUnit: fitter(text('leadUnit'), 300, header('leadUnit')),
    coordinatingUnits: fitList(units, items, place(header('coordinatingUnits'))),
    from: start.from,
    to: end.to,
    budgetVnd,
    notes: fitter(allNotes, MAX_SENTENCE_LENGTH, header('notes') ?? 'Ghi chú'),
  });
}
