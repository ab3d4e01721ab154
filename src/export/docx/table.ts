/**
 * The pieces of an annex table on a landscape page: a fixed grid of columns, single black borders,
 * cells in the table style, full-width group rows ("I. Cải cách thể chế") kept with the row after
 * them. Every annex of every document is built from these, so they all look alike.
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
import { landscapeTextWidth, paragraph, styleIds } from './styles.ts';

const line: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = {
  top: line,
  bottom: line,
  left: line,
  right: line,
  insideHorizontal: line,
  insideVertical: line,
};

/** Column widths in twips, in the proportions given, filling the landscape text width. */
export function proportionalGrid(
  weights: readonly number[],
  width: number = landscapeTextWidth,
): number[] {
  const total = weights.reduce((sum, w) => sum + w, 0);
  const grid = weights.map((w) => Math.floor((w / total) * width));
  grid[grid.length - 1]! += width - grid.reduce((sum, w) => sum + w, 0);
  return grid;
}

/**
 * A cell of `grid`, at `columnIndex`, spanning `span` columns. Top alignment is Word's default,
 * so it is not written: a 1,000-row annex has 8,000 cells, and every element costs time to build.
 */
export function gridCell(
  grid: readonly number[],
  children: Paragraph[],
  columnIndex: number,
  span = 1,
  verticalAlign?: TableVerticalAlign,
): TableCell {
  const width = grid.slice(columnIndex, columnIndex + span).reduce((sum, w) => sum + w, 0);
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: span === 1 ? undefined : span,
    verticalAlign,
    children,
  });
}

export type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];

/** Text in a cell; an empty cell gets a paragraph without a run (fewer elements, same look). */
export const tableText = (value: string, options: { bold?: boolean; italics?: boolean } = {}) =>
  value === ''
    ? new Paragraph({ style: styleIds.tableText })
    : paragraph(value, styleIds.tableText, options);

/** Not bold is the style's own: only bold is written. */
export const alignedText = (value: string, alignment: Alignment, bold = false) =>
  paragraph(value, styleIds.tableText, { bold: bold || undefined }, { alignment });

/** A list cell: one paragraph per item, with dashes when there are several. */
export function listText(items: readonly string[]): Paragraph[] {
  const filled = items.map((item) => item.trim()).filter((item) => item !== '');
  if (filled.length <= 1) return [tableText(filled[0] ?? '')];
  return filled.map((item) => tableText(`- ${item}`));
}

/** Multi-line text keeps its lines. */
export const multilineText = (value: string): Paragraph[] =>
  value
    .trim()
    .split(/\r?\n/)
    .map((part) => tableText(part.trim()));

/** A heading cell: bold and centred, in the middle of its row. */
export const headingCell = (grid: readonly number[], children: Paragraph[], index: number) =>
  gridCell(grid, children, index, 1, VerticalAlignTable.CENTER);

/** A row of a group's heading across the whole table, kept on the page of the group's first row. */
export function groupRow(grid: readonly number[], heading: string): TableRow {
  return new TableRow({
    cantSplit: true,
    children: [
      gridCell(
        grid,
        [paragraph(heading, styleIds.tableText, { bold: true }, { keepNext: true })],
        0,
        grid.length,
      ),
    ],
  });
}

/** A table as wide as its grid: the landscape text width, or a portrait page's for a body table. */
export function gridTable(grid: readonly number[], rows: TableRow[]): Table {
  return new Table({
    width: { size: grid.reduce((sum, w) => sum + w, 0), type: WidthType.DXA },
    columnWidths: [...grid],
    layout: TableLayoutType.FIXED,
    borders,
    margins: { left: 70, right: 70, top: 0, bottom: 0 },
    rows,
  });
}
