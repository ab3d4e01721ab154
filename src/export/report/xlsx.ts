/**
 * A periodic CCHC report's annexes as an Excel workbook, one sheet each: the figures per area
 * (numbers, with the totals and the rates as formulas), the tasks overdue or dropped with their
 * reasons, and every task with its state and result. Printed as the plan's table is
 * (../xlsx/workbook.ts): A4 landscape, heading rows repeated, byte-identical in Node and the
 * browser.
 */
import type { CellObject } from 'write-excel-file/universal';
import {
  buildPeriodReport,
  type PeriodReportModel,
  type ReportOptions,
} from '../../plan/progress/report.ts';
import type { PeriodId } from '../../plan/progress/periods.ts';
import type { StateCounts } from '../../plan/progress/state.ts';
import type { Plan } from '../../plan/schema.ts';
import {
  boxed,
  columnLetter,
  headingText,
  PERCENT_FORMAT,
  text,
  titleRow,
  writeWorkbook,
  type Row,
  type WorkbookSheet,
} from '../xlsx/workbook.ts';
import {
  annexHeadings,
  areaColumnLabel,
  countColumns,
  fullTaskTable,
  notDoneTable,
  rateColumnLabel,
  rateNote,
  reportPackageDate,
  totalLabel,
  type AnnexHeading,
  type CountKey,
  type TaskTable,
} from './report-text.ts';

/** The sheets' names as Excel shows them on their tabs (at most 31 characters). */
export const REPORT_SHEET_NAMES = ['Theo lĩnh vực', 'Quá hạn, không thực hiện', 'Các nhiệm vụ'];

/** The label, the title and the "Kèm theo …" line, then the heading row. */
const TITLE_ROWS = 3;
export const REPORT_HEADING_ROW = TITLE_ROWS + 1;

const titleRows = ({ label, title, attachment }: AnnexHeading, columnCount: number): Row[] => [
  titleRow(label, columnCount, { fontWeight: 'bold', fontSize: 14 }),
  titleRow(title, columnCount, { fontWeight: 'bold', fontSize: 14 }),
  titleRow(attachment, columnCount, { fontStyle: 'italic' }),
];

const number = (value: number, style: CellObject = {}): CellObject => ({
  ...boxed,
  type: Number,
  value,
  align: 'center',
  ...style,
});

// Annex I's columns: A is the area (its heading carries its numeral), then the counts, the rate.
const FIRST_COUNT = 1;
const letterOf = (key: CountKey): string =>
  columnLetter(FIRST_COUNT + countColumns.findIndex((column) => column.key === key));
const rateIndex = FIRST_COUNT + countColumns.length;
const rateLetter = columnLetter(rateIndex);
/** done ÷ (planned − dropped), blank when nothing is left to carry out: the model's rule. */
const rateFormula = (row: number): string => {
  const left = `${letterOf('planned')}${row}-${letterOf('dropped')}${row}`;
  return `IF(${left}=0,"",${letterOf('done')}${row}/(${left}))`;
};

function countsSheet(model: PeriodReportModel, heading: AnnexHeading): WorkbookSheet {
  const columnCount = rateIndex + 1;
  const formulaValues = new Map<string, number>();
  const data: Row[] = [
    ...titleRows(heading, columnCount),
    [
      headingText(areaColumnLabel),
      ...countColumns.map((column) => headingText(column.label)),
      headingText(rateColumnLabel),
    ],
  ];
  const rate = (row: number, value: number | null, bold = false): CellObject => {
    if (value !== null) formulaValues.set(`${rateLetter}${row}`, value);
    return {
      ...boxed,
      type: 'Formula',
      value: rateFormula(row),
      format: PERCENT_FORMAT,
      align: 'center',
      ...(bold ? { fontWeight: 'bold' } : {}),
    };
  };
  const first = data.length + 1;
  model.areas.forEach((area) => {
    const row = data.length + 1;
    data.push([
      text(area.tableHeading),
      ...countColumns.map((column) => number(area.counts[column.key])),
      rate(row, area.completionRate),
    ]);
  });
  const last = data.length;
  const totalRow = data.length + 1;
  const total = (key: CountKey, counts: StateCounts): CellObject => {
    const letter = letterOf(key);
    formulaValues.set(`${letter}${totalRow}`, counts[key]);
    return {
      ...boxed,
      type: 'Formula',
      value: last >= first ? `SUM(${letter}${first}:${letter}${last})` : '0',
      align: 'center',
      fontWeight: 'bold',
    };
  };
  data.push([
    text(totalLabel, { fontWeight: 'bold' }),
    ...countColumns.map((column) => total(column.key, model.state.counts)),
    rate(totalRow, model.state.completionRate, true),
  ]);
  data.push(titleRow(rateNote, columnCount, { fontStyle: 'italic', align: 'left' }));
  return {
    name: REPORT_SHEET_NAMES[0]!,
    data,
    widths: [34, ...countColumns.map(() => 12), 12],
    headingRow: REPORT_HEADING_ROW,
    formulaValues,
  };
}

function taskSheet(name: string, table: TaskTable, heading: AnnexHeading): WorkbookSheet {
  const columnCount = table.columns.length;
  const group = (label: string): Row => [
    text(label, { fontWeight: 'bold', columnSpan: columnCount }),
    ...Array.from({ length: columnCount - 1 }, () => null),
  ];
  const data: Row[] = [
    ...titleRows(heading, columnCount),
    table.columns.map((column) => headingText(column.label)),
  ];
  for (const { heading: label, rows } of table.groups) {
    data.push(group(label));
    for (const cells of rows) {
      data.push(
        cells.map((value, index) =>
          index === 0
            ? number(Number(value))
            : text(value, table.columns[index]?.align === 'center' ? { align: 'center' } : {}),
        ),
      );
    }
  }
  if (table.groups.length === 0) data.push(group(table.empty));
  return {
    name,
    data,
    widths: table.columns.map((column) => column.width),
    headingRow: REPORT_HEADING_ROW,
    formulaValues: new Map(),
  };
}

export async function reportToXlsx(
  plan: Plan,
  period: PeriodId,
  options: ReportOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const model = buildPeriodReport(plan, period, options);
  const [first, second, third] = annexHeadings(plan, model);
  return writeWorkbook(
    [
      countsSheet(model, first),
      taskSheet(REPORT_SHEET_NAMES[1]!, notDoneTable(model), second),
      taskSheet(REPORT_SHEET_NAMES[2]!, fullTaskTable(model), third),
    ],
    reportPackageDate(model),
  );
}
