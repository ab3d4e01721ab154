/**
 * The document as the reader sees it: the body's paragraphs and tables in order, each table a grid
 * of cells with merged cells already resolved. A cell that a vertical merge continues carries the
 * text of the cell where the merge started (`continued`), so each row can be read on its own.
 */

export interface DocParagraph {
  kind: 'paragraph';
  /** 1-based among the body's paragraphs outside tables: "Đoạn 34" in the report. */
  number: number;
  /** Tabs kept (a header block may be laid out with them); NFC, not trimmed. */
  text: string;
  /** Index of the page section (`w:sectPr`) the paragraph is in. */
  section: number;
}

export interface DocCell {
  /** The cell's paragraphs, each trimmed, empty ones kept (they separate list items). */
  lines: string[];
  /** The first grid column the cell covers (0-based, after `w:gridBefore`). */
  column: number;
  /** Grid columns covered (`w:gridSpan`). */
  span: number;
  /** A vertical merge's continuation: `lines` are those of the cell the merge started in. */
  continued: boolean;
}

export interface DocTable {
  kind: 'table';
  /** 1-based among the body's top-level tables. */
  number: number;
  rows: DocCell[][];
  section: number;
}

export type DocBlock = DocParagraph | DocTable;

export interface DocSection {
  landscape: boolean;
}

export interface WordDocument {
  blocks: DocBlock[];
  sections: DocSection[];
}

/** A cell's text: its non-empty lines, one per line. */
export const cellText = (cell: DocCell | undefined): string =>
  cell === undefined
    ? ''
    : cell.lines
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .join('\n');
