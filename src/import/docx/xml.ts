/**
 * WordprocessingML (`word/document.xml`) → the document model (`./model.ts`), in one streaming
 * pass with `sax`. Only what carries a plan's text is kept: paragraphs, tables (merged cells
 * resolved), and where page sections change orientation. Deleted revisions, field codes and the
 * fallback copies of text boxes are skipped, so text is read once, as Word shows it.
 *
 * The XML came from outside: a DOCTYPE is refused outright (sax never expands entities a DTD
 * declares, but nothing in a .docx needs one), only XML's five entities are known, and the depth
 * of elements and the number of table cells are capped, so no input holds the reader for long.
 */
import sax from 'sax';
import type {
  DocBlock,
  DocCell,
  DocParagraph,
  DocSection,
  DocTable,
  WordDocument,
} from './model.ts';

/** Word itself nests a few dozen levels; a document deeper than this is built to hurt. */
export const MAX_XML_DEPTH = 256;
/** 5,000 rows of 10 columns, twice over, plus the other tables of a long plan. */
export const MAX_TABLE_CELLS = 200_000;
/** Wider than any table Word can lay out (63 columns); a larger span is read as this. */
const MAX_SPAN = 64;
const MAX_COLUMNS = 1000;

export type XmlFailure = 'doctype' | 'too-deep' | 'too-many-cells' | 'damaged';

export class XmlRefused extends Error {
  readonly reason: XmlFailure;
  constructor(reason: XmlFailure) {
    super(reason);
    this.reason = reason;
  }
}

/** Elements whose content is not text the reader shows: skipped with everything inside. */
const skipped = new Set([
  'w:del',
  'w:moveFrom',
  'w:delText',
  'w:instrText',
  'w:delInstrText',
  'mc:Fallback',
  'w:rPr',
]);

interface OpenCell {
  lines: string[];
  span: number;
  merge: 'restart' | 'continue' | undefined;
}

interface OpenTable {
  rows: DocCell[][];
  /** Per grid column, the lines of the last cell seen there: what a vertical merge continues. */
  above: (string[] | undefined)[];
  row: DocCell[] | undefined;
  column: number;
  cell: OpenCell | undefined;
  section: number;
}

const attribute = (node: sax.Tag | sax.QualifiedTag, name: string): string | undefined => {
  const value = node.attributes[name];
  return typeof value === 'string' ? value : undefined;
};

