/**
 * A periodic CCHC report as Markdown: the header, sections I–V, the signature block, then the
 * three annex tables, in the order of the Word file. Escaped as the plan's Markdown is
 * (../markdown.ts), whose pieces it reuses.
 */
import { buildPeriodReport, type ReportOptions } from '../../plan/progress/report.ts';
import type { PeriodId } from '../../plan/progress/periods.ts';
import type { Plan } from '../../plan/schema.ts';
import { formatAmount, formatRate } from '../../plan/vi-format.ts';
import { block, cell, escapeInline, header, signatureBlock, tableRow } from '../markdown.ts';
import {
  annexHeadings,
  areaColumnLabel,
  countColumns,
  fullTaskTable,
  notDoneTable,
  rateColumnLabel,
  rateNote,
  reportDateLine,
  reportIntroduction,
  reportNumberLine,
  reportParts,
  REPORT_TYPE,
  totalLabel,
  type AnnexHeading,
  type TaskTable,
} from './report-text.ts';

function annexTitle({ label, title, attachment }: AnnexHeading): string {
  return `## ${label}\n\n**${escapeInline(title)}**\n\n*${escapeInline(attachment)}*`;
}

function countsTable(model: ReturnType<typeof buildPeriodReport>): string {
  const numbers = (counts: (typeof model)['state']['counts']) =>
    countColumns.map((column) => formatAmount(counts[column.key]));
  const lines = [
    tableRow([areaColumnLabel, ...countColumns.map((c) => c.label), rateColumnLabel]),
    tableRow(['---', ...countColumns.map(() => '---:'), '---:']),
    ...model.areas.map((area) =>
      tableRow([cell(area.tableHeading), ...numbers(area.counts), formatRate(area.completionRate)]),
    ),
    tableRow([
      `**${totalLabel}**`,
      ...numbers(model.state.counts).map((n) => `**${n}**`),
      `**${formatRate(model.state.completionRate)}**`,
    ]),
  ];
  return `${lines.join('\n')}\n\n*${escapeInline(rateNote)}*`;
}

function taskTable(table: TaskTable): string {
  const width = table.columns.length;
  const groupLine = (text: string) =>
    tableRow(['', `**${cell(text)}**`, ...Array.from({ length: width - 2 }, () => '')]);
  const lines = [
    tableRow(table.columns.map((column) => column.label)),
    tableRow(table.columns.map((column) => (column.align === 'center' ? ':---:' : '---'))),
  ];
  for (const group of table.groups) {
    lines.push(groupLine(group.heading));
    for (const cells of group.rows) lines.push(tableRow(cells.map(cell)));
  }
  if (table.groups.length === 0) lines.push(groupLine(table.empty));
  return lines.join('\n');
}

export function reportToMarkdown(
  plan: Plan,
  period: PeriodId,
  options: ReportOptions = {},
): string {
  const model = buildPeriodReport(plan, period, options);
  const parts = reportParts(model).flatMap((part) => {
    const out: string[] = [];
    if (part.heading !== '') {
      out.push(`${part.level === 1 ? '##' : '###'} ${escapeInline(part.heading)}`);
    }
    if (part.lines !== null) out.push(block(part.lines));
    return out;
  });
  const [first, second, third] = annexHeadings(plan, model);
  return `${[
    header(plan, reportNumberLine(plan), reportDateLine(plan, model)),
    `# ${REPORT_TYPE}`,
    `**${escapeInline(model.title)}**`,
    block([{ bullet: false, text: reportIntroduction(plan, model) }]),
    ...parts,
    signatureBlock(plan),
    annexTitle(first),
    countsTable(model),
    annexTitle(second),
    taskTable(notDoneTable(model)),
    annexTitle(third),
    taskTable(fullTaskTable(model)),
  ].join('\n\n')}\n`;
}
