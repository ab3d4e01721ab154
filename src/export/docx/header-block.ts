/**
 * The top of the first page (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II): a borderless table with
 * the issuing agency on the left and the national title on the right, then the document type
 * ("KẾ HOẠCH", "BÁO CÁO") and the subject line. The table has two rows so that "Số: …" and the place and date always share a line,
 * however many lines the agency's name takes.
 */
import {
  AlignmentType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { Plan } from '../../plan/schema.ts';
import { formatDocumentDate } from '../../plan/vi-format.ts';
import { documentNumberLine, subjectLine, upper } from '../plan-text.ts';
import { mm, paragraph, portraitTextWidth, rule, sizes, styleIds } from './styles.ts';

/** Left column a little under 40 %, as in the decree's sample layout. */
const LEFT_WIDTH = mm(62);
const RIGHT_WIDTH = portraitTextWidth - LEFT_WIDTH;
/** Padding inside the header cells; the rules are centred in what is left. */
const CELL_PADDING = 57;

/**
 * Width of "Độc lập - Tự do - Hạnh phúc" in Times New Roman bold 14 pt, in twips, measured from
 * its metrics (Liberation Serif, metric-compatible): the motto's rule is as long as the motto.
 */
const MOTTO_WIDTH = 3424;

/**
 * A rough width of upper-case bold text, for rules that only need to be "1/3 to 1/2 of the line":
 * Times New Roman capitals average about 0.7 em, spaces 0.25 em.
 */
function estimatedWidth(text: string, sizePt: number): number {
  const em = sizePt * 20;
  let width = 0;
  for (const char of text) width += char === ' ' ? 0.25 * em : 0.7 * em;
  return width;
}

function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.TOP,
    children,
  });
}

/** Who issues a document: the agency it belongs to and its own name (a plan's `unit`). */
export interface Issuer {
  parentAgency: string;
  name: string;
}

function issuerCell(issuer: Issuer): TableCell {
  const parent = upper(issuer.parentAgency);
  const name = upper(issuer.name) || '…';
  const inner = LEFT_WIDTH - 2 * CELL_PADDING;
  const ruleLength = Math.min(
    inner,
    Math.max(mm(12), 0.4 * Math.min(estimatedWidth(name, sizes.header), inner)),
  );
  return cell(LEFT_WIDTH, [
    paragraph(parent || '…', styleIds.centred, { size: sizes.header }),
    paragraph(name, styleIds.centred, { size: sizes.header, bold: true }),
    rule(ruleLength, inner),
  ]);
}

function nationalCell(): TableCell {
  return cell(RIGHT_WIDTH, [
    paragraph('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', styleIds.centred, {
      size: sizes.header,
      bold: true,
    }),
    paragraph('Độc lập - Tự do - Hạnh phúc', styleIds.centred, { size: sizes.motto, bold: true }),
    rule(MOTTO_WIDTH, RIGHT_WIDTH - 2 * CELL_PADDING),
  ]);
}

const gap = { spacing: { before: 120 } };

/** What differs between the documents a unit issues: a plan's are the defaults. */
export interface DocumentHeading {
  /** "Số: 152/KH-SNV". */
  numberLine: string;
  /** The place and date line: "Mẫu, ngày 20 tháng 12 năm 2012". */
  dateLine: string;
  /** "KẾ HOẠCH", "BÁO CÁO"; '' for a công văn, which has none. */
  documentType: string;
  /** The subject line under the document type. */
  subject: string;
  /**
   * A công văn's trích yếu ("V/v góp ý …"), under its number on the left (Phụ lục I, mục II.5b);
   * such a letter has no document type or subject line.
   */
  excerpt?: string;
}

export const planHeading = (plan: Plan): DocumentHeading => ({
  numberLine: documentNumberLine(plan.document),
  dateLine: formatDocumentDate(plan.document.place, plan.document.issueDate),
  documentType: 'KẾ HOẠCH',
  subject: subjectLine(plan),
});

/** The header of a document `issuer` sends: a plan's own by default, or another of its documents. */
export function headerBlock(
  plan: Plan,
  heading: DocumentHeading = planHeading(plan),
): (Table | Paragraph)[] {
  return documentHeader(plan.unit, heading);
}

export function documentHeader(issuer: Issuer, heading: DocumentHeading): (Table | Paragraph)[] {
  const table = new Table({
    width: { size: portraitTextWidth, type: WidthType.DXA },
    columnWidths: [LEFT_WIDTH, RIGHT_WIDTH],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { left: CELL_PADDING, right: CELL_PADDING, top: 0, bottom: 0 },
    rows: [
      new TableRow({ cantSplit: true, children: [issuerCell(issuer), nationalCell()] }),
      new TableRow({
        cantSplit: true,
        children: [
          cell(LEFT_WIDTH, [
            paragraph(heading.numberLine, styleIds.centred, { size: sizes.header }, gap),
            ...(heading.excerpt === undefined
              ? []
              : [paragraph(heading.excerpt, styleIds.centred, { size: sizes.excerpt })]),
          ]),
          cell(RIGHT_WIDTH, [
            paragraph(heading.dateLine, styleIds.centred, { size: sizes.body, italics: true }, gap),
          ]),
        ],
      }),
    ],
  });
  const { subject } = heading;
  if (heading.documentType === '') {
    return [
      table,
      new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 240 }, children: [] }),
    ];
  }
  return [
    table,
    paragraph(heading.documentType, styleIds.centred, { bold: true }, { spacing: { before: 480 } }),
    paragraph(subject, styleIds.centred, { bold: true }),
    rule(Math.max(mm(20), 0.4 * estimatedWidth(subject, sizes.body) * 0.75), portraitTextWidth),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120 }, children: [] }),
  ];
}
