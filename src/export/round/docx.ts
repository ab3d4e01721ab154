/**
 * What the Sở Nội vụ sends after a round, as Word files laid out as every other document here
 * (Nghị định 30/2020/NĐ-CP, Phụ lục I; ../docx/): the "Báo cáo tổng hợp" to UBND tỉnh (sections
 * I–IV, the common mistakes as a table, the signature and Nơi nhận, then the table of units and
 * the files not read as landscape annexes), and the "Phiếu góp ý" to one unit, a công văn with
 * its "V/v …" under the number, the unit's findings by severity, and the signature.
 *
 * Pure: the round's view in, bytes out, no DOM and no Node built-ins: the desk and
 * `ke-hoach tong-hop` give the same bytes, dated from the day of signing, or the day the round was
 * checked while it is a draft.
 */
import { AlignmentType, Paragraph, Table, TableRow } from 'docx';
import type { RoundSettings, RoundUnit, RoundView } from '../../round/round.ts';
import { body, closingWith, heading, lines, subheading } from '../docx/body.ts';
import { documentHeader } from '../docx/header-block.ts';
import { packDocx } from '../docx/package.ts';
import { paragraph, portraitTextWidth, styleIds } from '../docx/styles.ts';
import {
  alignedText,
  gridCell,
  gridTable,
  groupRow,
  headingCell,
  multilineText,
  proportionalGrid,
} from '../docx/table.ts';
import {
  checkLines,
  letterAddressee,
  letterClosing,
  letterExcerpt,
  letterGroups,
  letterIntroduction,
  letterNumberLine,
  letterRecipients,
  mistakeColumns,
  mistakeRows,
  noMistakes,
  noUnits,
  proposalLines,
  receiptLines,
  roundPackageDate,
  senderDateLine,
  senderIssuer,
  senderOf,
  senderSignature,
  summaryAnnexHeadings,
  summaryHeadings,
  summaryIntroduction,
  summaryNumberLine,
  summaryRecipients,
  summarySubject,
  SUMMARY_TYPE,
  unitTableColumns,
  unitTableRows,
  unreadableColumns,
  untakenColumns,
  untakenRows,
  type AnnexHeading,
  type RoundExportOptions,
} from './round-text.ts';

interface Column {
  label: string;
  width: number;
  align?: 'center' | 'right';
}

const alignments = { center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/** A table of plain cells under a repeated heading row; `empty` fills it when there is no row. */
function plainTable(
  columns: readonly Column[],
  rows: readonly string[][],
  empty: string,
  width?: number,
): Table {
  const grid = proportionalGrid(
    columns.map((column) => column.width),
    width,
  );
  const tableRows = [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: columns.map((column, index) =>
        headingCell(grid, [paragraph(column.label, styleIds.tableHeading)], index),
      ),
    }),
    ...rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          children: cells.map((value, index) => {
            const align = columns[index]?.align;
            return gridCell(
              grid,
              align === undefined ? multilineText(value) : [alignedText(value, alignments[align])],
              index,
            );
          }),
        }),
    ),
  ];
  if (rows.length === 0) tableRows.push(groupRow(grid, empty));
  return gridTable(grid, tableRows);
}

function annexTitle({ label, title, attachment }: AnnexHeading, first: boolean): Paragraph[] {
  return [
    paragraph(label, styleIds.centred, { bold: true }, { pageBreakBefore: !first }),
    paragraph(title, styleIds.centred, { bold: true }),
    paragraph(attachment, styleIds.centred, { italics: true }, { spacing: { after: 240 } }),
  ];
}

export async function roundSummaryToDocx(
  round: RoundSettings,
  view: RoundView,
  options: RoundExportOptions,
): Promise<Uint8Array<ArrayBuffer>> {
  const sender = senderOf(options);
  const subject = summarySubject(round, view);
  const mistakes = mistakeRows(view).map((row, index) => [
    String(index + 1),
    row.title,
    row.severity,
    row.citation,
    String(row.units),
  ]);
  const [unitsHeading, unreadableHeading, untakenHeading] = summaryAnnexHeadings(
    round,
    view,
    options,
  );
  const annex: (Paragraph | Table)[] = [
    ...annexTitle(unitsHeading, true),
    plainTable(unitTableColumns(view), unitTableRows(round, view), noUnits),
  ];
  if (view.unreadable.length > 0) {
    annex.push(
      ...annexTitle(unreadableHeading, false),
      plainTable(
        unreadableColumns,
        view.unreadable.map((file, index) => [String(index + 1), file.file, file.message]),
        '',
      ),
    );
  }
  const untaken = untakenRows(view);
  if (untaken.length > 0) {
    annex.push(...annexTitle(untakenHeading, false), plainTable(untakenColumns, untaken, ''));
  }
  return packDocx({
    properties: {
      title: `Báo cáo ${subject.charAt(0).toLocaleLowerCase('vi-VN')}${subject.slice(1)}`,
      subject,
      author: sender.name,
    },
    body: [
      ...documentHeader(senderIssuer(sender), {
        numberLine: summaryNumberLine(sender),
        dateLine: senderDateLine(sender),
        documentType: SUMMARY_TYPE,
        subject,
      }),
      body(summaryIntroduction(round, view, options)),
      heading(summaryHeadings.receipt),
      ...lines(receiptLines(round, view)),
      heading(summaryHeadings.check),
      ...lines(checkLines(round, view, sender)),
      heading(summaryHeadings.mistakes),
      body('Các quy tắc của hướng dẫn mà nhiều cơ quan, đơn vị chưa đáp ứng, xếp theo số đơn vị:'),
      new Paragraph({ spacing: { before: 120 }, children: [] }),
      plainTable(mistakeColumns, mistakes, noMistakes, portraitTextWidth),
      heading(summaryHeadings.proposals),
      ...lines(proposalLines(view, sender)),
      ...closingWith(senderSignature(sender), summaryRecipients(sender)),
    ],
    annex,
    date: roundPackageDate(options),
  });
}

/** The comment letter to one unit of the round: a công văn, ready to sign. */
export async function roundLetterToDocx(
  unit: RoundUnit,
  options: RoundExportOptions,
): Promise<Uint8Array<ArrayBuffer>> {
  const sender = senderOf(options);
  const excerpt = letterExcerpt(unit);
  return packDocx({
    properties: { title: excerpt, subject: excerpt, author: sender.name },
    body: [
      ...documentHeader(senderIssuer(sender), {
        numberLine: letterNumberLine(sender),
        dateLine: senderDateLine(sender),
        documentType: '',
        subject: '',
        excerpt,
      }),
      paragraph(letterAddressee(unit), styleIds.centred, {}, { spacing: { after: 120 } }),
      body(letterIntroduction(unit, sender)),
      ...letterGroups(unit).flatMap((group) => [subheading(group.heading), ...lines(group.lines)]),
      ...letterClosing(unit, sender).map(body),
      ...closingWith(senderSignature(sender), letterRecipients()),
    ],
    annex: [],
    date: roundPackageDate(options),
  });
}
