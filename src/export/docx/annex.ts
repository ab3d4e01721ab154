/**
 * Section III as a landscape annex (Phụ lục): the outline's table with its 8 columns and a TT
 * column, rows grouped under full-width area rows ("I. Cải cách thể chế"), a subtotal per area and
 * the "Tổng kinh phí" row. The heading row repeats on every page (`tableHeader`), and no row is
 * split across pages, so each printed page can be read on its own.
 */
import { AlignmentType, Paragraph, Table, TableRow } from 'docx';
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
import {
  alignedText as aligned,
  gridCell,
  gridTable,
  groupRow,
  headingCell,
  listText as list,
  multilineText as multiline,
  tableText as text,
} from './table.ts';

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

const cell = (children: Paragraph[], columnIndex: number, span = 1) =>
  gridCell(grid, children, columnIndex, span);

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
      return headingCell(grid, children, index);
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

const areaRow = (template: OutlineTemplate, areaId: AreaId): TableRow =>
  groupRow(grid, areaTableHeading(template, areaId));

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
    gridTable(grid, rows),
  ];
}
