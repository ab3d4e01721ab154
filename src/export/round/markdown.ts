/**
 * The round's summary as Markdown, in the order of the Word file: the header, sections I–IV with
 * the common mistakes as a table, the signature block, then the table of units and the files not
 * read. Escaped as the plan's Markdown is (../markdown.ts), whose pieces it reuses.
 */
import type { RoundSettings, RoundView } from '../../round/round.ts';
import { block, cell, escapeInline, issuerHeader, signatureTable, tableRow } from '../markdown.ts';
import {
  checkLines,
  mistakeColumns,
  mistakeRows,
  noMistakes,
  noUnits,
  proposalLines,
  receiptLines,
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

function table(
  columns: readonly { label: string; align?: 'center' | 'right' }[],
  rows: readonly string[][],
  empty: string,
): string {
  const rule = { center: ':---:', right: '---:' } as const;
  const lines = [
    tableRow(columns.map((column) => escapeInline(column.label))),
    tableRow(columns.map((column) => (column.align === undefined ? '---' : rule[column.align]))),
    ...rows.map((cells) => tableRow(cells.map(cell))),
  ];
  if (rows.length === 0) {
    lines.push(tableRow(['', cell(empty), ...columns.slice(2).map(() => '')]));
  }
  return lines.join('\n');
}

const annexTitle = ({ label, title, attachment }: AnnexHeading): string =>
  `## ${label}\n\n**${escapeInline(title)}**\n\n*${escapeInline(attachment)}*`;

export function roundSummaryToMarkdown(
  round: RoundSettings,
  view: RoundView,
  options: RoundExportOptions,
): string {
  const sender = senderOf(options);
  const [unitsHeading, unreadableHeading, untakenHeading] = summaryAnnexHeadings(
    round,
    view,
    options,
  );
  const mistakes = mistakeRows(view).map((row, index) => [
    String(index + 1),
    row.title,
    row.severity,
    row.citation,
    String(row.units),
  ]);
  const parts = [
    issuerHeader(senderIssuer(sender), summaryNumberLine(sender), senderDateLine(sender)),
    `# ${SUMMARY_TYPE}`,
    `**${escapeInline(summarySubject(round, view))}**`,
    block([{ bullet: false, text: summaryIntroduction(round, view, options) }]),
    `## ${summaryHeadings.receipt}`,
    block(receiptLines(round, view)),
    `## ${summaryHeadings.check}`,
    block(checkLines(round, view, sender)),
    `## ${summaryHeadings.mistakes}`,
    table(mistakeColumns, mistakes, noMistakes),
    `## ${summaryHeadings.proposals}`,
    block(proposalLines(view, sender)),
    signatureTable(senderSignature(sender), summaryRecipients(sender)),
    annexTitle(unitsHeading),
    table(unitTableColumns(view), unitTableRows(round, view), noUnits),
  ];
  if (view.unreadable.length > 0) {
    parts.push(
      annexTitle(unreadableHeading),
      table(
        unreadableColumns,
        view.unreadable.map((file, index) => [String(index + 1), file.file, file.message]),
        '',
      ),
    );
  }
  const untaken = untakenRows(view);
  if (untaken.length > 0) {
    parts.push(annexTitle(untakenHeading), table(untakenColumns, untaken, ''));
  }
  return `${parts.join('\n\n')}\n`;
}