/** Parses the main document part. Throws `XmlRefused`; the caller turns it into a message. */
export function parseDocumentXml(xml: string): WordDocument {
  // strictEntities (in sax since 1.3, not in its types): only XML's five named entities.
  const options = { strictEntities: true, position: false, trim: false } as sax.SAXOptions;
  const parser = sax.parser(true, options);
  const blocks: DocBlock[] = [];
  const sections: DocSection[] = [];
  const tables: OpenTable[] = [];
  let depth = 0;
  let skipDepth = 0;
  let cells = 0;
  let paragraphNumber = 0;
  let tableNumber = 0;
  let section = 0;
  let inBody = false;
  let inText = false;
  /** Paragraphs being read: a text box's paragraphs are inside another one. */
  const paragraphs: { text: string; endsSection: boolean }[] = [];
  let sectionLandscape = false;
  const parents: string[] = [];

  const addBodyParagraph = (text: string) => {
    for (const line of text.split('\n')) {
      const paragraph: DocParagraph = {
        kind: 'paragraph',
        number: ++paragraphNumber,
        text: line.normalize('NFC'),
        section,
      };
      blocks.push(paragraph);
    }
  };

  const closeSection = () => {
    sections[section] = { landscape: sectionLandscape };
    section++;
    sectionLandscape = false;
  };

  parser.ondoctype = () => {
    throw new XmlRefused('doctype');
  };
  parser.onerror = () => {
    throw new XmlRefused('damaged');
  };

  parser.onopentag = (node) => {
    const name = node.name;
    if (++depth > MAX_XML_DEPTH) throw new XmlRefused('too-deep');
    const parent = parents[parents.length - 1];
    parents.push(name);
    if (skipDepth > 0) return;
    if (skipped.has(name)) {
      skipDepth = depth;
      return;
    }
    const table = tables[tables.length - 1];
    const paragraph = paragraphs[paragraphs.length - 1];
    switch (name) {
      case 'w:body':
        inBody = true;
        break;
      case 'w:p':
        paragraphs.push({ text: '', endsSection: false });
        break;
      case 'w:t':
        inText = true;
        break;
      case 'w:tab':
        if (paragraph && parent === 'w:r') paragraph.text += '\t';
        break;
      case 'w:br':
      case 'w:cr':
        if (paragraph) paragraph.text += '\n';
        break;
      case 'w:noBreakHyphen':
        if (paragraph) paragraph.text += '-';
        break;
      case 'w:tbl':
        tables.push({ rows: [], above: [], row: undefined, column: 0, cell: undefined, section });
        break;
      case 'w:tr':
        if (table) {
          table.row = [];
          table.column = 0;
        }
        break;
      case 'w:gridBefore':
        if (table?.row && parent === 'w:trPr') {
          table.column = Math.min(MAX_COLUMNS, Math.max(0, Number(attribute(node, 'w:val')) || 0));
        }
        break;
      case 'w:tc':
        if (table) {
          if (++cells > MAX_TABLE_CELLS) throw new XmlRefused('too-many-cells');
          table.cell = { lines: [], span: 1, merge: undefined };
        }
        break;
      case 'w:gridSpan':
        if (table?.cell && parent === 'w:tcPr') {
          const span = Math.trunc(Number(attribute(node, 'w:val')));
          table.cell.span = Number.isFinite(span) ? Math.min(MAX_SPAN, Math.max(1, span)) : 1;
        }
        break;
      case 'w:vMerge':
        if (table?.cell && parent === 'w:tcPr') {
          table.cell.merge = attribute(node, 'w:val') === 'restart' ? 'restart' : 'continue';
        }
        break;
      case 'w:sectPr':
        if (paragraph && parent === 'w:pPr') paragraph.endsSection = true;
        break;
      case 'w:pgSz': {
        if (parent !== 'w:sectPr') break;
        const width = Number(attribute(node, 'w:w'));
        const height = Number(attribute(node, 'w:h'));
        sectionLandscape =
          attribute(node, 'w:orient') === 'landscape' ||
          (Number.isFinite(width) && Number.isFinite(height) && width > height);
        break;
      }
      default:
        break;
    }
  };

  parser.ontext = (text) => {
    if (skipDepth > 0 || !inText) return;
    const paragraph = paragraphs[paragraphs.length - 1];
    if (paragraph) paragraph.text += text;
  };
  parser.oncdata = parser.ontext;

  parser.onclosetag = (name) => {
    parents.pop();
    if (skipDepth > 0) {
      if (depth-- === skipDepth) skipDepth = 0;
      return;
    }
    depth--;
    const table = tables[tables.length - 1];
    switch (name) {
      case 'w:t':
        inText = false;
        break;
      case 'w:p': {
        const paragraph = paragraphs.pop();
        if (!paragraph || !inBody) break;
        const outer = paragraphs[paragraphs.length - 1];
        if (outer) {
          // A text box inside a paragraph: its lines come before the paragraph's own text.
          outer.text = `${paragraph.text}\n${outer.text}`;
          break;
        }
        if (table?.cell) {
          for (const line of paragraph.text.split('\n')) {
            table.cell.lines.push(line.normalize('NFC').trim());
          }
        } else if (!table) {
          addBodyParagraph(paragraph.text);
          if (paragraph.endsSection) closeSection();
        }
        break;
      }
      case 'w:tc': {
        if (!table?.cell || !table.row) break;
        const open = table.cell;
        table.cell = undefined;
        const column = table.column;
        if (column >= MAX_COLUMNS) break;
        const continued = open.merge === 'continue';
        const lines = continued ? (table.above[column] ?? []) : open.lines;
        table.row.push({ lines, column, span: open.span, continued });
        for (let i = 0; i < open.span; i++) table.above[column + i] = lines;
        table.column += open.span;
        break;
      }
      case 'w:tr':
        if (table?.row) table.rows.push(table.row);
        if (table) table.row = undefined;
        break;
      case 'w:tbl': {
        const done = tables.pop();
        if (!done) break;
        const outer = tables[tables.length - 1];
        if (outer?.cell) {
          // A table inside a cell: its text joins the cell's, row by row.
          for (const row of done.rows) {
            const text = row
              .filter((cell) => !cell.continued)
              .map((cell) => cell.lines.filter((line) => line !== '').join(' '))
              .filter((text) => text !== '')
              .join(' | ');
            if (text !== '') outer.cell.lines.push(text);
          }
        } else if (!outer && inBody) {
          const block: DocTable = {
            kind: 'table',
            number: ++tableNumber,
            rows: done.rows,
            section: done.section,
          };
          blocks.push(block);
        }
        break;
      }
      case 'w:body':
        closeSection();
        inBody = false;
        break;
      default:
        break;
    }
  };

  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof XmlRefused) throw error;
    throw new XmlRefused('damaged');
  }
  if (depth !== 0) throw new XmlRefused('damaged');
  return { blocks, sections };
}
