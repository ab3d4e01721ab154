/**
 * Page geometry, fonts and paragraph styles of a Kế hoạch as Nghị định 30/2020/NĐ-CP, Phụ lục I
 * sets them: A4, margins top and bottom 20 mm, left 30 mm, right 15 mm, Times New Roman, body
 * 14 pt justified with a 1.27 cm first-line indent and at least 6 pt between paragraphs.
 * Named styles keep the XML small (a 300-row annex repeats them thousands of times) and let the
 * user restyle the document in Word in one place.
 */
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  TextRun,
  type IBorderOptions,
  type IParagraphOptions,
  type IStylesOptions,
} from 'docx';
import { cleanText } from '../plan-text.ts';

/** Twips (1/1440 inch), the unit of Word's page and paragraph measures. */
export const mm = (value: number): number => Math.round((value * 1440) / 25.4);
/** Word measures font sizes in half-points. */
export const pt = (value: number): number => value * 2;

/** A4 as docx wants it for both orientations: portrait size, with `orientation` to turn it. */
export const A4 = { width: 11906, height: 16838 } as const;

export const pageMargins = {
  top: mm(20),
  bottom: mm(20),
  left: mm(30),
  right: mm(15),
  header: mm(10),
  footer: mm(10),
} as const;

export const portraitTextWidth = A4.width - pageMargins.left - pageMargins.right;
export const landscapeTextWidth = A4.height - pageMargins.left - pageMargins.right;

export const FONT = 'Times New Roman';

/** Sizes in points, as the decree states them. */
export const sizes = {
  body: 14,
  header: 13,
  motto: 14,
  /** A công văn's "V/v …" under its number. */
  excerpt: 12,
  table: 12,
  recipientsTitle: 12,
  recipients: 11,
} as const;

/** Style ids, English as ids are code; their display names in Word are Vietnamese. */
export const styleIds = {
  body: 'PlanBody',
  heading: 'PlanHeading',
  subheading: 'PlanSubheading',
  centred: 'PlanCentred',
  tableText: 'PlanTableText',
  tableHeading: 'PlanTableHeading',
} as const;

/** 6 pt: the least space Phụ lục I allows between paragraphs. */
const PARAGRAPH_GAP = 120;
/** 1.27 cm, the usual first-line indent within the decree's 1–1.27 cm. */
const FIRST_LINE_INDENT = 720;
const TABLE_GAP = 30;

export const documentStyles: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: pt(sizes.body), language: { value: 'vi-VN' } },
      paragraph: { spacing: { before: 0, after: 0, line: 240 } },
    },
  },
  paragraphStyles: [
    {
      id: styleIds.body,
      name: 'Nội dung kế hoạch',
      basedOn: 'Normal',
      quickFormat: true,
      paragraph: {
        alignment: AlignmentType.JUSTIFIED,
        indent: { firstLine: FIRST_LINE_INDENT },
        spacing: { before: PARAGRAPH_GAP, after: 0 },
      },
    },
    {
      id: styleIds.heading,
      name: 'Đề mục I, II',
      basedOn: styleIds.body,
      next: styleIds.body,
      quickFormat: true,
      run: { bold: true },
      paragraph: { keepNext: true, keepLines: true, alignment: AlignmentType.LEFT },
    },
    {
      id: styleIds.subheading,
      name: 'Đề mục 1, 2',
      basedOn: styleIds.heading,
      next: styleIds.body,
      quickFormat: true,
    },
    {
      id: styleIds.centred,
      name: 'Căn giữa',
      basedOn: 'Normal',
      paragraph: { alignment: AlignmentType.CENTER },
    },
    {
      id: styleIds.tableText,
      name: 'Chữ trong bảng',
      basedOn: 'Normal',
      run: { size: pt(sizes.table) },
      paragraph: { spacing: { before: TABLE_GAP, after: TABLE_GAP } },
    },
    {
      id: styleIds.tableHeading,
      name: 'Tiêu đề cột bảng',
      basedOn: styleIds.tableText,
      run: { bold: true },
      paragraph: { alignment: AlignmentType.CENTER, keepNext: true },
    },
  ],
};

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  /** Points. */
  size?: number;
}

/** A run of plan text, cleaned for XML and NFC. */
export function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text: cleanText(text),
    bold: style.bold,
    italics: style.italics,
    size: style.size === undefined ? undefined : pt(style.size),
  });
}

/** A paragraph of one run, in a named style, with further paragraph options if needed. */
export function paragraph(
  text: string,
  style: (typeof styleIds)[keyof typeof styleIds] | undefined,
  runStyle: RunStyle = {},
  options: Omit<IParagraphOptions, 'children' | 'text' | 'style'> = {},
): Paragraph {
  return new Paragraph({ ...options, style, children: [run(text, runStyle)] });
}

export const singleLine: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '000000' };

/**
 * A centred horizontal rule `length` twips long inside a box `boxWidth` wide: an empty paragraph
 * with a bottom border, narrowed by equal indents. The decree asks for a short solid rule under
 * the issuing unit and the subject line, and one as long as the motto under the motto.
 */
export function rule(length: number, boxWidth: number): Paragraph {
  const side = Math.max(0, Math.round((boxWidth - length) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: 100, lineRule: LineRuleType.EXACT },
    border: { bottom: { ...singleLine, space: 1 } },
    run: { size: 2 },
    children: [],
  });
}
