/**
 * Section III as a landscape annex (Phụ lục): the outline's table with its 8 columns and a TT
 * column, rows grouped under full-width area rows ("I. Cải cách thể chế"), a subtotal per area and
 * the "Tổng kinh phí" row. The heading row repeats on every page (`tableHeader`), and no row is
 * split across pages, so each printed page can be read on its own.
 */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
  type TableVerticalAlign,
} from 'docx';
import {
  areaOf,
  areaTableHeading,
  templateOf,
  type AreaId,
  type OutlineTemplate,
} from '../../plan/templates.ts';
import type { Plan, PlanRow } from '../../plan/schema.ts';
import { computeTotals } from '../../plan/totals.ts';
import { formatAmount, formatPeriod } from '../../plan/vi-format.ts';
import { romanNumeral, tableColumns } from '../../outline/data.ts';
import type { TableColumn } from '../../outline/schema.ts';
import { annexAttachment, annexTitle, grandTotalLabel } from '../plan-text.ts';
import { landscapeTextWidth, paragraph, styleIds } from './styles.ts';

type ColumnId = TableColumn['id'];

/** Twips; TT first, then the outline's columns. The budget column fits "1.000.000.000" in bold. */
const TT_WIDTH = 500;
const fixedWidths = {
  generalTask: 1750,
  specificTask: 2550,
  products: 1900,
  leadUnit: 1500,
  coordinatingUnits: 1650,
  period: 1350,
  budgetVnd: 1550,
};
const columnWidths: Record<ColumnId, number> = {
  ...fixedWidths,
  // Notes take what is left of the landscape text width.
  notes: landscapeTextWidth - TT_WIDTH - Object.values(fixedWidths).reduce((sum, w) => sum + w, 0),
};

const grid = [TT_WIDTH, ...tableColumns.map((column) => columnWidths[column.id])];
const budgetIndex = 1 + tableColumns.findIndex((column) => column.id === 'budgetVnd');

const line: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = {
  top: line,
  bottom: line,
  left: line,
  right: line,
  insideHorizontal: line,
  insideVertical: line,
};

function cell(
  children: Paragraph[],
  columnIndex: number,
  span = 1,
  verticalAlign: TableVerticalAlign = VerticalAlignTable.TOP,
): TableCell {
  const width = grid.slice(columnIndex, columnIndex + span).reduce((sum, w) => sum + w, 0);
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: span === 1 ? undefined : span,
    verticalAlign,
    children,
  });
}

const text = (value: string, options: { bold?: boolean; italics?: boolean } = {}) =>
  paragraph(value, styleIds.tableText, options);
const aligned = (
  value: string,
  alignment: (typeof AlignmentType)[keyof typeof AlignmentType],
  bold = false,
) => paragraph(value, styleIds.tableText, { bold }, { alignment });

/** A list cell: one paragraph per item, with dashes when there are several. */
function list(items: readonly string[]): Paragraph[] {
  const filled = items.map((item) => item.trim()).filter((item) => item !== '');
  if (filled.length <= 1) return [text(filled[0] ?? '')];
  return filled.map((item) => text(`- ${item}`));
}

/** Multi-line text keeps its lines. */
const multiline = (value: string): Paragraph[] =>
  value
    .trim()
    .split(/\r?\n/)
    .map((part) => text(part.trim()));

function headingRow(): TableRow {
  const labels = ['TT', ...tableColumns.map((column) => column.label)];
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: labels.map((label, index) => {
      const column = tableColumns[index - 1];
      const children = [paragraph(label, styleIds.tableHeading)];
      if (column?.id === 'period') {
        children.push(
          paragraph('(từ tháng/năm - đến tháng/năm)', styleIds.tableHeading, {
            bold: false,
            italics: true,
            size: 10,
          }),
        );
      }
      return cell(children, index, 1, VerticalAlignTable.CENTER);
    }),
  });
}

function taskRow(row: PlanRow, position: number): TableRow {
  const byColumn: Record<ColumnId, Paragraph[]> = {
    generalTask: multiline(row.generalTask),
    specificTask: multiline(row.specificTask),
    products: list(row.products),
    leadUnit: multiline(row.leadUnit),
    coordinatingUnits: list(row.coordinatingUnits),
    period: [aligned(formatPeriod(row.from, row.to), AlignmentType.CENTER)],
    budgetVnd: [
      aligned(row.budgetVnd === null ? '' : formatAmount(row.budgetVnd), AlignmentType.RIGHT),
    ],
    notes: multiline(row.notes),
  };
  return new TableRow({
    cantSplit: true,
    children: [
      cell([aligned(String(position), AlignmentType.CENTER)], 0),
      ...tableColumns.map((column, index) => cell(byColumn[column.id], index + 1)),
    ],
  });
}

/** A row whose label spans the columns before the budget, then the amount, then the notes. */
function sumRow(label: string, value: number): TableRow {
  return new TableRow({
    cantSplit: true,
    children: [
      cell([aligned(label, AlignmentType.RIGHT, true)], 0, budgetIndex),
      cell([aligned(formatAmount(value), AlignmentType.RIGHT, true)], budgetIndex),
      ...grid.slice(budgetIndex + 1).map((_, offset) => cell([text('')], budgetIndex + 1 + offset)),
    ],
  });
}

function areaRow(template: OutlineTemplate, areaId: AreaId): TableRow {
  return new TableRow({
    cantSplit: true,
    children: [
      cell(
        // keepNext keeps an area's heading on the page of its first task.
        [
          paragraph(
            areaTableHeading(template, areaId),
            styleIds.tableText,
            { bold: true },
            { keepNext: true },
          ),
        ],
        0,
        grid.length,
      ),
    ],
  });
}

export function annexContent(plan: Plan): (Paragraph | Table)[] {
  const totals = computeTotals(plan);
  const rows: TableRow[] = [headingRow()];
  const template = templateOf(plan);
  for (const total of totals.areas) {
    const area = areaOf(template, total.areaId);
    if (!area) continue;
    rows.push(areaRow(template, total.areaId));
    plan.rows
      .filter((row) => row.areaId === total.areaId)
      .forEach((row, index) => rows.push(taskRow(row, index + 1)));
    rows.push(sumRow(`Cộng ${romanNumeral(area.order)}`, total.budgetVnd));
  }
  rows.push(sumRow(grandTotalLabel(totals.unbudgetedRowCount), totals.budgetVnd));
  return [
    paragraph('PHỤ LỤC', styleIds.centred, { bold: true }),
    paragraph(annexTitle(plan), styleIds.centred, { bold: true }),
    paragraph(
      annexAttachment(plan),
      styleIds.centred,
      { italics: true },
      { spacing: { after: 240 } },
    ),
    new Table({
      width: { size: landscapeTextWidth, type: WidthType.DXA },
      columnWidths: grid,
      layout: TableLayoutType.FIXED,
      borders,
      margins: { left: 70, right: 70, top: 0, bottom: 0 },
      rows,
    }),
  ];
}
