/**
 * The plan's text on portrait pages: the opening, sections I–IV in the outline's order (section
 * III points to the landscape annex), then the signature on the right and Nơi nhận on the left,
 * side by side as Phụ lục I of Nghị định 30/2020/NĐ-CP draws them.
 */
import {
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { areaSectionHeading, templateOf } from '../../plan/templates.ts';
import type { Plan } from '../../plan/schema.ts';
import { computeTotals } from '../../plan/totals.ts';
import { formatVnd } from '../../plan/vi-format.ts';
import {
  EMPTY_TEXT,
  annexReference,
  partHeadings,
  introductionLines,
  objectiveLines,
  organisationParts,
  recipientLines,
  signature,
  textLines,
  type Signature,
  type TextLine,
} from '../plan-text.ts';
import { mm, paragraph, portraitTextWidth, sizes, styleIds } from './styles.ts';

export const body = (text: string): Paragraph => paragraph(text, styleIds.body);
export const heading = (text: string): Paragraph => paragraph(text, styleIds.heading);
export const subheading = (text: string): Paragraph => paragraph(text, styleIds.subheading);

/** Bullets are written with a dash, as Vietnamese administrative documents do. */
export function lines(items: readonly TextLine[]): Paragraph[] {
  if (items.length === 0) return [body(EMPTY_TEXT)];
  return items.map((line) => body(line.bullet ? `- ${line.text}` : line.text));
}

function objectives(plan: Plan): Paragraph[] {
  const items = objectiveLines(plan).map((text) => ({ bullet: true, text }));
  return [heading(partHeadings.objectives), ...lines(items)];
}

function tasks(plan: Plan): Paragraph[] {
  return [
    heading(partHeadings.tasks),
    ...templateOf(plan).areas.flatMap((area) => [
      subheading(areaSectionHeading(templateOf(plan), area.id)),
      ...lines(textLines(plan.tasks[area.id] ?? '')),
    ]),
  ];
}

function implementation(plan: Plan): Paragraph[] {
  const totals = computeTotals(plan);
  const unbudgeted =
    totals.unbudgetedRowCount === 0
      ? ''
      : ` (chưa gồm ${totals.unbudgetedRowCount} nhiệm vụ chưa có kinh phí dự kiến)`;
  return [
    heading(partHeadings.table),
    body(annexReference),
    body(
      `Tổng số: ${totals.rowCount} nhiệm vụ; tổng kinh phí dự kiến: ${formatVnd(totals.budgetVnd)}${unbudgeted}.`,
    ),
  ];
}

function organisation(plan: Plan): Paragraph[] {
  return [
    heading(partHeadings.organisation),
    ...organisationParts(plan).flatMap((part, index) => [
      subheading(`${index + 1}. ${part.title}`),
      ...lines(part.lines),
    ]),
  ];
}

const RECIPIENTS_WIDTH = mm(75);
const SIGNER_WIDTH = portraitTextWidth - RECIPIENTS_WIDTH;
/** Room for the signature and the seal, about 3 cm. */
const SIGNATURE_SPACE = mm(30);

/** The signer on the right and Nơi nhận on the left, as every document of the unit ends. */
export const signatureBlock = (plan: Plan): Table =>
  signatureTable(signature(plan.document), recipientLines(plan.document));

/** The same block for any signer and recipients (a document not issued from a plan). */
export function signatureTable(
  { authority, name }: Signature,
  recipients: readonly string[],
): Table {
  const signer = [
    ...authority.map((line) => paragraph(line, styleIds.centred, { bold: true })),
    paragraph(name, styleIds.centred, { bold: true }, { spacing: { before: SIGNATURE_SPACE } }),
  ];
  const receivers = [
    paragraph('Nơi nhận:', undefined, { bold: true, italics: true, size: sizes.recipientsTitle }),
    ...recipients.map((line) => paragraph(line, undefined, { size: sizes.recipients })),
  ];
  const cell = (width: number, children: Paragraph[]) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.TOP,
      children,
    });
  return new Table({
    width: { size: portraitTextWidth, type: WidthType.DXA },
    columnWidths: [RECIPIENTS_WIDTH, SIGNER_WIDTH],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    rows: [
      new TableRow({
        // The signature must not be left alone on a page, nor split from Nơi nhận.
        cantSplit: true,
        children: [cell(RECIPIENTS_WIDTH, receivers), cell(SIGNER_WIDTH, signer)],
      }),
    ],
  });
}

/** A gap kept with the signature block, then the block. */
export const closing = (plan: Plan): (Paragraph | Table)[] => [
  new Paragraph({ spacing: { before: 240 }, keepNext: true, children: [] }),
  signatureBlock(plan),
];

/** The same closing for any signer and recipients. */
export const closingWith = (
  signer: Signature,
  recipients: readonly string[],
): (Paragraph | Table)[] => [
  new Paragraph({ spacing: { before: 240 }, keepNext: true, children: [] }),
  signatureTable(signer, recipients),
];

export function bodyContent(plan: Plan): (Paragraph | Table)[] {
  return [
    ...introductionLines(plan).map(body),
    ...objectives(plan),
    ...tasks(plan),
    ...implementation(plan),
    ...organisation(plan),
    ...closing(plan),
  ];
}
