/**
 * A periodic CCHC report as the Word file a unit sends: a Báo cáo laid out as the plan is
 * (Nghị định 30/2020/NĐ-CP, Phụ lục I; ../docx/): the same header block with "BÁO CÁO" and the
 * report's title, sections I–V, the signature and Nơi nhận, then three annexes on landscape
 * pages: the figures per area, the tasks overdue or dropped with their reasons, and every task
 * with its state and result.
 *
 * Pure: plan in, bytes out, no DOM and no Node built-ins: the builder and `ke-hoach report` give
 * the same bytes, dated from the day the report was sent, or its cut-off while it is a draft.
 */
import { AlignmentType, Paragraph, Table, TableRow } from 'docx';
import {
  buildPeriodReport,
  type PeriodReportModel,
  type ReportOptions,
} from '../../plan/progress/report.ts';
import type { PeriodId } from '../../plan/progress/periods.ts';
import type { Plan } from '../../plan/schema.ts';
import { formatAmount, formatRate } from '../../plan/vi-format.ts';
import { body, closing, heading, lines, subheading } from '../docx/body.ts';
import { headerBlock } from '../docx/header-block.ts';
import { packDocx } from '../docx/package.ts';
import { landscapeTextWidth, paragraph, styleIds } from '../docx/styles.ts';
import {
  alignedText,
  gridCell,
  gridTable,
  groupRow,
  headingCell,
  multilineText,
  proportionalGrid,
} from '../docx/table.ts';
import { cleanText } from '../plan-text.ts';
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
  reportPackageDate,
  reportParts,
  REPORT_TYPE,
  totalLabel,
  type AnnexHeading,
  type TaskTable,
} from './report-text.ts';

function bodyContent(plan: Plan, model: PeriodReportModel): (Paragraph | Table)[] {
  const content: (Paragraph | Table)[] = [body(reportIntroduction(plan, model))];
  for (const part of reportParts(model)) {
    if (part.heading !== '') {
      content.push(part.level === 1 ? heading(part.heading) : subheading(part.heading));
    }
    if (part.lines !== null) content.push(...lines(part.lines));
  }
  return [...content, ...closing(plan)];
}

function annexTitle({ label, title, attachment }: AnnexHeading, first: boolean): Paragraph[] {
  return [
    paragraph(label, styleIds.centred, { bold: true }, { pageBreakBefore: !first }),
    paragraph(title, styleIds.centred, { bold: true }),
    paragraph(attachment, styleIds.centred, { italics: true }, { spacing: { after: 240 } }),
  ];
}

const headingParagraph = (label: string) => paragraph(label, styleIds.tableHeading);

/** Annex I: the area (its heading carries its numeral), the eight counts and the rate. */
const COUNT_WIDTH = 1150;
const RATE_WIDTH = 1200;
const countsGrid = [
  landscapeTextWidth - countColumns.length * COUNT_WIDTH - RATE_WIDTH,
  ...countColumns.map(() => COUNT_WIDTH),
  RATE_WIDTH,
];

function countsTable(model: PeriodReportModel): (Paragraph | Table)[] {
  const numbers = (
    label: string,
    counts: PeriodReportModel['state']['counts'],
    rate: number | null,
    bold = false,
  ) =>
    new TableRow({
      cantSplit: true,
      children: [
        gridCell(countsGrid, [paragraph(label, styleIds.tableText, { bold })], 0),
        ...countColumns.map((column, index) =>
          gridCell(
            countsGrid,
            [alignedText(formatAmount(counts[column.key]), AlignmentType.CENTER, bold)],
            index + 1,
          ),
        ),
        gridCell(
          countsGrid,
          [alignedText(formatRate(rate), AlignmentType.CENTER, bold)],
          countsGrid.length - 1,
        ),
      ],
    });
  const labels = [areaColumnLabel, ...countColumns.map((c) => c.label), rateColumnLabel];
  const rows = [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: labels.map((label, index) =>
        headingCell(countsGrid, [headingParagraph(label)], index),
      ),
    }),
    ...model.areas.map((area) => numbers(area.tableHeading, area.counts, area.completionRate)),
    numbers(totalLabel, model.state.counts, model.state.completionRate, true),
  ];
  return [
    gridTable(countsGrid, rows),
    paragraph(rateNote, styleIds.tableText, { italics: true }, { spacing: { before: 120 } }),
  ];
}

function taskTable(table: TaskTable): Table {
  const grid = proportionalGrid(table.columns.map((column) => column.width));
  const rows = [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: table.columns.map((column, index) =>
        headingCell(grid, [headingParagraph(column.label)], index),
      ),
    }),
  ];
  for (const group of table.groups) {
    rows.push(groupRow(grid, group.heading));
    for (const cells of group.rows) {
      rows.push(
        new TableRow({
          cantSplit: true,
          children: cells.map((value, index) =>
            gridCell(
              grid,
              table.columns[index]?.align === 'center'
                ? [alignedText(value, AlignmentType.CENTER)]
                : multilineText(value),
              index,
            ),
          ),
        }),
      );
    }
  }
  if (table.groups.length === 0) rows.push(groupRow(grid, table.empty));
  return gridTable(grid, rows);
}

function annexContent(plan: Plan, model: PeriodReportModel): (Paragraph | Table)[] {
  const [first, second, third] = annexHeadings(plan, model);
  return [
    ...annexTitle(first, true),
    ...countsTable(model),
    ...annexTitle(second, false),
    taskTable(notDoneTable(model)),
    ...annexTitle(third, false),
    taskTable(fullTaskTable(model)),
  ];
}

export async function reportToDocx(
  plan: Plan,
  period: PeriodId,
  options: ReportOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const model = buildPeriodReport(plan, period, options);
  return packDocx({
    properties: {
      title: `Báo cáo ${model.title.charAt(0).toLocaleLowerCase('vi-VN')}${model.title.slice(1)}`,
      subject: model.title,
      author: cleanText(plan.unit.name.trim()) || 'Báo cáo CCHC',
    },
    body: [
      ...headerBlock(plan, {
        numberLine: reportNumberLine(plan),
        dateLine: reportDateLine(plan, model),
        documentType: REPORT_TYPE,
        subject: model.title,
      }),
      ...bodyContent(plan, model),
    ],
    annex: annexContent(plan, model),
    date: reportPackageDate(model),
  });
}
