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
